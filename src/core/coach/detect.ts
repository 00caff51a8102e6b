// The detector: tag the normalised text once, then read it sentence by sentence. In each sentence
// the first structure that holds (structures/*-structures.ts, most specific first) is a candidate;
// it becomes a detection unless the sentence also offers something of our own (cooperative.ts).
import type { Lang } from "../api/primitives";
import type { AnalyzeStats, CoachKind } from "./coach-types";
import type { Tag, TagCat } from "./lexicon/lexicon-types";
import { EN_SOURCE, JA_SOURCE } from "./lexicon/lexicons";
import type { NormalizedText } from "./normalize-text";
import { attributed } from "./minutes-line";
import { splitSentences } from "./sentence-bounds";
import { COOPERATIVE } from "./structures/cooperative";
import { EN_STRUCTURES } from "./structures/en-structures";
import { JA_STRUCTURES } from "./structures/ja-structures";
import { type Sentence, matchStructure } from "./structures/match-structure";
import { type CatMask, catMask, intersects } from "./structures/cat-mask";
import { reasonKind } from "./structures/reason-kind";
import type { Structure } from "./structures/structure-types";
import { type Tagger, buildTagger, departmentTagger, tagText } from "./tagger";

export const STRUCTURES: Readonly<Record<Lang, readonly Structure[]>> = { ja: JA_STRUCTURES, en: EN_STRUCTURES };

let mainTagger: Tagger | undefined;
/** The lexicons' trie, built on first use (a few milliseconds) and shared by every analysis. */
export function coachTagger(): Tagger {
  mainTagger ??= buildTagger([JA_SOURCE, EN_SOURCE]);
  return mainTagger;
}

export interface Detection {
  kind: CoachKind;
  structureId: string;
  /** Language of the sentence: its structures and its rewording. */
  lang: Lang;
  /** The tags the structure took, in the normalised text. */
  tags: Tag[];
  sentence: Sentence;
}

/** Predicates a report turns into someone else's words: 「無理だと連絡がありました」. */
const REPORTABLE: readonly TagCat[] = ["refuse", "busy", "lack", "scopeOut", "unrelated", "inexperienced", "few"];
const REPORT_REACH = 8;
/** A refusal this close to the end of a question asks rather than refuses: 「対応できないでしょうか」. */
const QUESTION_REACH = 8;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u;

export interface DetectOptions {
  /** The tenant's and the meeting's department names. */
  departments?: readonly string[] | undefined;
  stats?: AnalyzeStats | undefined;
  /** Structures to run instead of STRUCTURES (a test runs one alone). */
  structures?: Readonly<Record<Lang, readonly Structure[]>>;
}

