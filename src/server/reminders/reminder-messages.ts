// The words of the reminders, in the recipient's language (their own, else the organisation's
// default). Text and HTML bodies; every user string is escaped in the HTML.
import type { Lang } from "../../core/api/primitives";
import { escapeHtml } from "../../core/text/escape-html";

export interface DigestItem {
  action: string;
  dueDate: string;
  objectiveTitle: string;
  overdue: boolean;
}

export interface DepartmentCounts {
  department: string;
  open: number;
  overdue: number;
}

export interface WeeklySummary {
  week: string;
  open: number;
  overdue: number;
  dueSoon: number;
  doneLast7Days: number;
  byDepartment: DepartmentCounts[];
}

export interface RenderedMessage {
  subject: string;
  bodyText: string;
  bodyHtml: string;
}

/** A digest lists at most this many commitments, most urgent first, then says how many more. */
export const DIGEST_MAX_ITEMS = 50;

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const DIGEST = {
  ja: {
    subject: (n: number) => `【Common Purpose】期限が近い・過ぎたコミットメント ${n}件`,
    hello: (name: string) => `${name} さん`,
    intro: (n: number, overdue: number) => `期限が近い、または期限を過ぎたコミットメントが ${n} 件あります（うち期限切れ ${overdue} 件）。`,
    overdue: "［期限切れ］",
    more: (n: number) => `ほか ${n} 件`,
  },
  en: {
    subject: (n: number) => `【Common Purpose】${n} ${plural(n, "commitment", "commitments")} due soon or overdue`,
    hello: (name: string) => `Hello ${name},`,
    intro: (n: number, overdue: number) => `You have ${n} ${plural(n, "commitment", "commitments")} due soon or overdue (${overdue} overdue).`,
    overdue: "[OVERDUE] ",
    more: (n: number) => `and ${n} more`,
  },
} as const;

export function renderDigest(ownerName: string, items: readonly DigestItem[], appUrl: string, lang: Lang): RenderedMessage {
  const w = DIGEST[lang];
  const overdue = items.filter((i) => i.overdue).length;
  const shown = items.slice(0, DIGEST_MAX_ITEMS);
  const more = items.length - shown.length;
  const line = (i: DigestItem) => `${i.overdue ? w.overdue : ""}${i.dueDate}  ${i.action}  (${i.objectiveTitle})`;
  const bodyText = [
    w.hello(ownerName),
    w.intro(items.length, overdue),
    ...shown.map((i) => `- ${line(i)}`),
    ...(more > 0 ? [w.more(more)] : []),
    "",
    appUrl,
  ].join("\n");
  const bodyHtml = [
    `<p>${escapeHtml(w.hello(ownerName))}</p>`,
    `<p>${escapeHtml(w.intro(items.length, overdue))}</p>`,
    `<ul>${shown.map((i) => `<li>${escapeHtml(line(i))}</li>`).join("")}</ul>`,
    ...(more > 0 ? [`<p>${escapeHtml(w.more(more))}</p>`] : []),
    `<p><a href="${escapeHtml(appUrl)}">Common Purpose</a></p>`,
  ].join("\n");
  return { subject: w.subject(items.length), bodyText, bodyHtml };
}

const WEEKLY = {
  ja: {
    subject: (week: string) => `【Common Purpose】週次サマリー ${week}`,
    title: (week: string) => `週次サマリー ${week}`,
    totals: (s: WeeklySummary) => `未完了 ${s.open} 件（期限切れ ${s.overdue} 件、期限間近 ${s.dueSoon} 件）。この7日間に完了 ${s.doneLast7Days} 件。`,
    department: (d: DepartmentCounts) => `${d.department}: 未完了 ${d.open} 件、期限切れ ${d.overdue} 件`,
    link: "PMO ダッシュボード",
  },
  en: {
    subject: (week: string) => `【Common Purpose】Weekly summary ${week}`,
    title: (week: string) => `Weekly summary ${week}`,
    totals: (s: WeeklySummary) => `${s.open} open (${s.overdue} overdue, ${s.dueSoon} due soon). ${s.doneLast7Days} done in the last 7 days.`,
    department: (d: DepartmentCounts) => `${d.department}: ${d.open} open, ${d.overdue} overdue`,
    link: "PMO dashboard",
  },
} as const;

export function renderWeeklySummary(summary: WeeklySummary, dashboardUrl: string, lang: Lang): RenderedMessage {
  const w = WEEKLY[lang];
  const bodyText = [w.title(summary.week), w.totals(summary), ...summary.byDepartment.map((d) => `- ${w.department(d)}`), "", dashboardUrl].join("\n");
  const bodyHtml = [
    `<p>${escapeHtml(w.title(summary.week))}</p>`,
    `<p>${escapeHtml(w.totals(summary))}</p>`,
    `<ul>${summary.byDepartment.map((d) => `<li>${escapeHtml(w.department(d))}</li>`).join("")}</ul>`,
    `<p><a href="${escapeHtml(dashboardUrl)}">${escapeHtml(w.link)}</a></p>`,
  ].join("\n");
  return { subject: w.subject(summary.week), bodyText, bodyHtml };
}
