// Sentence boundaries: the coach reads one sentence at a time, and what "use suggestion" replaces
// is the whole sentence around a finding.

const ENDS = new Set(["。", "．", "！", "？", "!", "?", "\n", "\r"]);
/** A "sentence" longer than this (text without punctuation) is cut, so each costs O(1) to read. */
export const MAX_SENTENCE = 400;

/** [start, end) of the sentence containing [from, to), end excluding its terminator. Linear scan. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && from - start < MAX_SENTENCE && !ENDS.has(text[start - 1] as string) && !isEnglishStop(text, start - 1)) start -= 1;
  while (start < from && /\s/u.test(text[start] as string)) start += 1;
  let end = Math.max(to, start);
  while (end < text.length && end - to < MAX_SENTENCE && !ENDS.has(text[end] as string) && !isEnglishStop(text, end)) end += 1;
  return [start, end];
}

/** Every sentence of the text as [start, end), terminators included, each at most MAX_SENTENCE long. */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const stop = ENDS.has(text[i] as string) || isEnglishStop(text, i);
    if (stop || i + 1 - start >= MAX_SENTENCE) {
      // Runs of terminators ("?!", "。。") stay with their sentence.
      let end = i + 1;
      while (stop && end < text.length && ENDS.has(text[end] as string) && text[end] !== "\n") end += 1;
      out.push([start, end]);
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** A "." followed by a space or the end closes an English sentence ("e.g." inside a word does not). */
function isEnglishStop(text: string, i: number): boolean {
  return text[i] === "." && (i + 1 >= text.length || /\s/u.test(text[i + 1] as string));
}