export function detect(norm: NormalizedText, original: string, options: DetectOptions = {}): Detection[] {
  const { departments, stats } = options;
  const structures = options.structures ?? STRUCTURES;
  const taggers = [coachTagger()];
  const tenant = departmentTagger(departments);
  if (tenant) taggers.push(tenant);
  const tagStats = { steps: 0 };
  const tags = tagText(norm, original, taggers, tagStats);
  if (stats) {
    stats.charsScanned += norm.text.length;
    stats.trieSteps += tagStats.steps;
  }
  const sentences: Sentence[] = [];
  const langs: Lang[] = [];
  let t = 0;
  const bounds: Array<[number, number]> = [];
  for (const [s, e] of splitSentences(norm.text)) bounds.push(...splitScripts(norm.text, s, e));
  for (const [start, end] of bounds) {
    const own: Tag[] = [];
    while (t < tags.length && (tags[t] as Tag).start < end) {
      const tag = tags[t] as Tag;
      if (tag.start >= start) own.push(tag);
      t += 1;
    }
    const text = norm.text.slice(start, end);
    const lang: Lang = JAPANESE.test(text) ? "ja" : "en";
    if (own.length === 0 && lang === "en") {
      // Nothing the coach knows: nothing to read (Japanese still gets its clause endings read).
      sentences.push({ text: norm.text, start, end, tags: own, question: false });
      langs.push(lang);
      continue;
    }
    const sentence: Sentence = { text: norm.text, start, end, tags: own, question: isQuestion(text), kata: norm.kata };
    if (lang === "ja") sentence.tags = withClauseEndPredicates(sentence);
    sentence.tags = neutralise(sentence, lang);
    if (stats) stats.tagsMatched += sentence.tags.length;
    sentences.push(sentence);
    langs.push(lang);
  }
  // Each sentence alone first; then a sentence with the one before it, for a reason given in one
  // sentence and the refusal in the next (「うちの使命は品質です。だから、値引きには関われません。」).
  const found: Array<Detection | undefined> = sentences.map((s, i) => detectIn(s, langs[i] as Lang, structures));
  for (let i = 1; i < sentences.length; i++) {
    if (found[i] || found[i - 1]) continue;
    const prev = sentences[i - 1] as Sentence;
    const cur = sentences[i] as Sentence;
    if (prev.tags.length === 0 || cur.tags.length === 0 || langs[i] !== langs[i - 1]) continue;
    const pair: Sentence = { text: norm.text, start: prev.start, end: cur.end, tags: [...prev.tags, ...cur.tags], question: cur.question };
    const d = detectIn(pair, langs[i] as Lang, structures);
    const last = d?.tags[d.tags.length - 1];
    // The pair holds when this sentence carries the refusal itself, not a mere 「…から。」.
    if (d && last && last.start >= cur.start && (d.tags[0] as Tag).start < cur.start && !PAIR_ENDS_NOT.includes(last.cat)) found[i] = { ...d, sentence: cur };
  }
  // A limitation followed by an offer in the next sentence is a plan (「今は人が足りない。代わりに外部を紹介します。」).
  const detections: Detection[] = [];
  found.forEach((d, i) => {
    const next = sentences[i + 1];
    const plan = d && next && !found[i + 1] && langs[i + 1] === d.lang && continues(next, d.kind, d.lang) && cooperative(next, []);
    if (d && !plan) detections.push(d);
  });
  return detections;
}

/** Conditions that only say "until": an offer beside them works meanwhile, it does not wait. */
const UNTIL: readonly string[] = ["until", "till", "pending", "までは", "まで", "までの間"];
const PAIR_ENDS_NOT: readonly TagCat[] = ["cause", "copula", "other", "we", "question", "only"];

function detectIn(sentence: Sentence, lang: Lang, structures: Readonly<Record<Lang, readonly Structure[]>>): Detection | undefined {
  if (sentence.tags.length === 0) return undefined;
  const match = firstStructure(sentence, structures[lang]);
  // A conditional refusal often wears an offer ("happy to, once the budget is approved"): the offer is
  // the condition's, so it does not make the sentence cooperative.
  const gated = match?.tags.some((t) => t.cat === "condGate" || t.cat === "condWhole");
  if (!match) return undefined;
  // Except a wait that is no refusal: "until the backfill arrives, we'll keep moving on what we can".
  const waitsOnly = gated && match.tags.some((t) => (t.cat === "cond" || t.cat === "condIf") && UNTIL.includes(sentence.text.slice(t.start, t.end)));
  // A wait beside an offer works meanwhile: the offer counts even inside the match ("Pending formal
  // assignment, we will begin preparatory work").
  if (waitsOnly && cooperative(sentence, [])) return undefined;
  return (gated && !waitsOnly) || !cooperative(sentence, match.tags) ? { ...match, lang, sentence } : undefined;
}

function firstStructure(s: Sentence, structures: readonly Structure[]): { kind: CoachKind; structureId: string; tags: Tag[] } | undefined {
  // Only structures whose first step has a tag to start from (most sentences hold few categories):
  // categories as bits in 32-bit words, as many words as there are categories.
  const present = catMask(s.tags.map((t) => t.cat));
  for (const structure of structures) {
    if (!intersects(firstMask(structure), present)) continue;
    const tags = matchStructure(structure, s);
    if (tags) return { kind: structure.kind === "reason" ? reasonKind(s.tags) : structure.kind, structureId: structure.id, tags };
  }
  return undefined;
}

