// Normalises text before matching, keeping a map back to the original so spans point at what the
// user typed. Japanese: full-width ASCII → half width, half-width katakana → full width (voiced
// marks joined), spelling variants of a few words (ムリ/むり → 無理), and polite endings folded into
// plain ones (でしょう → だろう, です → だ, ません → ない) in hiragana and katakana. English:
// curly quotes → straight ones. One pass, longest match first: linear in the length.

export interface NormalizedText {
  text: string;
  /** For every UTF-16 unit of `text`: where its source starts in the original. */
  starts: Int32Array;
  /** For every UTF-16 unit of `text`: where its source ends in the original. */
  ends: Int32Array;
}

// Polite → plain endings and spelling variants. Keys are hiragana or kanji; katakana spellings of
// the hiragana keys are added below, so ｿﾚﾊ…ﾃﾞｼｮｳ folds like それは…でしょう.
const FOLDS: ReadonlyArray<readonly [string, string]> = [
  ["でしょうか", "だろうか"],
  ["でしょう", "だろう"],
  ["でしょ", "だろ"],
  ["ではありません", "じゃない"],
  ["じゃありません", "じゃない"],
  ["ではない", "じゃない"],
  ["ございません", "ない"],
  ["ありません", "ない"],
  ["やりません", "やらない"],
  ["知りません", "知らない"],
  ["できません", "できない"],
  ["出来ません", "できない"],
  ["ません", "ない"],
  ["ですか", "か"],
  ["です", "だ"],
  ["出来", "でき"],
  ["むり", "無理"],
  ["ムリ", "無理"],
  ["しごと", "仕事"],
  ["シゴト", "仕事"],
  ["たんとう", "担当"],
  ["タントウ", "担当"],
  ["かんけい", "関係"],
  ["カンケイ", "関係"],
  ["ウチ", "うち"],
  ["われわれ", "我々"],
  ["ワレワレ", "我々"],
  ["我われ", "我々"],
  ["私達", "私たち"],
  ["わたしたち", "私たち"],
  ["自分達", "自分たち"],
  ["僕ら", "私たち"],
  ["僕たち", "私たち"],
];

const toKatakana = (s: string) => s.replace(/[\u3041-\u3096]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

/** First character → candidates, longest first. */
const FOLD_INDEX: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>> = (() => {
  const all = new Map<string, [string, string]>();
  for (const [from, to] of FOLDS) {
    all.set(from, [from, to]);
    // Short katakana spellings are real words too (デス in デスク): only long endings get a variant.
    const kata = toKatakana(from);
    if (from.length >= 3 && !all.has(kata)) all.set(kata, [kata, to]);
  }
  const index = new Map<string, Array<readonly [string, string]>>();
  for (const entry of all.values()) {
    const first = entry[0][0] ?? "";
    const list = index.get(first) ?? [];
    list.push(entry);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b[0].length - a[0].length);
  return index;
})();

// Half-width katakana U+FF66–U+FF9D in order, as full-width katakana.
const HALF_KANA = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
const VOICED = "カキクケコサシスセソタチツテトハヒフヘホウ";
const SEMI_VOICED = "ハヒフヘホ";

const SINGLE: Readonly<Record<string, string>> = {
  "\u3000": " ",
  "\u301c": "~",
  "\u2019": "'",
  "\u2018": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\uff70": "ー",
  "\uff61": "。",
  "\uff64": "、",
  "\u30f5": "カ",
  "\u30f6": "ケ",
};

function mapChar(c: string, next: string | undefined): { out: string; used: number } {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return { out: String.fromCharCode(code - 0xfee0), used: 1 };
  if (code >= 0xff66 && code <= 0xff9d) {
    const base = HALF_KANA[code - 0xff66] ?? c;
    if (next === "\uff9e" && VOICED.includes(base)) {
      return { out: base === "ウ" ? "ヴ" : String.fromCharCode(base.charCodeAt(0) + 1), used: 2 };
    }
    if (next === "\uff9f" && SEMI_VOICED.includes(base)) return { out: String.fromCharCode(base.charCodeAt(0) + 2), used: 2 };
    return { out: base, used: 1 };
  }
  return { out: SINGLE[c] ?? c, used: 1 };
}

/** Pass 1: width and character variants. Pass 2: word folds. Maps compose through both. */
export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  // Pass 1 never lengthens the text.
  const chars: string[] = [];
  const s1 = new Int32Array(n);
  const e1 = new Int32Array(n);
  let len = 0;
  for (let i = 0; i < n; ) {
    const { out, used } = mapChar(original[i] as string, original[i + 1]);
    chars.push(out);
    s1[len] = i;
    e1[len] = i + used;
    len += 1;
    i += used;
  }
  const widened = chars.join("");
  // Pass 2: a fold at most doubles its source (僕ら → 私たち), so 2 × len bounds the output.
  const parts: string[] = [];
  const starts = new Int32Array(len * 2);
  const ends = new Int32Array(len * 2);
  let k = 0;
  for (let i = 0; i < len; ) {
    const candidates = FOLD_INDEX.get(widened[i] as string);
    let folded = false;
    if (candidates) {
      for (const [from, to] of candidates) {
        if (!widened.startsWith(from, i)) continue;
        const srcStart = s1[i] as number;
        const srcEnd = e1[i + from.length - 1] as number;
        for (let j = 0; j < to.length; j++) {
          starts[k] = srcStart;
          ends[k] = srcEnd;
          k += 1;
        }
        parts.push(to);
        i += from.length;
        folded = true;
        break;
      }
    }
    if (!folded) {
      parts.push(widened[i] as string);
      starts[k] = s1[i] as number;
      ends[k] = e1[i] as number;
      k += 1;
      i += 1;
    }
  }
  return { text: parts.join(""), starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/** The original [start, end) of normalised [start, end). */
export function originalSpan(norm: NormalizedText, start: number, end: number, originalLength: number): [number, number] {
  if (end <= start) {
    const at = start < norm.starts.length ? (norm.starts[start] as number) : originalLength;
    return [at, at];
  }
  return [norm.starts[start] as number, norm.ends[end - 1] as number];
}
