// The agenda block as plain text (text bodies), one small function per section, the same sections
// and words as the HTML. Lines are wrapped to 100 code points; the live link is never broken.
import { wrapText } from "../text/wrap-text";
import type { AgendaContent } from "./agenda-content";
import { AGENDA_END_MARKER, AGENDA_START_MARKER } from "./agenda-markers";
import { colon, dateText, requestText, whatText, whoText } from "./agenda-phrases";
import { carriedForwardText } from "./render-carried-forward";

const WIDTH = 100;
const INDENT = "   ";

/** Wraps `text` to WIDTH, the first line after the prefix `first`, the others after `rest`. */
function wrapped(text: string, first: string, rest = " ".repeat(Array.from(first).length)): string[] {
  const prefix = Math.max(Array.from(first).length, Array.from(rest).length);
  const width = Math.max(20, WIDTH - prefix);
  return wrapText(text, width).map((line, i) => (i === 0 ? first : rest) + line);
}

const heading = (n: number, s: string): string[] => wrapped(s, `${n}. `);

function objectiveText(c: AgendaContent): string[] {
  const { strings } = c;
  return [
    ...heading(1, strings.objectiveHeading),
    ...wrapped(c.objectiveTitle, INDENT),
    ...wrapped(c.desiredOutcome || strings.desiredOutcomeEmpty, `${INDENT}${strings.desiredOutcomeLabel}${colon(c.lang)}`, `${INDENT}  `),
  ];
}

function departmentText(d: AgendaContent["departments"][number], c: AgendaContent): string[] {
  const lines = wrapped(d.name, `${INDENT}■ `);
  if (d.contributions.length === 0) lines.push(...wrapped(c.strings.contributionsEmptySlot, `${INDENT}  - `));
  for (const x of d.contributions) lines.push(...wrapped(x.author ? `${x.text} — ${x.author}` : x.text, `${INDENT}  - `));
  return lines;
}

function contributionsText(c: AgendaContent): string[] {
  const lines = heading(2, c.strings.contributionsHeading);
  if (c.departments.length === 0) lines.push(...wrapped(c.strings.contributionsNoDepartments, INDENT));
  for (const d of c.departments) lines.push(...departmentText(d, c));
  // Open requests between departments, after the department slots (nothing when there are none).
  if (c.requests.length > 0) lines.push(...wrapped(c.strings.requestsHeading, `${INDENT}◆ `));
  for (const r of c.requests) {
    const { ask, answer } = requestText(r, c);
    lines.push(...wrapped(ask, `${INDENT}  - `), ...wrapped(answer, `${INDENT}    `));
  }
  return lines;
}

function obstaclesText(c: AgendaContent): string[] {
  const lines = heading(3, c.strings.obstaclesHeading);
  if (c.obstacles.length === 0) lines.push(...wrapped(c.strings.obstaclesEmptySlot, `${INDENT}- `));
  for (const o of c.obstacles) lines.push(...wrapped(o, `${INDENT}- `));
  return lines;
}

/** Section 4: what is still owed from earlier meetings first (when any), then this meeting's. */
function commitmentsText(c: AgendaContent, timeZone: string | undefined): string[] {
  const { strings } = c;
  const sep = colon(c.lang);
  const lines = heading(4, strings.commitmentsHeading);
  const carried = carriedForwardText(c, wrapped, INDENT, timeZone);
  lines.push(...carried);
  if (carried.length > 0) lines.push(...wrapped(strings.commitmentsOwnHeading, INDENT));
  if (c.commitments.length === 0) lines.push(...wrapped(strings.commitmentsEmptySlot, `${INDENT}- `));
  const cols = strings.commitmentColumns;
  for (const x of c.commitments) {
    const field = (label: string, value: string, bullet: string) =>
      lines.push(...wrapped(value, `${INDENT}${bullet}${label}${sep}`, `${INDENT}    `));
    field(cols.who, whoText(x, c.lang), "- ");
    field(cols.what, whatText(x, c), "  ");
    field(cols.due, dateText(c, x.dueDate), "  ");
    if (x.servesObjective) field(cols.serves, x.servesObjective, "  ");
  }
  return lines;
}

function appendixText(c: AgendaContent): string[] {
  const { strings } = c;
  const lines = heading(5, strings.appendixHeading);
  if (c.missions.length === 0) lines.push(...wrapped(strings.appendixEmpty, INDENT));
  for (const m of c.missions) {
    lines.push(...wrapped(`${m.name}${colon(c.lang)}${m.mission || strings.missionEmpty}`, INDENT, `${INDENT}  `));
  }
  return lines;
}

/** The whole block: start line, sections 1–5 (a blank line after each), the live link, end line. */
export function agendaText(c: AgendaContent, liveUrl: string, timeZone?: string): string {
  const sections = [objectiveText(c), contributionsText(c), obstaclesText(c), commitmentsText(c, timeZone), appendixText(c)];
  const lines = [AGENDA_START_MARKER[c.lang], "", ...sections.flatMap((s) => [...s, ""])];
  lines.push(`${c.strings.liveLinkLabel}${colon(c.lang)}${liveUrl}`, AGENDA_END_MARKER[c.lang]);
  return lines.join("\n");
}
