// Normalises text before the coach reads it, keeping a map back to the original so spans point at
// what the user typed. Pass 1, one character at a time: full-width ASCII → half width, half-width
// katakana → full width (voiced marks joined), katakana → hiragana, A–Z → a–z, curly quotes →
// straight ones. Pass 2: the folds of lexicon/folds-*.ts (polite, honorific and dialect endings →
// plain ones, spelling variants, English contractions), longest match first, each guarded by the
// characters around it. Both passes are linear in the length of the text.
import { EN_FOLDS } from "./lexicon/folds-en";
import { JA_FOLDS } from "./lexicon/folds-ja";
import type { Fold } from "./lexicon/fold";

export interface NormalizedText {
  text: string;
  /** For every UTF-16 unit of `text`: where its source starts in the original. */
  starts: Int32Array;
  /** For every UTF-16 unit of `text`: where its source ends in the original. */
  ends: Int32Array;
  /** For every UTF-16 unit of `text`: 1 when it was katakana (ミッション reads みっしょん but is one word). */
  kata: Uint8Array;
}

// Half-width katakana U+FF66–U+FF9D in order, as full-width katakana.
const HALF_KANA = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
const VOICED = "カキクケコサシスセソタチツテトハヒフヘホウ";
const SEMI_VOICED = "ハヒフヘホ";

const SINGLE: Readonly<Record<string, string>> = {
  "\u3000": " ",
  "\u00a0": " ",
  "\u301c": "~",
  "\uff5e": "~",
  "\u2019": "'",
  "\u2018": "'",
  "\u02bc": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\uff70": "ー",
  "\uff61": "。",
  "\uff64": "、",
  "\u30f5": "か",
  "\u30f6": "け",
  "\u30f4": "ゔ",
  "\u2014": "—",
  "\u2015": "—",
};

// mapChar's result, in module state rather than an object per character (it runs on every one).
let mappedOut = "";
let mappedUsed = 1;
let mappedKata = false;
let mappedUpper = false;

function mapChar(c: string, next: string | undefined): void {
  const code = c.charCodeAt(0);
  mappedUsed = 1;
  mappedKata = false;
  mappedUpper = code >= 0x41 && code <= 0x5a;
  if (code < 0x80) {
    mappedOut = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c;
    return;
  }
  if (code >= 0x3041 && code <= 0x309f) {
    mappedOut = c;
    return;
  }
  if (code >= 0xff01 && code <= 0xff5e && c !== "\uff5e") {
    const ascii = code - 0xfee0;
    mappedOut = String.fromCharCode(ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii);
    return;
  }
  if (code >= 0xff66 && code <= 0xff9d) {
    let base = HALF_KANA[code - 0xff66] ?? c;
    if (next === "\uff9e" && VOICED.includes(base)) {
      base = base === "ウ" ? "ヴ" : String.fromCharCode(base.charCodeAt(0) + 1);
      mappedUsed = 2;
    } else if (next === "\uff9f" && SEMI_VOICED.includes(base)) {
      base = String.fromCharCode(base.charCodeAt(0) + 2);
      mappedUsed = 2;
    }
    mappedOut = toHiragana(base);
    mappedKata = true;
    return;
  }
  // Katakana ァ–ヶ → hiragana ぁ–ゖ (ー stays: it reads the same in both, and belongs to katakana words).
  if (code >= 0x30a1 && code <= 0x30f6 && SINGLE[c] === undefined) {
    mappedOut = String.fromCharCode(code - 0x60);
    mappedKata = true;
    return;
  }
  mappedOut = SINGLE[c] ?? c;
  mappedKata = c === "ー" || c === "\uff70";
}

function toHiragana(s: string): string {
  const code = s.charCodeAt(0);
  return code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : s;
}

/** Pass 1 alone: what lexicon entries go through too, so both sides of a match read alike. */
function widen(original: string): { text: string; s: Int32Array; e: Int32Array; kata: Uint8Array; upper: Uint8Array } {
  const n = original.length;
  const parts: string[] = [];
  const s = new Int32Array(n);
  const e = new Int32Array(n);
  const kata = new Uint8Array(n);
  const upper = new Uint8Array(n);
  let len = 0;
  // Characters that stay as they are go out in runs, sliced from the original (no string per character).
  let run = 0;
  for (let i = 0; i < n; ) {
    const c = original[i] as string;
    mapChar(c, original[i + 1]);
    if (mappedUsed !== 1 || mappedOut !== c) {
      if (run < i) parts.push(original.slice(run, i));
      parts.push(mappedOut);
      run = i + mappedUsed;
    }
    s[len] = i;
    e[len] = i + mappedUsed;
    kata[len] = mappedKata ? 1 : 0;
    upper[len] = mappedUpper ? 1 : 0;
    len += 1;
    i += mappedUsed;
  }
  if (run < n) parts.push(original.slice(run));
  const text = parts.join("");
  const kataOut = kata.subarray(0, len);
  kanaSentences(text, kataOut);
  return { text, s: s.subarray(0, len), e: e.subarray(0, len), kata: kataOut, upper: upper.subarray(0, len) };
}

