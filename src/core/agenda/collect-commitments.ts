// Reads the follow-up commitments back out of a meeting body, after the meeting: the rows of the
// commitments table in our agenda block (as rendered, after Outlook rewrote it, or typed by hand),
// or, in plain-text bodies and bodies without a table, the lines of section 4 (collect-lines.ts).
// Earlier meetings' carried-forward commitments, also in section 4, are never collected. Pure
// string work, like the merge.
import { decodeHtmlEntities } from "../text/html-entities";
import { parseHtml, type HtmlElement, type HtmlNode } from "../text/html-tree";
import { collectFromLines } from "./collect-lines";
import {
  COLUMNS,
  STRINGS,
  commitmentOf,
  headerLabels,
  key,
  squash,
  type CollectedCommitment,
  type Column,
  type Label,
} from "./commitment-fields";
import { findAgendaBlock, type BodyFormat } from "./merge-agenda";

export type { CollectedCommitment } from "./commitment-fields";

// ── The section ──────────────────────────────────────────────────────────────────────────────
// Colons of either width: bodies inserted before the Japanese headings took full-width ones say
// 「付録: …」, newer ones 「付録：…」.
const headingPattern = (label: string): string =>
  squash(label)
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s*[:：]\s*/g, "\\s*[:：]\\s*")
    .replace(/ /g, "\\s*");
const headingSource = (pick: (s: (typeof STRINGS)[number]) => string, n: number) =>
  new RegExp(`${n}\\.\\s*(?:${STRINGS.map((s) => headingPattern(pick(s))).join("|")})`, "iu");
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

// ── HTML ─────────────────────────────────────────────────────────────────────────────────────
const BLOCK = new Set(["p", "div", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote"]);

/** The visible text of a node, with line breaks at <br> and block elements; `skip` left out. */
function visible(node: HtmlNode, source: string, skip: ReadonlySet<HtmlNode> = new Set()): string {
  if (node.kind !== "element") {
    return node.kind === "text" ? decodeHtmlEntities(source.slice(node.start, node.end)).replace(/[\r\n]+/g, " ") : "";
  }
  if (node.name === "br") return "\n";
  if (skip.has(node) || ["head", "style", "script", "title"].includes(node.name)) return "";
  const inner = node.children.map((c) => visible(c, source, skip)).join("");
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

const TABLE = new Set(["table"]);
const rowsOf = (table: HtmlElement): HtmlElement[] => descendants(table, new Set(["tr"]), [], TABLE);
const cellsOf = (tr: HtmlElement, source: string): string[] =>
  descendants(tr, new Set(["td", "th"]), [], TABLE).map((c) => squash(visible(c, source)));

/** The carried-forward table: its header row names the "which meeting" column. */
function isCarriedTable(table: HtmlElement, source: string): boolean {
  for (const tr of rowsOf(table)) {
    const header = headerLabels(cellsOf(tr, source));
    if (header) return header.includes("meeting");
  }
  return false;
}

function rowsOfTable(table: HtmlElement, source: string): CollectedCommitment[] {
  let columns: (Label | null)[] = [...COLUMNS];
  const found: CollectedCommitment[] = [];
  for (const tr of rowsOf(table)) {
    const cells = cellsOf(tr, source);
    const header = headerLabels(cells);
    if (header) {
      columns = header.map((l, i) => l ?? (COLUMNS[i] as Column));
      continue;
    }
    const values: Partial<Record<Column, string>> = {};
    cells.forEach((cell, i) => {
      const column = columns[i];
      if (column && column !== "meeting") values[column] = values[column] ? `${values[column]} ${cell}` : cell;
    });
    const r = commitmentOf(values);
    if (r) found.push(r);
  }
  return found;
}

function collectFromHtml(body: string): CollectedCommitment[] {
  const block = findAgendaBlock(body, "html");
  const parsed = parseHtml(block ? body.slice(block.start, block.end) : body);
  const tables = descendants(parsed.root, TABLE);
  const carried = new Set<HtmlNode>(tables.filter((t) => isCarriedTable(t, parsed.source)));
  const text = visible(parsed.root, parsed.source, carried);
  const range = section(text);
  if (!range) return [];
  // This meeting's table: the first one whose text sits in the commitments section (earlier
  // meetings' carried-forward table, also there, is left out).
  const sectionText = key(text.slice(range.start, range.end));
  const table = tables.find((t) => {
    const k = key(visible(t, parsed.source));
    return !carried.has(t) && k !== "" && sectionText.includes(k);
  });
  return table ? rowsOfTable(table, parsed.source) : collectFromLines(text.slice(range.start, range.end).split("\n"));
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
