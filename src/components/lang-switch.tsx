// The page's language as two links (日本語 / English), for pages opened in a browser where the host
// does not choose it. Each link is the page's own address with ?lang= changed, every other
// parameter kept, so it can be opened in a new tab or bookmarked; a plain click switches in place.
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MouseEvent } from "react";
import { LANGS, type Lang } from "../core/api/primitives";
import { useT } from "./i18n/use-t";

const useStyles = makeStyles({
  root: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", whiteSpace: "nowrap" },
});

/** The address of this page in `lang`: the same path and parameters, ?lang= set. */
export function hrefInLang(lang: Lang, location: Pick<Location, "pathname" | "search" | "hash"> = window.location): string {
  const params = new URLSearchParams(location.search);
  params.set("lang", lang);
  return `${location.pathname}?${params}${location.hash}`;
}

export function LangSwitch({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  const t = useT();
  const styles = useStyles();
  const go = (target: Lang) => (e: MouseEvent<HTMLAnchorElement>) => {
    // A modified click opens the link as links do; a plain one switches without reloading.
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    window.history.replaceState(window.history.state, "", hrefInLang(target));
    onChange(target);
  };
  return (
    <nav aria-label={t("common.language")} className={styles.root} data-testid="lang-switch">
      {LANGS.map((l, i) => (
        <Text key={l} size={200}>
          {i > 0 && <span aria-hidden="true">{" / "}</span>}
          <Link
            href={hrefInLang(l)}
            lang={l}
            hrefLang={l}
            onClick={go(l)}
            aria-current={l === lang ? "true" : undefined}
            data-testid={`lang-switch-${l}`}
          >
            {t(`common.lang.${l}`)}
          </Link>
        </Text>
      ))}
    </nav>
  );
}