/**
 * A sentence typed all in katakana (ｿﾚﾊｳﾁﾉｼｺﾞﾄｼﾞｬﾅｲﾃﾞｽ, from an old terminal or for emphasis) is
 * kana text, not one long word: a katakana run of 8 or more that carries a topic or object particle
 * and ends like a sentence loses its katakana marks, so particles and endings are read in it.
 */
const KANA_SENTENCE_END = /(?:です|ます|ない|だ|でしょう|だろ)$/u;
function kanaSentences(text: string, kata: Uint8Array): void {
  for (let i = 0; i < text.length; ) {
    if (kata[i] !== 1) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < text.length && kata[j] === 1) j += 1;
    const run = text.slice(i, j);
    if (j - i >= 8 && /[はをが]/u.test(run) && KANA_SENTENCE_END.test(run)) kata.fill(0, i, j);
    i = j;
  }
}

interface FoldNode {
  next: Map<string, FoldNode>;
  /** Folds whose `from` ends here (same spelling, different guards). */
  folds?: Fold[];
}

/** Every fold's `from` (after pass 1) in a trie: a position walks it once, longest match first. */
const FOLDS: { root: FoldNode } = (() => {
  const root: FoldNode = { next: new Map() };
  for (const fold of [...JA_FOLDS, ...EN_FOLDS]) {
    const from = widen(fold.from).text;
    let node = root;
    for (const c of from) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    (node.folds ??= []).push({ ...fold, from });
  }
  return { root };
})();

/** Pass 1, then pass 2. Maps compose through both. */
export function normalizeText(original: string): NormalizedText {
  const w = widen(original);
  const text = w.text;
  const len = text.length;
  const parts: string[] = [];
  // Folds rarely lengthen the text: room for a little growth, and more only if it comes.
  let cap = len + 64;
  let starts: Int32Array = new Int32Array(cap);
  let ends: Int32Array = new Int32Array(cap);
  let kata: Uint8Array = new Uint8Array(cap);
  let k = 0;
  let run = 0;
  for (let i = 0; i < len; ) {
    const fold = findFold(text, i, w.kata, w.upper);
    if (!fold) {
      starts[k] = w.s[i] as number;
      ends[k] = w.e[i] as number;
      kata[k] = w.kata[i] as number;
      k += 1;
      i += 1;
      continue;
    }
    if (k + fold.to.length > cap - (len - i)) {
      cap = cap * 2 + fold.to.length;
      starts = grow(starts, cap);
      ends = grow(ends, cap);
      const kataGrown = new Uint8Array(cap);
      kataGrown.set(kata);
      kata = kataGrown;
    }
    if (run < i) parts.push(text.slice(run, i));
    const srcStart = w.s[i] as number;
    const srcEnd = w.e[i + fold.from.length - 1] as number;
    for (let j = 0; j < fold.to.length; j++) {
      starts[k] = srcStart;
      ends[k] = srcEnd;
      k += 1;
    }
    parts.push(fold.to);
    i += fold.from.length;
    run = i;
  }
  if (run < len) parts.push(text.slice(run));
  return { text: parts.join(""), starts: starts.subarray(0, k), ends: ends.subarray(0, k), kata: kata.subarray(0, k) };
}

function grow(a: Int32Array, cap: number): Int32Array {
  const out = new Int32Array(cap);
  out.set(a);
  return out;
}

/** The longest fold at `i` whose guards hold. */
function findFold(text: string, i: number, kata: Uint8Array, upper: Uint8Array): Fold | undefined {
  let node: FoldNode | undefined = FOLDS.root;
  const found: Fold[][] = [];
  for (let j = i; j < text.length && node; j++) {
    node = node.next.get(text[j] as string);
    if (node?.folds) found.push(node.folds);
  }
  for (let f = found.length - 1; f >= 0; f--) {
    for (const fold of found[f] as Fold[]) {
      // Katakana spellings are words of their own (デス in デスク, ッショ in ミッション): a fold applies
      // to katakana only when it is a whole katakana run of 3 or more (ﾃﾞｼｮｳ after a kanji).
      if (kata[i] === 1 && (fold.from.length < 3 || kata[i - 1] === 1 || kata[i + fold.from.length] === 1)) continue;
      // An acronym is a name, not a word to spell out: "IT's remit" is IT's, not "it is".
      if (upper[i] === 1 && upper[i + 1] === 1) continue;
      if (fold.prev && !fold.prev(text[i - 1])) continue;
      if (fold.next && !fold.next(text[i + fold.from.length])) continue;
      return fold;
    }
  }
  return undefined;
}

/** A lexicon entry as the coach reads it (pass 1 and the folds), for building lexicons. */
export function normalizeEntry(entry: string): string {
  return normalizeText(entry).text;
}

/** The original [start, end) of normalised [start, end). */
export function originalSpan(norm: NormalizedText, start: number, end: number, originalLength: number): [number, number] {
  if (end <= start) {
    const at = start < norm.starts.length ? (norm.starts[start] as number) : originalLength;
    return [at, at];
  }
  return [norm.starts[start] as number, norm.ends[end - 1] as number];
}
