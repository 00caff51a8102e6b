// The frame of every surface: the host's Fluent theme, the UI language (also as the `lang` attribute,
// for screen readers and axe) and an error boundary.
//
// FluentProvider's className is copied onto the layer Fluent mounts its popups into (comboboxes,
// menus, popovers): an absolutely placed <div> over the whole page. Anything that sizes the provider
// (a min-height, a height) would size that layer too, and with the provider's background it would
// blank the page and swallow every click while a list is open. So the provider gets no classes of
// ours; the page's own background comes from the theme on <html> (top-level shell only).
import { FluentProvider, makeStaticStyles } from "@fluentui/react-components";
import { useEffect, type ReactNode } from "react";
import type { Lang } from "../core/api/primitives";
import type { TeamsTheme } from "../platform/ports";
import { ErrorBoundary } from "./error-boundary";
import { I18nProvider } from "./i18n/i18n-provider";
import { themeFor } from "./theme";

// Headings and headline-like text break between phrases, not inside a word (アジェン/ダ) where the
// browser supports it (Chromium, which Teams and new Outlook run on); elsewhere `PhraseText` marks the
// phrases of Japanese headings itself.
const usePhraseBreaking = makeStaticStyles({
  "h1, h2, h3, h4, h5, h6, [data-phrase-break]": { wordBreak: "auto-phrase" as "normal" },
});

export interface AppShellProps {
  lang: Lang;
  theme?: TeamsTheme;
  /** The page's top-level shell sets <html lang> and the page background; nested shells (on /preview) only their own subtree. */
  documentLang?: boolean;
  children: ReactNode;
}

export function AppShell({ lang, theme = "default", documentLang = true, children }: AppShellProps) {
  usePhraseBreaking();
  const fluentTheme = themeFor(theme);
  useEffect(() => {
    if (documentLang) document.documentElement.lang = lang;
  }, [documentLang, lang]);
  useEffect(() => {
    if (!documentLang) return;
    // The page behind short content (and behind overscroll) in the host's theme, dark included.
    const html = document.documentElement.style;
    html.backgroundColor = fluentTheme.colorNeutralBackground1;
    html.colorScheme = theme === "default" ? "light" : "dark";
  }, [documentLang, fluentTheme, theme]);
  return (
    <FluentProvider theme={fluentTheme} lang={lang}>
      <I18nProvider lang={lang}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </I18nProvider>
    </FluentProvider>
  );
}
