// A fold rewrites one spelling into the one the lexicons use (できません → できない, can't → can not).
// Guards look at the single character before and after, so a fold never needs backtracking.

export type CharTest = (c: string | undefined) => boolean;

export interface Fold {
  from: string;
  to: string;
  /** The character before `from` (undefined at the start of the text) must pass. */
  prev?: CharTest;
  /** The character after `from` (undefined at the end of the text) must pass. */
  next?: CharTest;
}

const isHiragana = (c: string) => c >= "\u3041" && c <= "\u309f";
const isLetter = (c: string) => /[A-Za-z0-9\u00c0-\u024f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u.test(c);

/** Not a hiragana letter (kanji, punctuation, space, the end): a word ends here. */
export const notKana: CharTest = (c) => c === undefined || !isHiragana(c);
/** Not a letter or digit: an English word starts or ends here. */
export const notLetter: CharTest = (c) => c === undefined || !isLetter(c);
export const oneOf =
  (chars: string): CharTest =>
  (c) =>
    c !== undefined && chars.includes(c);
export const noneOf =
  (chars: string): CharTest =>
  (c) =>
    c === undefined || !chars.includes(c);
/** Either test passes. */
export const either =
  (a: CharTest, b: CharTest): CharTest =>
  (c) =>
    a(c) || b(c);
/** A kanji (or other Han character). */
export const kanji: CharTest = (c) => c !== undefined && /[\u3400-\u9fff\uf900-\ufaff々]/u.test(c);
