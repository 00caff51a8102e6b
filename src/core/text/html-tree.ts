// A forgiving, offset-keeping HTML reader for mail bodies, written with string processing only
// (the Outlook JavaScript-only runtime has no DOMParser). It keeps the exact source offsets of every
// node so callers can replace a range and leave every other byte of the body untouched, and it
// extracts the visible text with a map back to the source, so text split by tags or written as
// character references (Word: <span lang=JA>, &#9473;, &nbsp;) can still be matched.
import { scanEntities } from "./html-entities";

export interface HtmlElement {
  kind: "element";
  /** Lower-cased tag name, e.g. "div", "o:p"; "#root" for the document itself. */
  name: string;
  /** Raw source between the tag name and the closing ">" of the open tag. */
  attrs: string;
  start: number;
  /** Offset just after the open tag's ">". */
  openEnd: number;
  /** Offset just after the close tag (or where the element was implicitly closed). */
  end: number;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

export interface HtmlLeaf {
  /** "other": comments, doctype, conditional comments, raw text of style/script, stray close tags. */
  kind: "text" | "other";
  start: number;
  end: number;
  parent: HtmlElement;
}

export type HtmlNode = HtmlElement | HtmlLeaf;

export interface ParsedHtml {
  source: string;
  root: HtmlElement;
  /** The visible text: text nodes outside head/style/script/title, references decoded. */
  text: string;
  /** For each UTF-16 unit of `text`, the source offsets it came from. */
  textStart: number[];
  textEnd: number[];
}

const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
  "track", "wbr",
]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp"]);
const INVISIBLE = new Set(["head", "script", "style", "title", "template", "xml", "noscript"]);
const TAG_NAME = /^[A-Za-z][A-Za-z0-9:_-]*/;

/** Index of the ">" closing a tag that starts at `from`, honouring quoted attribute values. */
function tagEnd(src: string, from: number): number {
  let quote = "";
  let lastSignificant = "";
  for (let i = from; i < src.length; i++) {
    const c = src[i] as string;
    if (quote) {
      if (c === quote) quote = "";
      continue;
    }
    if ((c === '"' || c === "'") && lastSignificant === "=") quote = c;
    else if (c === ">") return i;
    if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") lastSignificant = c;
  }
  return -1;
}

function isInvisible(el: HtmlElement | null): boolean {
  for (let e = el; e; e = e.parent) if (INVISIBLE.has(e.name)) return true;
  return false;
}

export function parseHtml(source: string): ParsedHtml {
  const root: HtmlElement = {
    kind: "element", name: "#root", attrs: "", start: 0, openEnd: 0, end: source.length,
    children: [], parent: null,
  };
  const parsed: ParsedHtml = { source, root, text: "", textStart: [], textEnd: [] };
  const textParts: string[] = [];
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1] as HtmlElement;
  const leaf = (kind: HtmlLeaf["kind"], start: number, end: number) => {
    if (end <= start) return;
    const parent = top();
    parent.children.push({ kind, start, end, parent });
    if (kind === "text" && !isInvisible(parent)) {
      scanEntities(source, start, end, (text, from, to, literal) => {
        textParts.push(text);
        for (let i = 0; i < text.length; i++) {
          parsed.textStart.push(literal ? from + i : from);
          parsed.textEnd.push(literal ? from + i + 1 : to);
        }
      });
    }
  };

  let textFrom = 0;
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    if (lt < 0) break;
    const next = source[lt + 1] ?? "";
    let end = -1;
    let handled = true;
    if (source.startsWith("<!--", lt)) {
      const close = source.indexOf("-->", lt + 4);
      end = close < 0 ? source.length : close + 3;
      leaf("text", textFrom, lt);
      leaf("other", lt, end);
    } else if (next === "!" || next === "?") {
      const close = source.indexOf(">", lt);
      end = close < 0 ? source.length : close + 1;
      leaf("text", textFrom, lt);
      leaf("other", lt, end);
    } else if (next === "/") {
      const name = TAG_NAME.exec(source.slice(lt + 2, lt + 66))?.[0].toLowerCase();
      const close = name ? source.indexOf(">", lt) : -1;
      if (!name || close < 0) handled = false;
      else {
        end = close + 1;
        leaf("text", textFrom, lt);
        let at = stack.length - 1;
        while (at > 0 && (stack[at] as HtmlElement).name !== name) at--;
        if (at > 0) {
          // Elements left open inside it end where their ancestor's close tag starts.
          while (stack.length - 1 > at) (stack.pop() as HtmlElement).end = lt;
          (stack.pop() as HtmlElement).end = end;
        } else leaf("other", lt, end);
      }
    } else {
      const name = TAG_NAME.exec(source.slice(lt + 1, lt + 65))?.[0];
      const close = name ? tagEnd(source, lt + 1 + name.length) : -1;
      if (!name || close < 0) handled = false;
      else {
        end = close + 1;
        leaf("text", textFrom, lt);
        const lower = name.toLowerCase();
        const rawAttrs = source.slice(lt + 1 + name.length, close);
        const selfClosing = rawAttrs.trimEnd().endsWith("/");
        const el: HtmlElement = {
          kind: "element", name: lower, attrs: selfClosing ? rawAttrs.trimEnd().slice(0, -1) : rawAttrs,
          start: lt, openEnd: end, end, children: [], parent: top(),
        };
        top().children.push(el);
        if (RAW_TEXT.has(lower)) {
          // A regex, not toLowerCase(): lower-casing can change the length and shift offsets.
          const closeTag = new RegExp(`</${lower}`, "gi");
          closeTag.lastIndex = end;
          const closeAt = closeTag.exec(source)?.index ?? -1;
          const rawEnd = closeAt < 0 ? source.length : closeAt;
          el.children.push({ kind: "other", start: end, end: rawEnd, parent: el });
          const closeGt = closeAt < 0 ? -1 : source.indexOf(">", closeAt);
          end = closeGt < 0 ? source.length : closeGt + 1;
          el.end = end;
        } else if (!VOID.has(lower) && !selfClosing) stack.push(el);
      }
    }
    if (handled) {
      i = end;
      textFrom = end;
    } else i = lt + 1; // a "<" that opens no tag is text
  }
  leaf("text", textFrom, source.length);
  while (stack.length > 1) (stack.pop() as HtmlElement).end = source.length;
  parsed.text = textParts.join("");
  return parsed;
}

/** Nodes from the root down to the deepest node whose source range contains `offset`. */
export function pathAt(root: HtmlElement, offset: number): HtmlNode[] {
  const path: HtmlNode[] = [root];
  let node: HtmlNode = root;
  while (node.kind === "element") {
    const child: HtmlNode | undefined = node.children.find((c) => c.start <= offset && offset < c.end);
    if (!child) break;
    path.push(child);
    node = child;
  }
  return path;
}

/** The first index of `text` whose source offset is at or after `offset`. */
export function firstTextIndexAtOrAfter(parsed: ParsedHtml, offset: number): number {
  let lo = 0;
  let hi = parsed.textStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((parsed.textStart[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first element named `name` below `node`, depth first. */
export function findElement(node: HtmlElement, name: string): HtmlElement | null {
  for (const c of node.children) {
    if (c.kind !== "element") continue;
    if (c.name === name) return c;
    const inner = findElement(c, name);
    if (inner) return inner;
  }
  return null;
}
