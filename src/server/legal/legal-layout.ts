// The privacy, terms and support pages are plain server-rendered HTML (no script, so they load under
// the page CSP anywhere and can be read by the store's reviewers without signing in). Content is
// written as sections of paragraphs and lists; `[text](url)` becomes a link. Everything is escaped.
import type { Lang } from "../../core/api/primitives";

export interface Section {
  title: string;
  /** A string is a paragraph, an array a bulleted list. */
  body: readonly (string | readonly string[])[];
}

export interface LegalDocument {
  title: string;
  /** One line under the title (e.g. who runs the service). */
  lead: string;
  sections: readonly Section[];
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Escapes, then turns `[text](https://… | mailto:… | /path)` into links. */
export function inline(text: string): string {
  return escapeHtml(text).replace(/\[([^\]]+)\]\(((?:https?:\/\/|mailto:|\/)[^)\s]*)\)/g, (_m, label: string, href: string) => `<a href="${href}">${label}</a>`);
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Yu Gothic UI",Meiryo,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.7;color:#1b1b1b}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem}p.lead{color:#555;margin-top:0}nav{margin-bottom:1.5rem}nav a{margin-right:1rem}
a{color:#0f5ea8}footer{margin-top:3rem;font-size:.9rem;color:#555}@media (prefers-color-scheme:dark){body{background:#1f1f1f;color:#eee}p.lead,footer{color:#bbb}a{color:#7cb7f2}}`;

const NAV: Record<Lang, { privacy: string; terms: string; support: string; other: string }> = {
  en: { privacy: "Privacy", terms: "Terms of use", support: "Support", other: "日本語" },
  ja: { privacy: "プライバシー", terms: "利用規約", support: "サポート", other: "English" },
};

export function renderLegalPage(lang: Lang, path: string, doc: LegalDocument): string {
  const nav = NAV[lang];
  const other: Lang = lang === "ja" ? "en" : "ja";
  const sections = doc.sections
    .map((section) => {
      const body = section.body
        .map((part) => (typeof part === "string" ? `<p>${inline(part)}</p>` : `<ul>${part.map((item) => `<li>${inline(item)}</li>`).join("")}</ul>`))
        .join("\n");
      return `<section><h2>${escapeHtml(section.title)}</h2>\n${body}</section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)} — Common Purpose</title>
<link rel="icon" href="/assets/icon-32.png">
<style>${STYLE}</style>
</head>
<body>
<nav aria-label="${lang === "ja" ? "ページ" : "Pages"}"><a href="/privacy?lang=${lang}">${nav.privacy}</a><a href="/terms?lang=${lang}">${nav.terms}</a><a href="/support?lang=${lang}">${nav.support}</a><a href="${path}?lang=${other}" lang="${other}" hreflang="${other}">${nav.other}</a></nav>
<main>
<h1>${escapeHtml(doc.title)}</h1>
<p class="lead">${inline(doc.lead)}</p>
${sections}
</main>
<footer>Common Purpose</footer>
</body>
</html>
`;
}
