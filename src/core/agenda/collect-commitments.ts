// Reads the follow-up commitments back out of a meeting body, after the meeting: the rows of the
// commitments table in our agenda block (as rendered, after Outlook rewrote it, or typed by hand),
// or, in plain-text bodies and bodies without a table, the "Who: / What: / By when:" lines and
// lines typed as "who | what | by when | how it serves". Pure string work, like the merge.
import { decodeHtmlEntities } from "../text/html-entities";
import { parseHtml, type HtmlElement, type HtmlNode } from "../text/html-tree";
import { AGENDA_STRINGS } from "./agenda-strings";
import { findAgendaBlock, type BodyFormat } from "./merge-agenda";

export interface CollectedCommitment {
  /** The owner as written: a name or an email. */
  owner: string;
  /** From "Owner (Department)", when written. */
  ownerDepartment: string | null;
  action: string;
  helpsDepartment: string | null;
  /** YYYY-MM-DD, or null when the due date is missing or unreadable (see dueText). */
  dueDate: string | null;
  dueText: string;
  servesObjective: string;
}

type Column = "who" | "what" | "due" | "serves";
const COLUMNS: readonly Column[] = ["who", "what", "due", "serves"];
const STRINGS = Object.values(AGENDA_STRINGS);

const squash = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, " ").trim();
const key = (s: string): string => squash(s.normalize("NFKC")).toLowerCase();

/** The column a header label names, in either language. */
function columnOfLabel(label: string): Column | null {
  const k = key(label).replace(/[:：]$/, "");
  for (const s of STRINGS) for (const c of COLUMNS) if (key(s.commitmentColumns[c]) === k) return c;
  return null;
}

