// The carry-forward part of the agenda block: open commitments of earlier meetings on the same
// objective. It is the first item of section 4 (follow-up commitments), compact, under a heading
// that counts them (「前回からの持ち越し 4件（期限切れ 1）」), so the shared objective stays the first
// thing after the start line and what is still owed sits next to what this meeting commits to.
// Its table has a "which meeting" column instead of "how it serves": collect-commitments knows it
// by that column (or by its heading in plain text) and never takes these rows for this meeting's.
import { escapeHtml } from "../text/escape-html";
import type { AgendaContent, CarriedRow } from "./agenda-content";
import { dateText, parenthesized, whatText, whoText, withAside } from "./agenda-phrases";
import { carriedHeadingText } from "./agenda-strings";

const FONT_COLOR = "#6b4e00";
const OVERDUE_COLOR = "#a4262c";
const BOX = `margin:4px 0 8px 0;padding:4px 8px;background-color:#fff8e1;border:1px solid #f0d58c;color:#242424;font-size:13px`;
const HEADING = `margin:0 0 2px 0;font-weight:bold;color:${FONT_COLOR}`;
const TABLE = "border-collapse:collapse;width:100%;margin:2px 0;font-size:13px";
const CELL = "border:1px solid #e3cf94;padding:2px 6px;text-align:left;vertical-align:top";
const MORE = "margin:2px 0 0 0;font-size:12px;color:#616161";

const t = (s: string): string => escapeHtml(s).replace(/\r\n|\r|\n/g, "<br>");

/** YYYY-MM-DD of an instant in `timeZone` (an unknown zone falls back to UTC). */
export function dateInZone(at: string, timeZone = "UTC"): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at.slice(0, 10);
  try {
    const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(date);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
    return `${get("year")}-${get("month")}-${get("day")}`;
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

function meeting(c: CarriedRow, content: AgendaContent, timeZone: string | undefined): string {
  const date = dateText(content, dateInZone(c.meetingAt, timeZone));
  return c.meetingSubject === "" ? date : withAside(content.lang, c.meetingSubject, date);
}

const due = (c: CarriedRow, content: AgendaContent): string => dateText(content, c.dueDate);

const more = (content: AgendaContent): string =>
  content.strings.carriedMore.replace("{count}", String(content.carriedMore));

const heading = (content: AgendaContent): string => carriedHeadingText(content.lang, content.carriedCount);

/** The carry-forward box, or "" when nothing is carried forward (section 4 is then as before). */
export function carriedForwardHtml(content: AgendaContent, timeZone?: string): string {
  if (content.carried.length === 0) return "";
  const { strings, lang } = content;
  const cols = strings.commitmentColumns;
  const th = (s: string) => `<th style="${CELL};background-color:#fdf0c4">${t(s)}</th>`;
  const td = (html: string) => `<td style="${CELL}">${html}</td>`;
  const dueHtml = (c: CarriedRow) =>
    c.overdue
      ? `${t(due(c, content))}${lang === "ja" ? "" : " "}<b style="color:${OVERDUE_COLOR}">${t(parenthesized(lang, strings.carriedOverdueLabel))}</b>`
      : t(due(c, content));
  const rows = content.carried.map(
    (c) => `<tr>${td(t(whoText(c, lang)))}${td(t(whatText(c, content)))}${td(dueHtml(c))}${td(t(meeting(c, content, timeZone)))}</tr>`,
  );
  const table = `<table style="${TABLE}"><tr>${th(cols.who)}${th(cols.what)}${th(cols.due)}${th(strings.carriedMeetingColumn)}</tr>${rows.join("")}</table>`;
  const tail = content.carriedMore > 0 ? `<p style="${MORE}">${t(more(content))}</p>` : "";
  return `<div style="${BOX}"><p style="${HEADING}">${t(heading(content))}</p>${table}${tail}</div>`;
}

export type Wrap = (text: string, first: string, rest?: string) => string[];

/**
 * The carry-forward lines of a plain-text section 4 (ending with a blank line), or none: the
 * heading, then two lines per item — what, then who, due date and the earlier meeting.
 */
export function carriedForwardText(content: AgendaContent, wrapped: Wrap, indent: string, timeZone?: string): string[] {
  if (content.carried.length === 0) return [];
  const { strings, lang } = content;
  const comma = lang === "ja" ? "、" : ", ";
  const lines: string[] = [...wrapped(heading(content), indent)];
  for (const c of content.carried) {
    const dueDate = strings.carriedDue.replace("{date}", due(c, content));
    const details = [
      whoText(c, lang),
      c.overdue ? withAside(lang, dueDate, strings.carriedOverdueLabel) : dueDate,
      strings.carriedFrom.replace("{meeting}", meeting(c, content, timeZone)),
    ].join(comma);
    lines.push(...wrapped(whatText(c, content), `${indent}- `));
    lines.push(...wrapped(details, `${indent}  `));
  }
  if (content.carriedMore > 0) lines.push(...wrapped(more(content), indent));
  lines.push("");
  return lines;
}
