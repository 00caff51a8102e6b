// The words of the reminders, Japanese first and English below (an owner's language is not known to
// the job). Text and HTML bodies; every user string is escaped in the HTML.
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

export function renderDigest(ownerName: string, items: readonly DigestItem[], appUrl: string): RenderedMessage {
  const overdue = items.filter((i) => i.overdue).length;
  const shown = items.slice(0, DIGEST_MAX_ITEMS);
  const more = items.length - shown.length;
  const subject = `【Common Purpose】期限が近い・過ぎたコミットメント ${items.length}件 / ${items.length} commitment${items.length === 1 ? "" : "s"} due soon or overdue`;
  const line = (i: DigestItem, lang: "ja" | "en") =>
    `${i.overdue ? (lang === "ja" ? "［期限切れ］" : "[OVERDUE] ") : ""}${i.dueDate}  ${i.action}  (${i.objectiveTitle})`;
  const bodyText = [
    `${ownerName} さん`,
    `期限が近い、または期限を過ぎたコミットメントが ${items.length} 件あります（うち期限切れ ${overdue} 件）。`,
    ...shown.map((i) => `- ${line(i, "ja")}`),
    ...(more > 0 ? [`ほか ${more} 件`] : []),
    "",
    `Hello ${ownerName},`,
    `You have ${items.length} commitment${items.length === 1 ? "" : "s"} due soon or overdue (${overdue} overdue).`,
    ...shown.map((i) => `- ${line(i, "en")}`),
    ...(more > 0 ? [`and ${more} more`] : []),
    "",
    appUrl,
  ].join("\n");
  const list = (lang: "ja" | "en") =>
    `<ul>${shown.map((i) => `<li>${escapeHtml(line(i, lang))}</li>`).join("")}</ul>${more > 0 ? `<p>${lang === "ja" ? `ほか ${more} 件` : `and ${more} more`}</p>` : ""}`;
  const bodyHtml = [
    `<p>${escapeHtml(ownerName)} さん</p>`,
    `<p>期限が近い、または期限を過ぎたコミットメントが ${items.length} 件あります（うち期限切れ ${overdue} 件）。</p>`,
    list("ja"),
    "<hr>",
    `<p>Hello ${escapeHtml(ownerName)},</p>`,
    `<p>You have ${items.length} commitment${items.length === 1 ? "" : "s"} due soon or overdue (${overdue} overdue).</p>`,
    list("en"),
    `<p><a href="${escapeHtml(appUrl)}">Common Purpose</a></p>`,
  ].join("\n");
  return { subject, bodyText, bodyHtml };
}

export function renderWeeklySummary(summary: WeeklySummary, dashboardUrl: string): RenderedMessage {
  const { week, open, overdue, dueSoon, doneLast7Days, byDepartment } = summary;
  const subject = `【Common Purpose】週次サマリー ${week} / Weekly summary ${week}`;
  const dept = (d: DepartmentCounts, lang: "ja" | "en") =>
    lang === "ja" ? `${d.department}: 未完了 ${d.open} 件、期限切れ ${d.overdue} 件` : `${d.department}: ${d.open} open, ${d.overdue} overdue`;
  const ja = `未完了 ${open} 件（期限切れ ${overdue} 件、期限間近 ${dueSoon} 件）。この7日間に完了 ${doneLast7Days} 件。`;
  const en = `${open} open (${overdue} overdue, ${dueSoon} due soon). ${doneLast7Days} done in the last 7 days.`;
  const bodyText = [
    `週次サマリー ${week}`,
    ja,
    ...byDepartment.map((d) => `- ${dept(d, "ja")}`),
    "",
    `Weekly summary ${week}`,
    en,
    ...byDepartment.map((d) => `- ${dept(d, "en")}`),
    "",
    dashboardUrl,
  ].join("\n");
  const list = (lang: "ja" | "en") => `<ul>${byDepartment.map((d) => `<li>${escapeHtml(dept(d, lang))}</li>`).join("")}</ul>`;
  const bodyHtml = [
    `<p>週次サマリー ${escapeHtml(week)}</p>`,
    `<p>${escapeHtml(ja)}</p>`,
    list("ja"),
    "<hr>",
    `<p>Weekly summary ${escapeHtml(week)}</p>`,
    `<p>${escapeHtml(en)}</p>`,
    list("en"),
    `<p><a href="${escapeHtml(dashboardUrl)}">PMO dashboard</a></p>`,
  ].join("\n");
  return { subject, bodyText, bodyHtml };
}