/** YYYY-MM-DD from 2026-12-01, 2026/12/1, 2026.12.1 or 2026年12月1日 (full-width digits too). */
export function normalizeDueDate(text: string): string | null {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(text.normalize("NFKC"));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "Owner (Department)" / "Owner（Department）" → owner and department. */
function splitWho(who: string): { owner: string; ownerDepartment: string | null } {
  const m = /^(.*?)\s*[(（]\s*([^()（）]+?)\s*[)）]\s*$/.exec(who);
  return m && m[1] ? { owner: squash(m[1]), ownerDepartment: squash(m[2] as string) } : { owner: squash(who), ownerDepartment: null };
}

const HELPS_LABELS = STRINGS.map((s) => s.helpsLabel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const HELPS = new RegExp(`\\s*[(（]\\s*(?:${HELPS_LABELS})\\s*[:：]\\s*([^()（）]+?)\\s*[)）]\\s*$`, "i");
const STATUS_LABELS = STRINGS.flatMap((s) => Object.values(s.statusLabels)).join("|");
const STATUS = new RegExp(`\\s*\\[(?:${STATUS_LABELS})\\]\\s*$`, "i");

/** "action [Done] (Helps: X)" as rendered → the action and the helped department. */
function splitWhat(what: string): { action: string; helpsDepartment: string | null } {
  let action = squash(what);
  let helpsDepartment: string | null = null;
  const helps = HELPS.exec(action);
  if (helps) {
    helpsDepartment = squash(helps[1] as string);
    action = action.slice(0, helps.index);
  }
  action = action.replace(STATUS, "");
  return { action: squash(action), helpsDepartment };
}

function row(cells: Partial<Record<Column, string>>): CollectedCommitment | null {
  const who = squash(cells.who ?? "");
  const what = squash(cells.what ?? "");
  const dueText = squash(cells.due ?? "");
  if (who === "" && what === "" && dueText === "") return null;
  return {
    ...splitWho(who),
    ...splitWhat(what),
    dueDate: normalizeDueDate(dueText),
    dueText,
    servesObjective: squash(cells.serves ?? ""),
  };
}

// ── The section ──────────────────────────────────────────────────────────────────────────────
const headingSource = (pick: (s: (typeof STRINGS)[number]) => string, n: number) =>
  new RegExp(`${n}\\.\\s*(?:${STRINGS.map((s) => squash(pick(s)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s*")).join("|")})`, "iu");
const COMMITMENTS_HEADING = headingSource((s) => s.commitmentsHeading, 4);
const APPENDIX_HEADING = headingSource((s) => s.appendixHeading, 5);

/** [start, end) of the commitments section in `text`, or null when the heading is not there. */
function section(text: string): { start: number; end: number } | null {
  const head = COMMITMENTS_HEADING.exec(text);
  if (!head) return null;
  const start = head.index + head[0].length;
  const tail = APPENDIX_HEADING.exec(text.slice(start));
  return { start, end: tail ? start + tail.index : text.length };
}

// ── Lines (plain text, or HTML without a table) ──────────────────────────────────────────────
const EMPTY_SLOTS = new Set(STRINGS.map((s) => key(s.commitmentsEmptySlot)));

function labelled(line: string): { column: Column; value: string } | null {
  const m = /^\s*(?:[-•・*]\s*)?([^:：]{1,40})[:：]\s*(.*)$/.exec(line);
  if (!m) return null;
  const column = columnOfLabel(m[1] as string);
  return column ? { column, value: m[2] as string } : null;
}

export function collectFromLines(lines: readonly string[]): CollectedCommitment[] {
  const found: CollectedCommitment[] = [];
  let current: Partial<Record<Column, string>> | null = null;
  let last: Column | null = null;
  const flush = () => {
    const r = current ? row(current) : null;
    if (r) found.push(r);
    current = null;
    last = null;
  };
  for (const raw of lines) {
    const line = raw.replace(/\u00a0/g, " ");
    if (line.trim() === "" || EMPTY_SLOTS.has(key(line.replace(/^\s*[-•・*]\s*/, "")))) continue;
    const field = labelled(line);
    if (field) {
      // "Who" opens a new commitment; the other labels fill the one being read.
      if (field.column === "who" || !current) flush();
      current = current ?? {};
      current[field.column] = field.value;
      last = field.column;
      continue;
    }
    const parts = line.replace(/^\s*[-•・*]\s*/, "").split(/\s*[|｜\t]\s*/);
    if (parts.length >= 3) {
      flush();
      const r = row({ who: parts[0], what: parts[1], due: parts[2], serves: parts.slice(3).join(" ") });
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

// ── HTML ─────────────────────────────────────────────────────────────────────────────────────
const BLOCK = new Set(["p", "div", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote"]);

/** The visible text of a node, with line breaks at <br> and block elements. */
function visible(node: HtmlNode, source: string): string {
  if (node.kind !== "element") {
    return node.kind === "text" ? decodeHtmlEntities(source.slice(node.start, node.end)).replace(/[\r\n]+/g, " ") : "";
  }
  if (node.name === "br") return "\n";
  if (["head", "style", "script", "title"].includes(node.name)) return "";
  const inner = node.children.map((c) => visible(c, source)).join("");
  return BLOCK.has(node.name) ? `\n${inner}\n` : inner;
}

function descendants(el: HtmlElement, names: ReadonlySet<string>, out: HtmlElement[] = [], stopAt?: ReadonlySet<string>): HtmlElement[] {
  for (const c of el.children) {
    if (c.kind !== "element") continue;
    if (names.has(c.name)) out.push(c);
    else if (!stopAt?.has(c.name)) descendants(c, names, out, stopAt);
  }
  return out;
}

function collectFromHtml(body: string): CollectedCommitment[] {
  const block = findAgendaBlock(body, "html");
  const parsed = parseHtml(block ? body.slice(block.start, block.end) : body);
  const text = visible(parsed.root, parsed.source);
  const range = section(text);
  if (!range) return [];
  const tables = descendants(parsed.root, new Set(["table"]));
  // The table whose text sits in the commitments section: the first one after the heading.
  const sectionText = key(text.slice(range.start, range.end));
  const table = tables.find((t) => {
    const k = key(visible(t, parsed.source));
    return k !== "" && sectionText.includes(k);
  });
  if (!table) return collectFromLines(text.slice(range.start, range.end).split("\n"));

  let columns: Column[] = [...COLUMNS];
  const found: CollectedCommitment[] = [];
  for (const tr of descendants(table, new Set(["tr"]), [], new Set(["table"]))) {
    const cells = descendants(tr, new Set(["td", "th"]), [], new Set(["table"])).map((c) => squash(visible(c, parsed.source)));
    const labels = cells.map(columnOfLabel);
    if (labels.filter((l) => l !== null).length >= 2) {
      columns = labels.map((l, i) => l ?? (COLUMNS[i] as Column));
      continue;
    }
    const values: Partial<Record<Column, string>> = {};
    cells.forEach((cell, i) => {
      const column = columns[i];
      if (column) values[column] = values[column] ? `${values[column]} ${cell}` : cell;
    });
    const r = row(values);
    if (r) found.push(r);
  }
  return found;
}

/**
 * The commitments written in the body's agenda block (or, without a block, in a commitments
 * section anywhere in the body). Rows that are empty or only the header are left out.
 */
export function collectCommitments(body: string, format: BodyFormat): CollectedCommitment[] {
  if (format === "html") return collectFromHtml(body);
  const block = findAgendaBlock(body, "text");
  const text = block ? body.slice(block.start, block.end) : body;
  const range = section(text);
  return range ? collectFromLines(text.slice(range.start, range.end).split(/\r\n|\r|\n/)) : [];
}
