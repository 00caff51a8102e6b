// Headings and headline-like text break between phrases (「大手企業向けの／CRMビジネスを／拡大する」), never
// inside a word (アジェン／ダ). Chromium (Teams desktop, new Outlook, WebView2) does this itself with
// `word-break: auto-phrase`, which AppShell sets on headings. WebKit (Outlook and Teams on Mac and
// iOS) and older engines don't: there Japanese text gets BudouX's phrase boundaries as <wbr> and every
// other break opportunity shut (keep-all), while a phrase too long for its line still wraps anywhere.
// BudouX and its model are loaded only on those engines and only for Japanese text, in a chunk of their
// own, so no page's initial scripts grow where the browser breaks phrases itself.
import { makeStyles } from "@fluentui/react-components";
import { Fragment, useEffect, useMemo, useState } from "react";
import { useLang } from "./i18n/use-t";

interface PhraseParser {
  parse(sentence: string): string[];
}

let parser: Promise<PhraseParser> | undefined;
let loadedParser: PhraseParser | undefined;

function loadParser(): Promise<PhraseParser> {
  parser ??= import(/* webpackChunkName: "budoux", webpackExports: ["Parser", "jaModel"] */ "budoux").then(
    ({ Parser, jaModel }) => (loadedParser = new Parser(jaModel)),
    (err: unknown) => {
      // A chunk that failed to load (offline for a moment) is asked for again by the next heading.
      parser = undefined;
      throw err;
    },
  );
  return parser;
}

/** Whether the engine breaks between phrases itself (`word-break: auto-phrase`, Chromium 119+). */
export function breaksPhrasesNatively(): boolean {
  return typeof CSS !== "undefined" && typeof CSS.supports === "function" && CSS.supports("word-break", "auto-phrase");
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;

/** Kana make text Japanese; kanji alone (「経営企画部」) only where the page is in Japanese. */
export function isJapanese(text: string, lang: string): boolean {
  return KANA.test(text) || (lang === "ja" && HAN.test(text));
}

/**
 * The phrases of `text` where this engine needs them for line breaking, else null (the text is shown
 * as it is): null too until BudouX has loaded, and if it cannot load — the usual breaking then applies.
 */
export function usePhrases(text: string): readonly string[] | null {
  const lang = useLang();
  const wanted = isJapanese(text, lang) && !breaksPhrasesNatively();
  const [loaded, setLoaded] = useState(loadedParser);
  useEffect(() => {
    if (!wanted || loaded) return;
    let active = true;
    loadParser().then(
      (p) => active && setLoaded(p),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [wanted, loaded]);
  return useMemo(() => (wanted && loaded ? loaded.parse(text) : null), [wanted, loaded, text]);
}

const useStyles = makeStyles({
  phrases: { wordBreak: "keep-all", overflowWrap: "anywhere" },
});

/** Text of a heading or headline, broken between phrases on every engine (see above). */
export function PhraseText({ children }: { children: string }) {
  const phrases = usePhrases(children);
  const styles = useStyles();
  if (!phrases || phrases.length < 2) return children;
  return (
    <span className={styles.phrases} data-phrases="budoux">
      {phrases.map((phrase, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {phrase}
        </Fragment>
      ))}
    </span>
  );
}
