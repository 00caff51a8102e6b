// Long text shown in a few lines with "続きを表示" / "Show more": a 2,000-character entry must not turn
// a 280 px side panel into pages of scrolling. Whether the text overflows is measured where the browser
// lays it out; without layout (tests, very old hosts) a length rule decides.
import { Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useLayoutEffect, useRef, useState } from "react";
import { useT } from "./i18n/use-t";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0, alignSelf: "stretch" },
  clamped: { display: "-webkit-box", WebkitBoxOrient: "vertical", overflow: "hidden" },
  toggle: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

/** Without layout: long enough that it would not fit in `lines` lines of a side panel. */
const looksLong = (text: string, lines: number) => text.length > lines * 40 || text.split("\n").length > lines;

export interface ClampedTextProps {
  text: string;
  /** Lines shown while collapsed. */
  lines?: number;
  className?: string;
  "data-testid"?: string;
}

export function ClampedText({ text, lines = 5, className, "data-testid": testId }: ClampedTextProps) {
  const t = useT();
  const styles = useStyles();
  const ref = useRef<HTMLParagraphElement>(null);
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(() => looksLong(text, lines));

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || expanded) return;
    const measure = () => {
      // No layout here (scrollHeight 0): keep the length rule.
      if (el.scrollHeight === 0 && el.clientHeight === 0) return setOverflows(looksLong(text, lines));
      setOverflows(el.scrollHeight > el.clientHeight + 1);
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [text, lines, expanded]);

  const collapsed = !expanded;
  return (
    <div className={styles.root}>
      <p
        ref={ref}
        id={id}
        className={mergeClasses(styles.text, collapsed && styles.clamped, className)}
        style={collapsed ? { WebkitLineClamp: lines } : undefined}
        data-testid={testId}
        data-collapsed={collapsed && overflows ? "true" : "false"}
      >
        {text}
      </p>
      {(overflows || expanded) && (
        // Link-coloured, so it reads as something to press rather than as more grey metadata.
        <Link
          as="button"
          className={styles.toggle}
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded((e) => !e)}
          data-testid="show-more"
        >
          {expanded ? t("common.showLess") : t("common.showMore")}
        </Link>
      )}
    </div>
  );
}