const FIRST_MASKS = new WeakMap<Structure, CatMask>();
/** The categories a structure's first step starts from, as bits ("party" also starts from a name). */
function firstMask(structure: Structure): CatMask {
  let mask = FIRST_MASKS.get(structure);
  if (!mask) {
    const first = structure.steps[0];
    const cats: TagCat[] = first ? (typeof first.cat === "string" ? [first.cat] : [...first.cat]) : [];
    if (first?.party) cats.push("we", "other");
    mask = catMask(cats);
    FIRST_MASKS.set(structure, mask);
  }
  return mask;
}

/** What may not directly precede a polite ending for it to be an offer: 「遠慮します」「回します」 commit to nothing. */
const NOT_BEFORE_OFFER: readonly TagCat[] = [
  "refuse", "neg", "push", "dont", "should", "withhold", "lack", "busy", "report", "copula", "stall", "blameAct", "pushAway", "ruleBar",
  "rulesOut", "unrelated", "scopeOut", "inexperienced", "innocent", "blameCause", "question", "prohibit",
];
/** What may not follow an offer in its clause: 「対応は…できません」 takes the offer back. */
const TAKES_BACK: readonly TagCat[] = ["refuse", "neg", "lack", "withhold", "busy", "dont"];
const TAKE_BACK_REACH = 4;
/** English negations that take back the offer right after them ("no one can be spared"). */
const NEGATES: readonly TagCat[] = ["neg", "dont", "lack"];
const NEGATED_REACH = 10;

/** The sentence offers something of our own outside the words of the finding. */
function cooperative(s: Sentence, found: readonly Tag[]): boolean {
  const from = found.length > 0 ? (found[0] as Tag).start : -1;
  const to = found.length > 0 ? (found[found.length - 1] as Tag).end : -1;
  const outside = s.tags.filter((t, i) => {
    if (t.end > from && t.start < to) return false;
    if (t.cat !== "offer" && t.cat !== "modal") return true;
    const prev = s.tags[i - 1];
    if (prev && t.start - prev.end <= 1 && NOT_BEFORE_OFFER.includes(prev.cat)) return false;
    // "nobody can be freed up", "never will": a negation just before an English offer takes it back.
    if (prev && t.start - prev.end <= NEGATED_REACH && NEGATES.includes(prev.cat) && !JAPANESE.test(s.text.slice(prev.start, t.end))) return false;
    // "not something we can take on", "not much we can do": a negation just before "we" takes its modal back.
    const before = s.tags[i - 2];
    if (t.cat === "modal" && prev?.cat === "we" && before && prev.start - before.end <= 6 && NEGATES.includes(before.cat) && !JAPANESE.test(s.text.slice(before.start, t.end))) return false;
    const next = s.tags[i + 1];
    // 「出せるお金はない」: a negation within a few characters after takes the offer back.
    for (let k = i + 1; k < s.tags.length && (s.tags[k] as Tag).start - t.end <= TAKE_BACK_REACH; k++) {
      if (TAKES_BACK.includes((s.tags[k] as Tag).cat)) return false;
    }
    // "…but Sales will handle it" hands the work over; "…but Sales will set up the interviews" offers it.
    if (t.cat === "modal" && prev?.cat === "other" && next?.cat === "ownVerb" && next.start - t.end <= TAKE_BACK_REACH) return false;
    // 「割ける時間」「出せる人」: a potential form before a noun describes, it does not offer.
    return !KANJI.test(s.text[t.end] ?? "") && s.kata?.[t.end] !== 1;
  });
  // 「検証に回します」 gives people to the work; 「営業部に回します」 hands the work over: a polite push with no
  // party before it is an offer.
  const rest: Sentence = {
    ...s,
    tags: outside.map((t, i) => {
      const prev = outside[i - 1];
      const handsOver = prev?.cat === "other" && t.start - prev.end <= 4;
      const allocates = s.text.slice(t.end - 2, t.end) === "ます" && !s.text.slice(t.start, t.end).includes("願");
      return t.cat === "push" && allocates && !handsOver ? { ...t, cat: "offer" } : t;
    }),
  };
  // An offer before the refusal is taken back by it (「手伝いたいのは山々ですが、担当外なのでできません」).
  return COOPERATIVE.some((steps) => {
    const chain = matchStructure({ id: "cooperative", kind: "scope", steps }, rest);
    if (chain === undefined) return false;
    // An offer after the finding stands; so does one that a contrast opens before it ("Sales' account,
    // but I'll send the first reply so the customer isn't waiting").
    return (chain[chain.length - 1] as Tag).start >= from || openedByContrast(rest, chain[0] as Tag);
  });
}

