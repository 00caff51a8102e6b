// Finds our agenda block(s) in an HTML meeting body by what survives Outlook's rewriting: the
// visible start/end lines (matched on the text, so tags and character references between the
// characters do not matter) and, when the end line was deleted, our own outer element if Outlook
// kept it or, without it, the live-agenda link (also when Safe Links rewrote it).
import { decodeHtmlEntities } from "../text/html-entities";
import {
  findElement,
  firstTextIndexAtOrAfter,
  parseHtml,
  pathAt,
  type HtmlElement,
  type HtmlNode,
  type ParsedHtml,
} from "../text/html-tree";
import {
  findEndMarker,
  findLiveLinkLabel,
  findStartMarker,
  hasOurBlockStyle,
  isLiveAgendaLink,
  type TextMatch,
} from "./agenda-markers";

export interface BodyRange {
  start: number;
  end: number;
}

/** Never replaced as a whole: the document itself, and table or list parts (it would break them). */
const NO_EXPAND = new Set(["#root", "html", "body", "head", "td", "th", "tr", "thead", "tbody", "tfoot", "li"]);
const CONTENT = new Set(["img", "hr", "table", "iframe", "object", "embed", "video", "audio", "input", "svg"]);
const INLINE = new Set(["span", "font", "o:p", "b", "strong", "i", "em", "u", "br", "wbr"]);

const isBlank = (source: string, start: number, end: number): boolean =>
  decodeHtmlEntities(source.slice(start, end)).trim() === "";

/**
 * Nodes a wrapper may hold besides our block and still be ours to replace: whitespace, comments,
 * empty inline runs, and attribute-less empty blocks such as the <div><br></div> Outlook adds on
 * each setAsync. An empty block with attributes is a blank line someone typed (a styled OWA div,
 * Word's <p class=MsoNormal>&nbsp;</p>) and is kept.
 */
function isFiller(node: HtmlNode, source: string): boolean {
  if (node.kind !== "element") return node.kind === "other" || isBlank(source, node.start, node.end);
  if (CONTENT.has(node.name)) return false;
  if (node.attrs.trim() !== "" && !INLINE.has(node.name)) return false;
  return node.children.every((c) => isFiller(c, source));
}

// A marker line is one line: its characters may be split by inline markup (Word's <span lang=…>,
// &nbsp;) but never by a block boundary. Matched on the run-together visible text, "━━" closing one
// paragraph and "Common Purpose agenda ━━" typed in the next would otherwise pass for a start line.
const BLOCK_BOUNDARY = /<\/?(?:p|div|li|ul|ol|td|th|tr|table|tbody|thead|tfoot|blockquote|h[1-6]|br|hr|pre)\b/i;

type Finder = (text: string, from: number) => TextMatch | null;

/** The first match of `find` at or after `from` whose characters sit on one line of the body. */
function lineMatch(find: Finder, parsed: ParsedHtml, from: number): TextMatch | null {
  for (let m = find(parsed.text, from); m; m = find(parsed.text, m.index + 1)) {
    const source = parsed.source.slice(parsed.textStart[m.index] as number, parsed.textEnd[m.end - 1] as number);
    if (!BLOCK_BOUNDARY.test(source)) return m;
  }
  return null;
}

/** The end of the anchor holding the live-agenda label at text index `at`, if it links to an agenda. */
function liveLinkEnd(parsed: ParsedHtml, at: number): number | null {
  const path = pathAt(parsed.root, parsed.textStart[at] as number);
  for (let k = path.length - 1; k >= 0; k--) {
    const n = path[k] as HtmlNode;
    if (n.kind === "element" && n.name === "a") return isLiveAgendaLink(n.attrs) ? n.end : null;
  }
  return null;
}

/**
 * The end of our block's outer element around the start line at `start`: the innermost ancestor
 * with our left border whose visible text begins with that start line, and which ends before the
 * next block (`limit`, a text index) starts. Null when Outlook did not keep it.
 */
function outerElementEnd(parsed: ParsedHtml, start: TextMatch, limit: number): number | null {
  const path = pathAt(parsed.root, parsed.textStart[start.index] as number);
  for (let k = path.length - 1; k > 0; k--) {
    const n = path[k] as HtmlNode;
    if (n.kind !== "element" || !hasOurBlockStyle(n.attrs)) continue;
    const first = firstTextIndexAtOrAfter(parsed, n.openEnd);
    if (parsed.text.slice(first, start.index).trim() !== "") return null;
    return firstTextIndexAtOrAfter(parsed, n.end) <= limit ? n.end : null;
  }
  return null;
}

