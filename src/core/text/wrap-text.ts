// Line wrapping for plain-text mail bodies. Widths count code points (a kanji is one), the unit
// Outlook and most mail clients wrap by; Japanese has no spaces, so long runs break anywhere.

const URL_START = /^https?:\/\//i;

function splitLongToken(token: string[], width: number): string[] {
  if (URL_START.test(token.slice(0, 8).join(""))) return [token.join("")]; // a broken URL stops working
  const lines: string[] = [];
  for (let i = 0; i < token.length; i += width) lines.push(token.slice(i, i + width).join(""));
  return lines;
}

/**
 * Wraps one paragraph (no line breaks) to lines of at most `width` code points, breaking at spaces
 * where possible. URLs are never broken, so a line holding one may be longer.
 */
function wrapParagraph(paragraph: string, width: number): string[] {
  const words = paragraph.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line: string[] = [];
  for (const word of words) {
    const chars = Array.from(word);
    const needed = line.length === 0 ? chars.length : line.length + 1 + chars.length;
    if (needed <= width) {
      if (line.length > 0) line.push(" ");
      line.push(...chars);
      continue;
    }
    if (line.length > 0) lines.push(line.join(""));
    line = [];
    if (chars.length <= width) {
      line = chars;
      continue;
    }
    const pieces = splitLongToken(chars, width);
    const tail = pieces.pop() ?? "";
    lines.push(...pieces);
    line = Array.from(tail);
    if (line.length > width) {
      lines.push(tail);
      line = [];
    }
  }
  if (line.length > 0) lines.push(line.join(""));
  return lines.length > 0 ? lines : [""];
}

/** Wraps text to lines of at most `width` code points, keeping its own line breaks. */
export function wrapText(text: string, width: number): string[] {
  if (width < 1) throw new RangeError("width must be at least 1");
  return text.split(/\r\n|\r|\n/).flatMap((p) => wrapParagraph(p, width));
}