function openedByContrast(s: Sentence, first: Tag): boolean {
  const i = s.tags.indexOf(first);
  const prev = s.tags[i - 1];
  return prev !== undefined && prev.cat === "contrast" && first.start - prev.end <= 2 && first.cat !== "contrast";
}

/**
 * Japanese clause endings the lexicons cannot list verb by verb. A plain verb commits to it (「来週
 * までに案を出す」「うちも入るわ」): an offer tag is added there; verbs of state and thought (ある, なる,
 * 思う, 困る…) are not commitments. A potential negative limits (「その申請は通せない」「書けない」): a
 * refusal tag is added there, except for the ones that praise or state (欠かせない, 避けられない).
 */
const CLAUSE_END_VERB = /(?:[\u3400-\u9fff\uf900-\ufaff々ぁ-ゖー](?:する|[るすくうつむぶぐ]))(?:わ|よ|で|ね|ぞ|ぜ|から)?(?=[。.!?、,\s]|$)/gu;
const KANJI = /[\u3400-\u9fff\uf900-\ufaff々]/u;
const NOT_COMMITMENTS =
  /(?:ある|いる|なる|思う|わかる|かかる|困る|違う|言う|決まる|限る|見える|足りる|要る|属する|存在する|該当する|関する|対する|反する|起因する|意味する|できる|だろう|しまう|くる|来る|すぎる|過ぎる|終わる|始まる|変わる|増える|減る|遅れる|止まる|進む|残る|続く|違反する|不足する|集中する|専念する|優先する|降りる|断る|見送る|辞退する|控える|遠慮する|外れる|引く|抜ける|待つ|拒否する|却下する|壊れる|潰れる|倒れる|崩れる|落ちる|消える|漏れる|起きる|起こる|溢れる|切れる|荒れる|乱れる|燃える|飛ぶ)(?:わ|よ|で|ね|ぞ|ぜ|から)?$/u;
