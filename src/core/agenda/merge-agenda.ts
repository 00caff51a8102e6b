// Puts the agenda block into a meeting body: replaces the block inserted before (wherever Outlook
// moved or rewrote it) or inserts a new one at the top, and keeps every other byte of the body —
// above all the Teams join block — exactly as it was.
import { locateAgendaHtml, type BodyRange } from "./find-agenda-block-html";
import { findAgendaBlocksText } from "./find-agenda-block-text";

export type BodyFormat = "html" | "text";

/** The most characters Outlook accepts in an item body (body.setAsync). */
export const OUTLOOK_BODY_LIMIT = 1_000_000;

export class BodyTooLargeError extends Error {
  readonly length: number;
  readonly limit: number;

  constructor(length: number, limit: number = OUTLOOK_BODY_LIMIT) {
    super(`The meeting body would be ${length} characters; Outlook accepts at most ${limit}.`);
    this.name = "BodyTooLargeError";
    this.length = length;
    this.limit = limit;
  }
}

export interface MergeResult {
  body: string;
  /** True when an earlier agenda block was replaced, false when a new one was inserted. */
  replaced: boolean;
}

interface Location {
  blocks: BodyRange[];
  insertAt: number;
}

function locate(body: string, format: BodyFormat): Location {
  return format === "html" ? locateAgendaHtml(body) : { blocks: findAgendaBlocksText(body), insertAt: 0 };
}

/** Every complete agenda block in the body, in order. There should be one; copies can happen. */
export function findAgendaBlocks(body: string, format: BodyFormat): BodyRange[] {
  return locate(body, format).blocks;
}

/** The range of the (first) agenda block in the body, or null when there is none. */
export function findAgendaBlock(body: string, format: BodyFormat): BodyRange | null {
  return findAgendaBlocks(body, format)[0] ?? null;
}

export function hasAgendaBlock(body: string, format: BodyFormat): boolean {
  return findAgendaBlock(body, format) !== null;
}

/** A text block ends with a blank line, in the body's own line-break style. */
function textBlock(body: string, agendaBlock: string): string {
  const nl = body.includes("\r\n") ? "\r\n" : "\n";
  const lines = agendaBlock.replace(/(?:\r\n|\r|\n)+$/, "").split(/\r\n|\r|\n/);
  return lines.join(nl) + nl + nl;
}

/**
 * Inserts `agendaBlock` (from renderAgendaHtml / renderAgendaText) or replaces the block already in
 * the body. If several blocks exist (a copy pasted by hand), the first is replaced and the others
 * removed. A block whose end cannot be found is left as it is, and a fresh block is inserted.
 * @throws BodyTooLargeError when the result would exceed Outlook's body limit.
 */
export function mergeAgendaIntoBody(body: string, agendaBlock: string, format: BodyFormat): MergeResult {
  const { blocks, insertAt } = locate(body, format);
  const block = format === "text" ? textBlock(body, agendaBlock) : agendaBlock;
  let merged: string;
  const [first] = blocks;
  if (!first) merged = body.slice(0, insertAt) + block + body.slice(insertAt);
  else {
    const parts = [body.slice(0, first.start), block];
    blocks.forEach((b, i) => parts.push(body.slice(b.end, blocks[i + 1]?.start ?? body.length)));
    merged = parts.join("");
  }
  if (merged.length > OUTLOOK_BODY_LIMIT) throw new BodyTooLargeError(merged.length);
  return { body: merged, replaced: first !== undefined };
}
