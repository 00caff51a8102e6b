// The agenda block for a meeting body, as HTML (Outlook, Teams) or plain text (text bodies).
// The HTML uses only elements Outlook keeps and inline styles only: Outlook strips class, id,
// data-* and <style>, so nothing else would survive the round trip through a mail client.
import type { AgendaView, Lang } from "../api/contract";
import { escapeAttr, escapeHtml } from "../text/escape-html";
import { wrapText } from "../text/wrap-text";
import { agendaContent, type AgendaContent, type CommitmentRow } from "./agenda-content";
import { AGENDA_END_MARKER, AGENDA_START_MARKER } from "./agenda-markers";
import { carriedForwardHtml, carriedForwardText } from "./render-carried-forward";

export interface RenderAgendaOptions {
  /** The live agenda (see agendaLiveUrl); must be an http(s) URL. */
  liveUrl: string;
  /** Defaults to the agenda's own language. */
  lang?: Lang;
  /** IANA zone for the dates of carried-forward meetings (the reader's); default UTC. */
  timeZone?: string;
}

const HTTP_URL = /^https?:\/\/[^\s"'<>`\\\u0000-\u001f\u007f]+$/i;

function checkedLiveUrl(url: string): string {
  if (!HTTP_URL.test(url)) throw new Error(`liveUrl must be an absolute http(s) URL, got ${JSON.stringify(url)}`);
  return url;
}

// ── HTML ────────────────────────────────────────────────────────────────────────────────────────
const ACCENT = "#5b5fc7";
const MUTED = "color:#616161";
const FONT = "font-family:'Segoe UI','Yu Gothic UI',Meiryo,Arial,sans-serif";
const S = {
  block: `${FONT};font-size:14px;line-height:1.5;color:#242424;border-left:4px solid ${ACCENT};padding:4px 0 4px 12px;margin:0 0 16px 0`,
  marker: `margin:0 0 8px 0;font-size:12px;font-weight:bold;color:${ACCENT}`,
  heading: "margin:16px 0 4px 0;font-size:16px;font-weight:bold",
  objective: "margin:0 0 4px 0;font-size:18px;font-weight:bold",
  para: "margin:0 0 4px 0",
  department: "margin:8px 0 2px 0;font-weight:bold",
  slot: `margin:0 0 4px 0;${MUTED};font-style:italic`,
  list: "margin:0 0 4px 0;padding:0 0 0 20px",
  table: "border-collapse:collapse;width:100%;margin:4px 0",
  cell: "border:1px solid #d1d1d1;padding:4px 8px;text-align:left;vertical-align:top",
  link: `color:${ACCENT};text-decoration:underline`,
  end: `margin:12px 0 0 0;font-size:12px;font-weight:bold;color:${ACCENT}`,
} as const;

/** Escaped user text, its own line breaks kept. */
const t = (s: string): string => escapeHtml(s).replace(/\r\n|\r|\n/g, "<br>");
const p = (style: string, html: string): string => `<p style="${style}">${html}</p>`;
const colon = (lang: Lang): string => (lang === "ja" ? "：" : ": ");

function whoText(c: CommitmentRow, lang: Lang): string {
  if (c.ownerDepartment === "") return c.owner;
  return lang === "ja" ? `${c.owner}（${c.ownerDepartment}）` : `${c.owner} (${c.ownerDepartment})`;
}

function whatText(c: CommitmentRow, content: AgendaContent): string {
  const status = c.status ? ` [${c.status}]` : "";
  const label = `${content.strings.helpsLabel}${colon(content.lang)}${c.helpsDepartment}`;
  const helps = !c.helpsDepartment ? "" : content.lang === "ja" ? `（${label}）` : ` (${label})`;
  return `${c.action}${status}${helps}`;
}

function commitmentsHtml(content: AgendaContent): string {
  const { strings } = content;
  if (content.commitments.length === 0) return p(S.slot, t(strings.commitmentsEmptySlot));
  const cols = strings.commitmentColumns;
  const th = (s: string) => `<th style="${S.cell};background-color:#f5f5f5">${t(s)}</th>`;
  const td = (s: string) => `<td style="${S.cell}">${t(s)}</td>`;
  const rows = content.commitments.map(
    (c) =>
      `<tr>${td(whoText(c, content.lang))}${td(whatText(c, content))}${td(c.dueDate)}${td(c.servesObjective)}</tr>`,
  );
  return `<table style="${S.table}"><tr>${th(cols.who)}${th(cols.what)}${th(cols.due)}${th(cols.serves)}</tr>${rows.join("")}</table>`;
}

function listHtml(items: string[]): string {
  return `<ul style="${S.list}">${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;
}

export function renderAgendaHtml(view: AgendaView, opts: RenderAgendaOptions): string {
  const href = escapeAttr(checkedLiveUrl(opts.liveUrl));
  const content = agendaContent(view, opts.lang);
  const { strings, lang } = content;
  const heading = (n: number, s: string) => p(S.heading, `${n}. ${t(s)}`);
  const parts: string[] = [p(S.marker, t(AGENDA_START_MARKER[lang])), carriedForwardHtml(content, opts.timeZone)];

  parts.push(heading(1, strings.objectiveHeading), p(S.objective, t(content.objectiveTitle)));
  const outcome = content.desiredOutcome
    ? t(content.desiredOutcome)
    : `<span style="${MUTED};font-style:italic">${t(strings.desiredOutcomeEmpty)}</span>`;
  parts.push(p(S.para, `<b>${t(strings.desiredOutcomeLabel)}${colon(lang)}</b>${outcome}`));

  parts.push(heading(2, strings.contributionsHeading));
  if (content.departments.length === 0) parts.push(p(S.slot, t(strings.contributionsNoDepartments)));
  for (const d of content.departments) {
    parts.push(p(S.department, t(d.name)));
    parts.push(
      d.contributions.length === 0
        ? p(S.slot, t(strings.contributionsEmptySlot))
        : listHtml(
            d.contributions.map((c) =>
              c.author ? `${t(c.text)} <span style="${MUTED}">— ${t(c.author)}</span>` : t(c.text),
            ),
          ),
    );
  }

  parts.push(heading(3, strings.obstaclesHeading));
  parts.push(
    content.obstacles.length === 0 ? p(S.slot, t(strings.obstaclesEmptySlot)) : listHtml(content.obstacles.map(t)),
  );

  parts.push(heading(4, strings.commitmentsHeading), commitmentsHtml(content));

  parts.push(heading(5, strings.appendixHeading));
  if (content.missions.length === 0) parts.push(p(S.slot, t(strings.appendixEmpty)));
  for (const m of content.missions) {
    const mission = m.mission ? t(m.mission) : `<span style="font-style:italic">${t(strings.missionEmpty)}</span>`;
    parts.push(p(`${S.para};${MUTED}`, `<b>${t(m.name)}</b>${colon(lang)}${mission}`));
  }

  parts.push(p("margin:16px 0 4px 0", `<a href="${href}" style="${S.link}">${t(strings.liveLinkLabel)}</a>`));
  parts.push(p(S.end, t(AGENDA_END_MARKER[lang])));
  return `<div lang="${lang}" style="${S.block}">${parts.join("")}</div>`;
}

// ── Plain text ──────────────────────────────────────────────────────────────────────────────────
const WIDTH = 100;

/** Wraps `text` to WIDTH, the first line after the prefix `first`, the others after `rest`. */
function wrapped(text: string, first: string, rest = " ".repeat(Array.from(first).length)): string[] {
  const prefix = Math.max(Array.from(first).length, Array.from(rest).length);
  const width = Math.max(20, WIDTH - prefix);
  return wrapText(text, width).map((line, i) => (i === 0 ? first : rest) + line);
}

export function renderAgendaText(view: AgendaView, opts: RenderAgendaOptions): string {
  const liveUrl = checkedLiveUrl(opts.liveUrl);
  const content = agendaContent(view, opts.lang);
  const { strings, lang } = content;
  const sep = colon(lang);
  const lines: string[] = [AGENDA_START_MARKER[lang], ""];
  const heading = (n: number, s: string) => lines.push(...wrapped(s, `${n}. `));
  const indent = "   ";
  lines.push(...carriedForwardText(content, wrapped, opts.timeZone));

  heading(1, strings.objectiveHeading);
  lines.push(...wrapped(content.objectiveTitle, indent));
  lines.push(...wrapped(content.desiredOutcome || strings.desiredOutcomeEmpty, `${indent}${strings.desiredOutcomeLabel}${sep}`, `${indent}  `));
  lines.push("");

  heading(2, strings.contributionsHeading);
  if (content.departments.length === 0) lines.push(...wrapped(strings.contributionsNoDepartments, indent));
  for (const d of content.departments) {
    lines.push(...wrapped(d.name, `${indent}■ `));
    if (d.contributions.length === 0) lines.push(...wrapped(strings.contributionsEmptySlot, `${indent}  - `));
    for (const c of d.contributions) {
      lines.push(...wrapped(c.author ? `${c.text} — ${c.author}` : c.text, `${indent}  - `));
    }
  }
  lines.push("");

  heading(3, strings.obstaclesHeading);
  if (content.obstacles.length === 0) lines.push(...wrapped(strings.obstaclesEmptySlot, `${indent}- `));
  for (const o of content.obstacles) lines.push(...wrapped(o, `${indent}- `));
  lines.push("");

  heading(4, strings.commitmentsHeading);
  if (content.commitments.length === 0) lines.push(...wrapped(strings.commitmentsEmptySlot, `${indent}- `));
  const cols = strings.commitmentColumns;
  for (const c of content.commitments) {
    const field = (label: string, value: string, bullet: string) =>
      lines.push(...wrapped(value, `${indent}${bullet}${label}${sep}`, `${indent}    `));
    field(cols.who, whoText(c, lang), "- ");
    field(cols.what, whatText(c, content), "  ");
    field(cols.due, c.dueDate, "  ");
    if (c.servesObjective) field(cols.serves, c.servesObjective, "  ");
  }
  lines.push("");

  heading(5, strings.appendixHeading);
  if (content.missions.length === 0) lines.push(...wrapped(strings.appendixEmpty, indent));
  for (const m of content.missions) {
    lines.push(...wrapped(`${m.name}${sep}${m.mission || strings.missionEmpty}`, indent, `${indent}  `));
  }
  lines.push("");

  lines.push(`${strings.liveLinkLabel}${sep}${liveUrl}`);
  lines.push(AGENDA_END_MARKER[lang]);
  return lines.join("\n");
}
