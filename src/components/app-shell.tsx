// The frame of every surface: the host's Fluent theme, the UI language (also as the `lang` attribute,
// for screen readers and axe) and an error boundary.
import { FluentProvider, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, type ReactNode } from "react";
import type { Lang } from "../core/api/contract";
import type { TeamsTheme } from "../platform/ports";
import { ErrorBoundary } from "./error-boundary";
import { I18nProvider } from "./i18n/i18n-provider";
import { themeFor } from "./theme";

const useStyles = makeStyles({
  root: {
    minHeight: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
});

export interface AppShellProps {
  lang: Lang;
  theme?: TeamsTheme;
  /** The page's top-level shell sets <html lang>; nested shells (on /preview) only their own subtree. */
  documentLang?: boolean;
  className?: string;
  children: ReactNode;
}

export function AppShell({ lang, theme = "default", documentLang = true, className, children }: AppShellProps) {
  const styles = useStyles();
  useEffect(() => {
    if (documentLang) document.documentElement.lang = lang;
  }, [documentLang, lang]);
  return (
    <FluentProvider theme={themeFor(theme)} lang={lang} className={mergeClasses(styles.root, className)}>
      <I18nProvider lang={lang}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </I18nProvider>
    </FluentProvider>
  );
}
