// Finds our agenda block(s) in a plain-text meeting body: whole lines from the start line to the
// end line, plus the line break after it and one blank line (the separator we insert). Lines
// quoted with ">" (an earlier mail under "Reply with meeting", "> > " when quoted twice) belong to
// someone else's text: they are never a start, an end or a live link, so they stay as they are.
import type { BodyRange } from "./find-agenda-block-html";
import { findEndMarker, findLiveLinkLabel, findStartMarker, hasLiveAgendaUrl, type TextMatch } from "./agenda-markers";

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}

function lineEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
  return i;
}

/** Offset after the line break at `at` (if there is one). */
function afterLineBreak(text: string, at: number): number {
  if (text.startsWith("\r\n", at)) return at + 2;
  return text[at] === "\n" || text[at] === "\r" ? at + 1 : at;
}

/** True when the line holding offset `at` is a quotation ("> …", "  >> …"). */
export function isQuotedLine(text: string, at: number): boolean {
  return /^[ \t]*>/.test(text.slice(lineStart(text, at), at + 1));
}

type Finder = (text: string, from: number) => TextMatch | null;

/** The first match of `find` at or after `from` that is not on a quoted line. */
function unquoted(find: Finder, text: string, from: number): TextMatch | null {
  for (let m = find(text, from); m; m = find(text, m.end)) {
    if (!isQuotedLine(text, m.index)) return m;
  }
  return null;
}

/** End of the line that closes the block starting at `from`, or null when it cannot be told. */
function closingLineEnd(text: string, from: number, limit: number): number | null {
  const end = unquoted(findEndMarker, text, from);
  if (end && end.index < limit) return lineEnd(text, end.end);
  // The user deleted the end line: the live-agenda link is our block's last line before it. Without
  // that line the extent is unknown, so the caller inserts a fresh block and leaves the damaged
  // text alone rather than eat the user's text (or the Teams block) below it.
  for (let label = unquoted(findLiveLinkLabel, text, from); label && label.index < limit; ) {
    const end = lineEnd(text, label.end);
    if (hasLiveAgendaUrl(text.slice(label.end, end))) return end;
    label = unquoted(findLiveLinkLabel, text, label.end);
  }
  return null;
}

/** Every complete agenda block in a plain-text body, in order; damaged ones are not included. */
export function findAgendaBlocksText(body: string): BodyRange[] {
  const blocks: BodyRange[] = [];
  let from = 0;
  for (let start = unquoted(findStartMarker, body, from); start; start = unquoted(findStartMarker, body, from)) {
    const next = unquoted(findStartMarker, body, start.end);
    const closing = closingLineEnd(body, start.end, next ? lineStart(body, next.index) : body.length);
    if (closing === null) {
      from = start.end;
      continue;
    }
    let end = afterLineBreak(body, closing);
    if (end > closing) end = afterLineBreak(body, end);
    blocks.push({ start: lineStart(body, start.index), end });
    from = end;
  }
  return blocks;
}
