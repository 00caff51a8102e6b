// Builds rule patterns. Japanese patterns are written in hiragana and made kana-insensitive here
// (の also matches ノ), so a rule file reads like the sentences it catches.

const GAP_CLASS = "[^。.!?\\n]";

/** Up to `n` characters within one sentence. */
export const gap = (n: number) => `${GAP_CLASS}{0,${n}}?`;

const kata = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0x60);
const isHiragana = (c: string) => c >= "\u3041" && c <= "\u3096";

/** Each hiragana letter of a regex source also matches its katakana twin. */
export function kanaInsensitive(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i += 1;
    } else if (c === "[" && !inClass) {
      inClass = true;
      out += c;
    } else if (c === "]" && inClass) {
      inClass = false;
      out += c;
    } else if (isHiragana(c)) {
      out += inClass ? c + kata(c) : `[${c}${kata(c)}]`;
    } else {
      out += c;
    }
  }
  return out;
}

/** A Japanese pattern: kana-insensitive, Unicode, with match indices (for the `dept` group). */
export const ja = (source: string) => new RegExp(kanaInsensitive(source), "gdu");

/** An English pattern: case-insensitive, Unicode, with match indices. */
export const en = (source: string) => new RegExp(source, "gdiu");

// ── Shared Japanese fragments ──────────────────────────────────────────────────────────────────
/** A department-like name ending in a unit word (営業部, 情報システム部, サポートチーム). */
const UNIT_NAME = "[\\p{sc=Han}\\p{sc=Katakana}ー・A-Za-z0-9]{1,12}(?:部門|本部|部署|部|課|室|チーム|グループ|センター|側)";
/** Departments people name without a unit word. */
const BARE_NAMES =
  "営業|企画|開発|情シス|経理|法務|人事|総務|財務|広報|マーケティング|マーケ|サポート|製造|品証|経営企画|カスタマーサクセス|CS|IT|現場|本社|先方|向こう|あちら|あっち|彼ら|他部署|別の部署";
export const JA_DEPT = `(?<dept>${UNIT_NAME}|${BARE_NAMES}|\\p{sc=Han}{1,4}さん)`;
/** "we / our side" as speakers say it. */
export const JA_WE = "(?:うち|私たち|我々|こちら|当部|弊部|当課|弊社|私|僕|自分たち|自分)";
/** An optional unit after "we": うちの部, 我々のチーム. */
export const JA_WE_UNIT = "(?:の部署|の部|のチーム|の課)?";
/** Nouns of role and turf. */
export const JA_ROLE_NOUN = "(?:仕事|担当|役割|責任|管轄|問題|領分|役目|持ち場|範疇|守備範囲|所管|範囲|業務)";

// ── Shared English fragments ───────────────────────────────────────────────────────────────────
export const EN_WORD = "[\\p{L}\\p{N}&-]{1,30}";
export const EN_POSSESSIVE = "(?:'s|s'|')";
export const EN_ROLE_NOUN =
  "(?:job|problem|responsibility|call|remit|area|domain|headache|business|department|territory|turf|issue|concern|mess|role|scope|wheelhouse)";
/** Pronouns and collective subjects: "we should handle this" is ownership, not deflection. */
export const EN_NOT_OTHERS = "(?!(?:we|i|you|us|me|everyone|everybody|all|our|my|each|someone)\\b)";