/** Source offset just after the block that starts at `start`, or null when its end cannot be told. */
function blockEnd(parsed: ParsedHtml, start: TextMatch, limit: number): number | null {
  const end = lineMatch(findEndMarker, parsed, start.end);
  if (end && end.index < limit) return parsed.textEnd[end.end - 1] as number;
  // The user deleted the end line. Where Outlook kept our outer element, it bounds the block: an
  // emptied end line (OWA's styled <p><br></p>, Word's <o:p>&nbsp;</o:p>) stays inside it, after the
  // live link, and ending at the link would leave that shell behind with the new block nested in it.
  // Without the element, the live-agenda link (Safe Links-rewritten or not) is the last thing in our
  // block before that line, so the block ends with the element holding the link. Without either the
  // block's extent is unknown: the caller inserts a fresh block and leaves the damaged text alone
  // rather than guess and eat the user's text (or the Teams block) below it.
  const outer = outerElementEnd(parsed, start, limit);
  if (outer !== null) return outer;
  for (let label = findLiveLinkLabel(parsed.text, start.end); label && label.index < limit; ) {
    const linkEnd = liveLinkEnd(parsed, label.index);
    if (linkEnd !== null) return linkEnd;
    label = findLiveLinkLabel(parsed.text, label.end);
  }
  return null;
}

/**
 * The source range to replace for a block whose visible text runs from offset a to b: the sibling
 * nodes holding the start and end lines, widened to every enclosing element that holds nothing
 * else (our own wrapper div, Outlook's elementToProof div), so that a replacement leaves neither an
 * empty shell nor a nested duplicate. Bare spacer divs right after it are Outlook's too.
 */
function rangeCovering(parsed: ParsedHtml, a: number, b: number): BodyRange {
  const { source } = parsed;
  const pathA = pathAt(parsed.root, a);
  const pathB = pathAt(parsed.root, b - 1);
  let depth = 0;
  while (pathA[depth + 1] && pathA[depth + 1] === pathB[depth + 1]) depth++;
  const common = pathA[depth] as HtmlNode;
  let parent: HtmlElement;
  let first: HtmlNode;
  let last: HtmlNode;
  if (common.kind === "element" && pathA[depth + 1] && pathB[depth + 1]) {
    parent = common;
    first = pathA[depth + 1] as HtmlNode;
    last = pathB[depth + 1] as HtmlNode;
  } else {
    parent = common.parent ?? parsed.root;
    first = last = common;
  }
  // A marker written straight into a text node shares it with whatever text is around it.
  const start = first.kind === "text" ? a : first.start;
  const end = last.kind === "text" ? b : last.end;
  const range = { start, end };
  if (!isBlank(source, first.start, start) || !isBlank(source, end, last.end)) return range;

  let lo = parent.children.indexOf(first);
  let hi = parent.children.indexOf(last);
  while (
    parent.parent &&
    !NO_EXPAND.has(parent.name) &&
    parent.children.every((c, k) => (k >= lo && k <= hi) || isFiller(c, source))
  ) {
    range.start = parent.start;
    range.end = parent.end;
    const up: HtmlElement = parent.parent;
    lo = hi = up.children.indexOf(parent);
    parent = up;
  }
  if (range.end !== (parent.children[hi] as HtmlNode).end) return range;
  for (let k = hi + 1; k < parent.children.length; k++) {
    const c = parent.children[k] as HtmlNode;
    if (c.kind === "text" && isBlank(source, c.start, c.end)) continue;
    if (c.kind !== "element" || c.name !== "div" || !isFiller(c, source)) break;
    range.end = c.end;
  }
  return range;
}

/** Where a new block goes: the start of the <body> content, else the start of the document. */
function insertOffset(root: HtmlElement): number {
  const body = findElement(root, "body");
  if (body) return body.openEnd;
  return findElement(root, "head")?.end ?? findElement(root, "html")?.openEnd ?? 0;
}

export interface HtmlAgendaLocation {
  /** Every complete agenda block, in order; damaged ones (see blockEnd) are not included. */
  blocks: BodyRange[];
  /** Where a new block goes when there is none. */
  insertAt: number;
}

export function locateAgendaHtml(body: string): HtmlAgendaLocation {
  const parsed = parseHtml(body);
  const blocks: BodyRange[] = [];
  let from = 0;
  for (let start = lineMatch(findStartMarker, parsed, from); start; start = lineMatch(findStartMarker, parsed, from)) {
    const next = lineMatch(findStartMarker, parsed, start.end);
    const end = blockEnd(parsed, start, next ? next.index : parsed.text.length);
    if (end === null) {
      from = start.end;
      continue;
    }
    const range = rangeCovering(parsed, parsed.textStart[start.index] as number, end);
    const previous = blocks[blocks.length - 1];
    if (previous && range.start < previous.end) previous.end = Math.max(previous.end, range.end);
    else blocks.push(range);
    from = Math.max(start.end, firstTextIndexAtOrAfter(parsed, range.end));
  }
  return { blocks, insertAt: insertOffset(parsed.root) };
}
