// Finds our agenda block(s) in a plain-text meeting body: whole lines from the start line to the
// end line, plus the line break after it and one blank line (the separator we insert).
import type { BodyRange } from "./find-agenda-block-html";
import { LIVE_AGENDA_PATH, findEndMarker, findLiveLinkLabel, findStartMarker } from "./agenda-markers";

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

/** End of the line that closes the block starting at `from`, or null when it cannot be told. */
function closingLineEnd(text: string, from: number, limit: number): number | null {
  const end = findEndMarker(text, from);
  if (end && end.index < limit) return lineEnd(text, end.end);
  // The user deleted the end line: the live-agenda link is our block's last line before it. Without
  // that line the extent is unknown, so the caller inserts a fresh block and leaves the damaged
  // text alone rather than eat the user's text (or the Teams block) below it.
  for (let label = findLiveLinkLabel(text, from); label && label.index < limit; ) {
    const end = lineEnd(text, label.end);
    if (LIVE_AGENDA_PATH.test(text.slice(label.end, end))) return end;
    label = findLiveLinkLabel(text, label.end);
  }
  return null;
}

/** Every complete agenda block in a plain-text body, in order; damaged ones are not included. */
export function findAgendaBlocksText(body: string): BodyRange[] {
  const blocks: BodyRange[] = [];
  let from = 0;
  for (let start = findStartMarker(body, from); start; start = findStartMarker(body, from)) {
    const next = findStartMarker(body, start.end);
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
