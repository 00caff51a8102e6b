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

interface Mapped {
  out: string;
  used: number;
  /** The source was katakana (short folds skip katakana words: デスク is not です). */
  kata: boolean;
}

function mapChar(c: string, next: string | undefined): Mapped {
  const code = c.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return { out: String.fromCharCode(code + 32), used: 1, kata: false };
  if (code >= 0xff01 && code <= 0xff5e && c !== "\uff5e") {
    const ascii = code - 0xfee0;
    return { out: String.fromCharCode(ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii), used: 1, kata: false };
  }
  if (code >= 0xff66 && code <= 0xff9d) {
    let base = HALF_KANA[code - 0xff66] ?? c;
    let used = 1;
    if (next === "\uff9e" && VOICED.includes(base)) {
      base = base === "ウ" ? "ヴ" : String.fromCharCode(base.charCodeAt(0) + 1);
      used = 2;
    } else if (next === "\uff9f" && SEMI_VOICED.includes(base)) {
      base = String.fromCharCode(base.charCodeAt(0) + 2);
      used = 2;
    }
    return { out: toHiragana(base), used, kata: true };
  }
  // Katakana ァ–ヶ → hiragana ぁ–ゖ (ー stays: it reads the same in both, and belongs to katakana words).
  if (code >= 0x30a1 && code <= 0x30f6 && SINGLE[c] === undefined) return { out: String.fromCharCode(code - 0x60), used: 1, kata: true };
  return { out: SINGLE[c] ?? c, used: 1, kata: c === "ー" || c === "\uff70" };
}

function toHiragana(s: string): string {
  const code = s.charCodeAt(0);
  return code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : s;
}

/** Pass 1 alone: what lexicon entries go through too, so both sides of a match read alike. */
function widen(original: string): { text: string; s: Int32Array; e: Int32Array; kata: Uint8Array } {
  const n = original.length;
  const chars: string[] = [];
  const s = new Int32Array(n);
  const e = new Int32Array(n);
  const kata = new Uint8Array(n);
  let len = 0;
  for (let i = 0; i < n; ) {
    const m = mapChar(original[i] as string, original[i + 1]);
    chars.push(m.out);
    s[len] = i;
    e[len] = i + m.used;
    kata[len] = m.kata ? 1 : 0;
    len += 1;
    i += m.used;
  }
  return { text: chars.join(""), s: s.subarray(0, len), e: e.subarray(0, len), kata: kata.subarray(0, len) };
}

/** First character → folds starting with it, longest first. */
const FOLD_INDEX: ReadonlyMap<string, readonly Fold[]> = (() => {
  const index = new Map<string, Fold[]>();
  for (const fold of [...JA_FOLDS, ...EN_FOLDS]) {
    const from = widen(fold.from).text;
    const entry = { ...fold, from };
    const list = index.get(from[0] ?? "") ?? [];
    list.push(entry);
    index.set(from[0] ?? "", list);
  }
  for (const list of index.values()) list.sort((a, b) => b.from.length - a.from.length);
  return index;
})();

/** Pass 1, then pass 2. Maps compose through both. */
export function normalizeText(original: string): NormalizedText {
  const w = widen(original);
  const text = w.text;
  const len = text.length;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const kata: number[] = [];
  for (let i = 0; i < len; ) {
    const fold = findFold(text, i, w.kata);
    if (fold) {
      const srcStart = w.s[i] as number;
      const srcEnd = w.e[i + fold.from.length - 1] as number;
      for (let j = 0; j < fold.to.length; j++) {
        starts.push(srcStart);
        ends.push(srcEnd);
        kata.push(0);
      }
      parts.push(fold.to);
      i += fold.from.length;
    } else {
      parts.push(text[i] as string);
      starts.push(w.s[i] as number);
      ends.push(w.e[i] as number);
      kata.push(w.kata[i] as number);
      i += 1;
    }
  }
  return { text: parts.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends), kata: Uint8Array.from(kata) };
}

function findFold(text: string, i: number, kata: Uint8Array): Fold | undefined {
  const candidates = FOLD_INDEX.get(text[i] as string);
  if (!candidates) return undefined;
  for (const fold of candidates) {
    if (!text.startsWith(fold.from, i)) continue;
    // Katakana spellings are words of their own (デス in デスク, ッショ in ミッション): a fold applies
    // to katakana only when it is a whole katakana run of 3 or more (ﾃﾞｼｮｳ after a kanji).
    if (kata[i] === 1 && (fold.from.length < 3 || kata[i - 1] === 1 || kata[i + fold.from.length] === 1)) continue;
    if (fold.prev && !fold.prev(text[i - 1])) continue;
    if (fold.next && !fold.next(text[i + fold.from.length])) continue;
    return fold;
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
