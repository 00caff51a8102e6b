// The agenda block as HTML, one small function per section (DESIGN.md §7 order). Only elements
// Outlook keeps and inline styles only: Outlook strips class, id, data-* and <style>, so nothing
// else would survive the round trip through a mail client. Every user string is escaped.
import { escapeAttr, escapeHtml } from "../text/escape-html";
import type { Lang } from "../api/primitives";
import type { AgendaContent } from "./agenda-content";
import { AGENDA_END_MARKER, AGENDA_START_MARKER, OUR_BLOCK_ACCENT, OUR_BLOCK_BORDER } from "./agenda-markers";
import { colon, dateText, requestText, whatText, whoText } from "./agenda-phrases";
import { carriedForwardHtml } from "./render-carried-forward";

const ACCENT = OUR_BLOCK_ACCENT;
const MUTED = "color:#616161";
const FONT = "font-family:'Segoe UI','Yu Gothic UI',Meiryo,Arial,sans-serif";
const S = {
  block: `${FONT};font-size:14px;line-height:1.5;color:#242424;${OUR_BLOCK_BORDER};padding:4px 0 4px 12px;margin:0 0 16px 0`,
  marker: `margin:0 0 8px 0;font-size:12px;font-weight:bold;color:${ACCENT}`,
  heading: "margin:16px 0 4px 0;font-size:16px;font-weight:bold",
  objective: "margin:0 0 4px 0;font-size:18px;font-weight:bold",
  para: "margin:0 0 4px 0",
  department: "margin:8px 0 2px 0;font-weight:bold",
  list: "margin:0 0 4px 0;padding:0 0 0 20px",
  table: "border-collapse:collapse;width:100%;margin:4px 0",
  cell: "border:1px solid #d1d1d1;padding:4px 8px;text-align:left;vertical-align:top",
  link: `color:${ACCENT};text-decoration:underline`,
  end: `margin:12px 0 0 0;font-size:12px;font-weight:bold;color:${ACCENT}`,
} as const;

/** Escaped user text, its own line breaks kept. */
const t = (s: string): string => escapeHtml(s).replace(/\r\n|\r|\n/g, "<br>");
const p = (style: string, html: string): string => `<p style="${style}">${html}</p>`;
const heading = (n: number, s: string): string => p(S.heading, `${n}. ${t(s)}`);
/**
 * How a placeholder ("（…記入してください）") stands apart from real text: grey always, and italic only
 * in English — Japanese fonts have no italic, and the slanted glyphs mail clients synthesize read poorly.
 */
const placeholder = (lang: Lang): string => (lang === "ja" ? MUTED : `${MUTED};font-style:italic`);
const slot = (s: string, lang: Lang): string => p(`margin:0 0 4px 0;${placeholder(lang)}`, t(s));
const list = (items: string[]): string => `<ul style="${S.list}">${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;

function objectiveHtml(c: AgendaContent): string {
  const { strings, lang } = c;
  const outcome = c.desiredOutcome
    ? t(c.desiredOutcome)
    : `<span style="${placeholder(lang)}">${t(strings.desiredOutcomeEmpty)}</span>`;
  return (
    heading(1, strings.objectiveHeading) +
    p(S.objective, t(c.objectiveTitle)) +
    p(S.para, `<b>${t(strings.desiredOutcomeLabel)}${colon(lang)}</b>${outcome}`)
  );
}

function departmentHtml(d: AgendaContent["departments"][number], c: AgendaContent): string {
  // The byline moves to the next line as a whole (Japanese text may otherwise break inside a name,
  // "提案：佐" | "藤 花子"); a byline longer than the line still wraps inside itself.
  const items = d.contributions.map((x) =>
    x.author ? `${t(x.text)} <span style="${MUTED};display:inline-block">— ${t(x.author)}</span>` : t(x.text),
  );
  return p(S.department, t(d.name)) + (items.length === 0 ? slot(c.strings.contributionsEmptySlot, c.lang) : list(items));
}

/** Open requests between departments, after the department slots (nothing when there are none). */
function requestsHtml(c: AgendaContent): string {
  if (c.requests.length === 0) return "";
  const items = c.requests.map((r) => {
    const { ask, answer } = requestText(r, c);
    return `${t(ask)}<br><span style="${MUTED}">${t(answer)}</span>`;
  });
  return p(S.department, t(c.strings.requestsHeading)) + list(items);
}

function contributionsHtml(c: AgendaContent): string {
  const slots = c.departments.length === 0 ? slot(c.strings.contributionsNoDepartments, c.lang) : c.departments.map((d) => departmentHtml(d, c)).join("");
  return heading(2, c.strings.contributionsHeading) + slots + requestsHtml(c);
}

function obstaclesHtml(c: AgendaContent): string {
  const body = c.obstacles.length === 0 ? slot(c.strings.obstaclesEmptySlot, c.lang) : list(c.obstacles.map(t));
  return heading(3, c.strings.obstaclesHeading) + body;
}

function commitmentTableHtml(c: AgendaContent): string {
  const { strings } = c;
  if (c.commitments.length === 0) return slot(strings.commitmentsEmptySlot, c.lang);
  const cols = strings.commitmentColumns;
  const th = (s: string) => `<th style="${S.cell};background-color:#f5f5f5">${t(s)}</th>`;
  const td = (s: string) => `<td style="${S.cell}">${t(s)}</td>`;
  const rows = c.commitments.map(
    (x) => `<tr>${td(whoText(x, c.lang))}${td(whatText(x, c))}${td(dateText(c, x.dueDate))}${td(x.servesObjective)}</tr>`,
  );
  return `<table style="${S.table}"><tr>${th(cols.who)}${th(cols.what)}${th(cols.due)}${th(cols.serves)}</tr>${rows.join("")}</table>`;
}

/** Section 4: what is still owed from earlier meetings first (when any), then this meeting's. */
function commitmentsHtml(c: AgendaContent, timeZone: string | undefined): string {
  const carried = carriedForwardHtml(c, timeZone);
  const own = carried === "" ? "" : p(S.department, t(c.strings.commitmentsOwnHeading));
  return heading(4, c.strings.commitmentsHeading) + carried + own + commitmentTableHtml(c);
}

function appendixHtml(c: AgendaContent): string {
  const { strings, lang } = c;
  if (c.missions.length === 0) return heading(5, strings.appendixHeading) + slot(strings.appendixEmpty, lang);
  const lines = c.missions.map((m) => {
    const mission = m.mission ? t(m.mission) : `<span style="${placeholder(lang)}">${t(strings.missionEmpty)}</span>`;
    return p(`${S.para};${MUTED}`, `<b>${t(m.name)}</b>${colon(lang)}${mission}`);
  });
  return heading(5, strings.appendixHeading) + lines.join("");
}

/** The whole block: start line, sections 1–5, the live-agenda link, end line. */
export function agendaHtml(c: AgendaContent, liveUrl: string, timeZone?: string): string {
  const parts = [
    p(S.marker, t(AGENDA_START_MARKER[c.lang])),
    objectiveHtml(c),
    contributionsHtml(c),
    obstaclesHtml(c),
    commitmentsHtml(c, timeZone),
    appendixHtml(c),
    p("margin:16px 0 4px 0", `<a href="${escapeAttr(liveUrl)}" style="${S.link}">${t(c.strings.liveLinkLabel)}</a>`),
    p(S.end, t(AGENDA_END_MARKER[c.lang])),
  ];
  return `<div lang="${c.lang}" style="${S.block}">${parts.join("")}</div>`;
}