const POTENTIAL_NEGATIVE = /(?:[えけげせぜてでねべめれ]|られ)ない(?=[。.!?、,\s]|$|よ|ね|わ|し|から|ので|んだ|です|だ)/gu;
const NOT_LIMITS = /(?:欠かせ|見逃せ|否め|避けられ|忘れ|止められ|数え切れ|数えられ|信じられ|考えられ|見え|聞こえ|離れ|遅れ|慣れ|揺れ|崩れ|外れ|入れ|触れ|恐れ|生まれ|捨て|得|寝|出|見|来)ない$/u;
function withClauseEndPredicates(s: Sentence): Tag[] {
  const text = s.text.slice(s.start, s.end);
  const added: Tag[] = [];
  const replaced = new Set<Tag>();
  const limits = POTENTIAL_NEGATIVE;
  limits.lastIndex = 0;
  for (let m = limits.exec(text); m; m = limits.exec(text)) {
    const end = s.start + m.index + m[0].length;
    const start = Math.max(s.start, end - 4);
    if (NOT_LIMITS.test(s.text.slice(Math.max(s.start, end - 6), end))) continue;
    // A bare 「ない」 the lexicon read as an absence gives way to the limitation it ends.
    const overlapping = s.tags.filter((t) => t.end > start && t.start < end);
    if (overlapping.some((t) => t.cat !== "lack") || added.some((t) => t.end > start)) continue;
    for (const t of overlapping) replaced.add(t);
    added.push({ cat: "refuse", start, end });
  }
  // exec in a loop rather than matchAll: Outlook's JavaScript-only runtime predates ES2020.
  const re = CLAUSE_END_VERB;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    // Polite endings (ます) are the lexicon's to read: 「〜となります」 commits to nothing.
    // The verb may start before the match (壊れる is matched as れる): read a few characters more.
    if (NOT_COMMITMENTS.test(text.slice(Math.max(0, (m.index ?? 0) - 3), (m.index ?? 0) + word.length)) || /ます(?:わ|よ|で|ね|ぞ|ぜ|から)?$/u.test(word)) continue;
    const end = s.start + (m.index ?? 0) + word.length;
    // 「大きく、」「少なく、」: an adjective's continuative form before a comma, not a verb.
    if (/^[ぁ-ゖ]く$/u.test(word) && /[、,]/u.test(s.text[end] ?? "")) continue;
    const start = end - Math.min(word.length, 3);
    if (s.tags.some((t) => t.end > start && t.start < end)) continue;
    added.push({ cat: "offer", start, end });
  }
  if (added.length === 0) return [...s.tags];
  return [...s.tags.filter((t) => !replaced.has(t)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * A sentence that switches language ("それは営業部の仕事でしょう That's not our job") is read as two: a
 * run of at least three English words after or before Japanese starts a sentence of its own.
 */
function splitScripts(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  let lastJapanese = -1;
  for (let i = start; i < end; i++) {
    const c = text[i] as string;
    if (JAPANESE.test(c)) {
      // Japanese after an English run of three words or more: the English run was a sentence.
      if (lastJapanese < 0 && englishWords(text, from, i) >= 3) {
        out.push([from, i]);
        from = i;
      }
      lastJapanese = i;
    } else if (c === " " && lastJapanese >= 0 && englishWords(text, i, Math.min(end, i + 40)) >= 3) {
      out.push([from, i]);
      from = i;
      lastJapanese = -1;
    }
  }
  out.push([from, end]);
  return out;
}

/** English words at the start of text[from, to), before any Japanese character (at most a few). */
function englishWords(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to && words < 3; i++) {
    const c = text[i] as string;
    if (JAPANESE.test(c)) break;
    const letter = c >= "a" && c <= "z";
    if (letter && !inWord) words += 1;
    inWord = letter || (inWord && c === "'");
  }
  return words;
}

/** Kinds whose limitation a plan in the next sentence answers (「今は一名しか出せない。その一名をフルで付ける。」). */
const PLANNED: readonly CoachKind[] = ["capacity", "experience"];
/** A next sentence this short is an answer to the one before (「やろうよ。」, "Not my area. I'll take it."). */
const SHORT_ANSWER: Readonly<Record<Lang, number>> = { ja: 15, en: 40 };

/** The sentence goes on from the one before: a contrast or a consequence opens it, or it is short. */
function continues(s: Sentence, kind: CoachKind, lang: Lang): boolean {
  if (PLANNED.includes(kind) || s.text.slice(s.start, s.end).trim().length <= SHORT_ANSWER[lang]) return true;
  const first = s.tags[0];
  const opens: readonly TagCat[] = ["contrast", "cause", "untilThen", "rest"];
  return first !== undefined && opens.includes(first.cat) && s.text.slice(s.start, first.start).trim().length <= 2;
}

/** Drops predicates that are not the speaker's own refusal: reported words, and questions. */
function neutralise(s: Sentence, lang: Lang): Tag[] {
  const tags = s.tags;
  const minutes = attributed(s);
  return tags.filter((tag, i) => {
    if (!REPORTABLE.includes(tag.cat)) return true;
    // Minutes that put a department's answer under its name report its stance, as its own words.
    if (minutes) return true;
    for (let k = i + 1; k < tags.length; k++) {
      const next = tags[k] as Tag;
      if (next.start - tag.end > REPORT_REACH) break;
      if (next.cat === "report") return false;
    }
    if (lang === "ja" && s.question && tag.cat === "refuse" && tailLength(s, tag.end) <= QUESTION_REACH) return false;
    return true;
  });
}

const tailLength = (s: Sentence, pos: number) => s.text.slice(pos, s.end).replace(/[\s。.!?]/gu, "").length;

/** Ends with a question mark, or (Japanese) with か / かな / かね before the closing punctuation. */
function isQuestion(text: string): boolean {
  const trimmed = text.replace(/[\s。.!！…~ーねよ]{1,40}$/u, "");
  return /[?？]$/u.test(trimmed) || /(か|かな|かね|かしら|の\?)$/u.test(trimmed);
}
