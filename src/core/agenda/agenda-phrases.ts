// The small phrases the HTML and plain-text renderers share, with each language's punctuation:
// Japanese text takes full-width colons, parentheses and brackets (「付録：…」「田中（営業部）」),
// English half-width ones. Every date goes through formatDate, one format per language.
import type { Lang } from "../api/primitives";
import { formatDate } from "../text/format-date";
import type { AgendaContent, CommitmentRow, RequestLine } from "./agenda-content";

export const colon = (lang: Lang): string => (lang === "ja" ? "：" : ": ");

/** "(aside)" in English, "（aside）" in Japanese. */
export const parenthesized = (lang: Lang, aside: string): string => (lang === "ja" ? `（${aside}）` : `(${aside})`);

/** "text (aside)" in English, "text（aside）" in Japanese. */
export const withAside = (lang: Lang, text: string, aside: string): string =>
  lang === "ja" ? `${text}${parenthesized(lang, aside)}` : `${text} ${parenthesized(lang, aside)}`;

export const dateText = (content: AgendaContent, iso: string): string => formatDate(iso, content.lang);

/** "Owner (Department)", or the owner alone. */
export function whoText(c: { owner: string; ownerDepartment: string }, lang: Lang): string {
  return c.ownerDepartment === "" ? c.owner : withAside(lang, c.owner, c.ownerDepartment);
}

/** "Action [Done] (Helps: Department)" — the closed status and the helped department when there are. */
export function whatText(
  c: Pick<CommitmentRow, "action" | "helpsDepartment"> & { status?: string | null },
  content: AgendaContent,
): string {
  const { lang, strings } = content;
  const status = !c.status ? "" : lang === "ja" ? `［${c.status}］` : ` [${c.status}]`;
  const text = `${c.action}${status}`;
  return c.helpsDepartment ? withAside(lang, text, `${strings.helpsLabel}${colon(lang)}${c.helpsDepartment}`) : text;
}

/**
 * One open request: 「営業部 → 企画部：…（12月20日までに）」, then the counter-offer while it stands
 * and whose answer it waits for.
 */
export function requestText(r: RequestLine, content: AgendaContent): { ask: string; answer: string } {
  const { lang, strings } = content;
  const head = `${r.from} → ${r.to}${colon(lang)}${r.text}`;
  const ask = r.neededBy ? withAside(lang, head, strings.requestNeededBy.replace("{date}", () => dateText(content, r.neededBy as string))) : head;
  const waitingFor = strings.requestWaitingFor.replace("{department}", () => r.waitingFor);
  const waiting = r.carriedFrom === null ? waitingFor : `${waitingFor}${lang === "ja" ? "、" : "; "}${strings.requestCarriedFrom.replace("{meeting}", () => r.carriedFrom as string)}`;
  const answer = r.counter ? withAside(lang, `${strings.requestCounterLabel}${colon(lang)}${r.counter}`, waiting) : parenthesized(lang, waiting);
  return { ask, answer };
}
