// Commitments read from the lines of a commitments section: plain-text bodies (as we render them,
// or after the user switched an HTML body to plain text), and HTML bodies without a table.
//  - "Who: / What: / By when:" entries, a wrapped value continuing on indented lines;
//  - rows typed as "who | what | by when | how it serves";
//  - a table classic Outlook turned into tab-separated lines: its header row of column labels
//    (either language) is skipped and gives the column order of the rows below it;
//  - the carried-forward part (its heading, or a table headed with a "which meeting" column) is
//    skipped up to a blank line, this meeting's own heading, another header row, a "Who:" entry or
//    the empty slot: those are earlier meetings' commitments, not this one's;
//  - lines quoted with ">" are someone else's mail and are skipped.
import {
  COLUMNS,
  STRINGS,
  columnOfLabel,
  commitmentOf,
  headerLabels,
  isCarriedHeading,
  isOwnHeading,
  key,
  type CollectedCommitment,
  type Column,
  type Label,
} from "./commitment-fields";

const EMPTY_SLOTS = new Set(STRINGS.map((s) => key(s.commitmentsEmptySlot)));
const BULLET = /^[ \u00a0]*(?:[-•・*][ \u00a0]*)?/;

function labelled(line: string): { column: Column; value: string } | null {
  const m = /^\s*(?:[-•・*]\s*)?([^:：\t|｜]{1,40})[:：]\s*(.*)$/.exec(line);
  if (!m) return null;
  const column = columnOfLabel(m[1] as string);
  return column ? { column, value: m[2] as string } : null;
}

/** The cells of a table line: tab-separated (one tab per cell, empty cells kept) or split at | / ｜. */
function cellsOf(line: string): string[] {
  const body = line.replace(BULLET, "");
  return body.includes("\t") ? body.split("\t").map((c) => c.trim()) : body.split(/\s*[|｜]\s*/);
}

export function collectFromLines(lines: readonly string[]): CollectedCommitment[] {
  const found: CollectedCommitment[] = [];
  let current: Partial<Record<Column, string>> | null = null;
  let last: Column | null = null;
  let columns: (Label | null)[] | null = null;
  let carried = false;
  const flush = () => {
    const r = current ? commitmentOf(current) : null;
    if (r) found.push(r);
    current = null;
    last = null;
  };
  for (const raw of lines) {
    if (/^[ \t]*>/.test(raw)) continue;
    const line = raw.replace(/\u00a0/g, " ");
    if (line.trim() === "" || EMPTY_SLOTS.has(key(line.replace(BULLET, "")))) {
      carried = false;
      continue;
    }
    if (isCarriedHeading(line.replace(BULLET, "")) || isOwnHeading(line)) {
      flush();
      carried = isCarriedHeading(line.replace(BULLET, ""));
      continue;
    }
    const cells = cellsOf(line);
    const header = cells.length >= 2 ? headerLabels(cells) : null;
    if (header) {
      flush();
      columns = header;
      carried = header.includes("meeting");
      continue;
    }
    const field = labelled(line);
    if (field && (!carried || field.column === "who")) {
      carried = false;
      // "Who" opens a new commitment; the other labels fill the one being read.
      if (field.column === "who" || !current) flush();
      current = current ?? {};
      current[field.column] = field.value;
      last = field.column;
      continue;
    }
    if (carried) continue;
    if (cells.length >= (columns ? 2 : 3)) {
      flush();
      const values: Partial<Record<Column, string>> = {};
      const order = columns ?? COLUMNS;
      cells.forEach((cell, i) => {
        const column = order[i];
        if (column && column !== "meeting") values[column] = values[column] ? `${values[column]} ${cell}` : cell;
      });
      // Without a header, cells past the fourth belong to "how it serves" (it may hold a "|").
      if (!columns) values.serves = cells.slice(3).join(" ");
      const r = commitmentOf(values);
      if (r) found.push(r);
      continue;
    }
    // A wrapped continuation of the last field (the text renderer indents it).
    if (current && last && /^\s/.test(raw)) {
      const c: Partial<Record<Column, string>> = current;
      c[last] = `${c[last] ?? ""} ${line.trim()}`;
    }
  }
  flush();
  return found;
}
