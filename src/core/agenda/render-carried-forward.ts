// The carry-forward part of the agenda block: open commitments of earlier meetings on the same
// objective, first thing inside the block. It is unnumbered and sits above "1. Shared objective" on
// purpose: the meeting's own sections keep DESIGN.md §7's numbers (the commitments collector finds
// "4." by them), and what is still owed is the first thing everyone reads. Its table comes before
// section 4, so collecting this meeting's commitments never picks these rows up again.
import type { Lang } from "../api/contract";
import { escapeHtml } from "../text/escape-html";
import type { AgendaContent, CarriedRow } from "./agenda-content";

const FONT_COLOR = "#6b4e00";
const BOX = `margin:0 0 12px 0;padding:6px 10px;background-color:#fff8e1;border:1px solid #f0d58c;color:#242424`;
const HEADING = `margin:0 0 4px 0;font-weight:bold;color:${FONT_COLOR}`;
const TABLE = "border-collapse:collapse;width:100%;margin:4px 0";
const CELL = "border:1px solid #e3cf94;padding:4px 8px;text-align:left;vertical-align:top";
const MORE = "margin:4px 0 0 0;font-size:12px;color:#616161";

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

function who(c: CarriedRow, lang: Lang): string {
  if (c.ownerDepartment === "") return c.owner;
  return lang === "ja" ? `${c.owner}（${c.ownerDepartment}）` : `${c.owner} (${c.ownerDepartment})`;
}

function what(c: CarriedRow, content: AgendaContent): string {
  if (!c.helpsDepartment) return c.action;
  const label = `${content.strings.helpsLabel}${content.lang === "ja" ? "：" : ": "}${c.helpsDepartment}`;
  return content.lang === "ja" ? `${c.action}（${label}）` : `${c.action} (${label})`;
}

function meeting(c: CarriedRow, content: AgendaContent, timeZone: string | undefined): string {
  const date = dateInZone(c.meetingAt, timeZone);
  if (c.meetingSubject === "") return date;
  return content.lang === "ja" ? `${c.meetingSubject}（${date}）` : `${c.meetingSubject} (${date})`;
}

const more = (content: AgendaContent): string =>
  content.strings.carriedMore.replace("{count}", String(content.carriedMore));

/** The carry-forward box, or "" when nothing is carried forward (the block is then as before). */
export function carriedForwardHtml(content: AgendaContent, timeZone?: string): string {
  if (content.carried.length === 0) return "";
  const { strings, lang } = content;
  const cols = strings.commitmentColumns;
  const th = (s: string) => `<th style="${CELL};background-color:#fdf0c4">${t(s)}</th>`;
  const td = (s: string) => `<td style="${CELL}">${t(s)}</td>`;
  const rows = content.carried.map(
    (c) => `<tr>${td(who(c, lang))}${td(what(c, content))}${td(c.dueDate)}${td(meeting(c, content, timeZone))}</tr>`,
  );
  const table = `<table style="${TABLE}"><tr>${th(cols.who)}${th(cols.what)}${th(cols.due)}${th(strings.carriedMeetingColumn)}</tr>${rows.join("")}</table>`;
  const tail = content.carriedMore > 0 ? `<p style="${MORE}">${t(more(content))}</p>` : "";
  return `<div style="${BOX}"><p style="${HEADING}">${t(strings.carriedHeading)}</p>${table}${tail}</div>`;
}

export type Wrap = (text: string, first: string, rest?: string) => string[];

/** The carry-forward lines of a plain-text block (ending with a blank line), or none. */
export function carriedForwardText(content: AgendaContent, wrapped: Wrap, timeZone?: string): string[] {
  if (content.carried.length === 0) return [];
  const { strings, lang } = content;
  const cols = strings.commitmentColumns;
  const sep = lang === "ja" ? "：" : ": ";
  const indent = "   ";
  const lines: string[] = [...wrapped(strings.carriedHeading, "")];
  for (const c of content.carried) {
    const field = (label: string, value: string, bullet: string) =>
      lines.push(...wrapped(value, `${indent}${bullet}${label}${sep}`, `${indent}    `));
    field(cols.who, who(c, lang), "- ");
    field(cols.what, what(c, content), "  ");
    field(cols.due, c.dueDate, "  ");
    field(strings.carriedMeetingColumn, meeting(c, content, timeZone), "  ");
  }
  if (content.carriedMore > 0) lines.push(...wrapped(more(content), indent));
  lines.push("");
  return lines;
}
