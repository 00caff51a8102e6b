// How deeply a JSON text nests, measured on the raw text before it is parsed. No request of this
// API nests deeper than a few levels, while a body of 20,000 "[" parses fine but overflows the
// stack of any recursive walk after it (JSON.stringify for the idempotency fingerprint, logging):
// a 500 from one small request. Refusing it at the door keeps every later step safe.

/** Deeper than any body of the contract (agenda → attendees → attendee is 3), with room to spare. */
export const MAX_JSON_DEPTH = 32;

/** True when `text` opens more than `max` arrays/objects at once (brackets inside strings do not count). */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}
