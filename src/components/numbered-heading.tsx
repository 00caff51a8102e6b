// A numbered section heading ("1. 共通の目的"), the same five sections in the same order as the agenda
// in the meeting body, so the tab, the stage and the mail read as one document.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { PhraseText } from "./phrase-text";

const useStyles = makeStyles({
  heading: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    minWidth: 0,
  },
  large: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  number: { color: tokens.colorBrandForeground1, fontVariantNumeric: "tabular-nums", flexShrink: 0 },
  text: { minWidth: 0, overflowWrap: "anywhere" },
});

export interface NumberedHeadingProps {
  number: number;
  children: ReactNode;
  id?: string;
  level?: 2 | 3;
  size?: "medium" | "large";
  className?: string;
}

export function NumberedHeading({ number, children, id, level = 2, size = "medium", className }: NumberedHeadingProps) {
  const styles = useStyles();
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className={mergeClasses(styles.heading, size === "large" && styles.large, className)}>
      <span className={styles.number}>{`${number}.`}</span>
      <span className={styles.text}>{typeof children === "string" ? <PhraseText>{children}</PhraseText> : children}</span>
    </Tag>
  );
}
