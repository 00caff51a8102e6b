// Sentence boundaries: what "use suggestion" replaces is the whole sentence around a finding.

const ENDS = new Set(["。", "．", "！", "？", "!", "?", "\n", "\r"]);
/** A "sentence" longer than this (text without punctuation) is cut, so each finding costs O(1). */
const MAX_REACH = 400;

/** [start, end) of the sentence containing [from, to), end excluding its terminator. Linear scan. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && from - start < MAX_REACH && !ENDS.has(text[start - 1] as string) && !isEnglishStop(text, start - 1)) start -= 1;
  while (start < from && /\s/u.test(text[start] as string)) start += 1;
  let end = Math.max(to, start);
  while (end < text.length && end - to < MAX_REACH && !ENDS.has(text[end] as string) && !isEnglishStop(text, end)) end += 1;
  return [start, end];
}

/** A "." followed by a space or the end closes an English sentence ("e.g." inside a word does not). */
function isEnglishStop(text: string, i: number): boolean {
  return text[i] === "." && (i + 1 >= text.length || /\s/u.test(text[i + 1] as string));
}
