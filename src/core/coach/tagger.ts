// Finds lexicon words in normalised text: one trie over every entry of every lexicon (Japanese by
// character, English words on word boundaries), read left to right taking the longest entry at each
// position, so 担当者 is one word and never 担当 + 者. Department names are recognised three ways:
// known names (営業, Sales), a unit word with the name before it (CRM推進室, the data team), and the
// tenant's own names passed in by the caller. Linear: each position walks the trie at most
// MAX_ENTRY characters deep, and a unit word looks back at most MAX_NAME characters.
import type { Lexicon, Tag, TagCat } from "./lexicon/lexicon-types";
import type { NormalizedText } from "./normalize-text";
import { normalizeEntry } from "./normalize-text";

interface Entry {
  cat: TagCat;
  /** Entries that begin with a latin letter start at a word's start (", not" may follow a word). */
  wordStart: boolean;
  /** Entries that end with a latin letter end at a word's end. */
  wordEnd: boolean;
  /** Counts only when the original is written exactly so (IT, Support): "it" is something else. */
  exact?: string;
  /** A unit word (部, 課, team): a department's name ends with it. */
  unit: boolean;
  /** A department or team by its name (営業, Sales), named in suggestions. */
  named: boolean;
  /** For a unit word with no name before it: the category it has then. */
  fallback?: TagCat;
  /** Written in hiragana only (ので, だけ): never read inside a katakana word (データ is not の + で). */
  hiragana: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entries spelled so: an exact-case one (^Support) first, then at most one other (support). */
  entries?: Entry[];
}

/** Longest entry in characters, after normalisation: how deep one position can walk. */
export const MAX_ENTRY = 40;
/** Characters a unit word may look back for its department's name. */
const MAX_NAME = 16;

export interface LexiconSource {
  lexicon: Lexicon;
  /** Department names people use without a unit word (営業, 情シス, Sales, Legal). */
  departments: readonly string[];
  /** Words a department name ends with (部, 課, チーム, team, department). */
  units: readonly string[];
  /** Unit words that name a party on their own (部署, チーム, team): "that team". */
  bareUnits: readonly string[];
  /** Unit words that are another word when no name comes before them: 担当 (営業担当 / 担当外). */
  unitFallback?: Readonly<Record<string, TagCat>>;
  /**
   * Other forms of the entries of some categories ("handle" → "handles"): added where the lexicon
   * lists no entry of its own, so a verb is listed once and read in the forms people write.
   */
  inflect?: ReadonlyArray<{ cats: readonly TagCat[]; forms: (entry: string) => readonly string[]; as?: TagCat }>;
}

export interface Tagger {
  root: TrieNode;
  /** Entries listed under two categories (a lexicon mistake; reported by a test). */
  duplicates: string[];
}

const LATIN = /[a-z0-9]/u;
const isLatin = (c: string | undefined) => c !== undefined && LATIN.test(c);

export function buildTagger(sources: readonly LexiconSource[]): Tagger {
  const root: TrieNode = { next: new Map() };
  const duplicates: string[] = [];
  const add = (raw: string, entry: Omit<Entry, "wordStart" | "wordEnd" | "exact" | "fallback" | "hiragana"> & { fallback?: TagCat | undefined }) => {
    const exact = raw.startsWith("^") ? raw.slice(1) : undefined;
    const key = normalizeEntry(exact ?? raw);
    if (key.length === 0 || key.length > MAX_ENTRY) throw new Error(`coach lexicon entry out of bounds: ${raw}`);
    let node = root;
    for (const c of key) {
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    const { fallback, ...rest } = entry;
    const hiragana = /[\u3041-\u309f]/u.test(raw) && !/[\u30a0-\u30ff\uff66-\uff9f]/u.test(raw);
    const made: Entry = {
      ...rest,
      wordStart: isLatin(key[0]),
      wordEnd: isLatin(key[key.length - 1]),
      hiragana,
      ...(exact ? { exact } : {}),
      ...(fallback ? { fallback } : {}),
    };
    const entries = (node.entries ??= []);
    const same = entries.find((e) => (e.exact === undefined) === (made.exact === undefined));
    if (same) {
      if (same.cat !== made.cat || same.unit !== made.unit) duplicates.push(`${raw} (${same.cat} / ${made.cat})`);
      return;
    }
    if (made.exact !== undefined) entries.unshift(made);
    else entries.push(made);
  };
  for (const source of sources) {
    for (const [cat, words] of Object.entries(source.lexicon) as [TagCat, readonly string[]][]) {
      for (const w of words) add(w, { cat, unit: false, named: false });
    }
    for (const w of source.departments) add(w, { cat: "other", unit: false, named: true });
    for (const w of source.units) add(w, { cat: "other", unit: true, named: true, fallback: source.unitFallback?.[w] });
  }
  for (const source of sources) {
    for (const inflect of source.inflect ?? []) {
      for (const cat of inflect.cats) {
        for (const w of source.lexicon[cat] ?? []) {
          for (const form of inflect.forms(w)) if (!hasEntry(root, normalizeEntry(form))) add(form, { cat: inflect.as ?? cat, unit: false, named: false });
        }
      }
    }
  }
  for (const source of sources) for (const w of source.bareUnits) markBare(root, normalizeEntry(w));
  return { root, duplicates };
}

function hasEntry(root: TrieNode, key: string): boolean {
  let node: TrieNode | undefined = root;
  for (const c of key) node = node?.next.get(c);
  return (node?.entries?.length ?? 0) > 0;
}

/** Bare units stay units, but also stand for a party when no name comes before them. */
const BARE = new WeakSet<Entry>();
function markBare(root: TrieNode, key: string): void {
  let node: TrieNode | undefined = root;
  for (const c of key) node = node?.next.get(c);
  for (const e of node?.entries ?? []) if (e.unit) BARE.add(e);
}

/** A trie of the tenant's own department names (from the directory), cached for the last list. */
let extraCache: { key: string; tagger: Tagger } | undefined;
export function departmentTagger(names: readonly string[] | undefined): Tagger | undefined {
  const clean = (names ?? []).map((n) => n.trim()).filter((n) => n.length > 0 && normalizeEntry(n).length <= MAX_ENTRY);
  if (clean.length === 0) return undefined;
  const key = clean.join("\u0000");
  if (extraCache?.key !== key) {
    extraCache = { key, tagger: buildTagger([{ lexicon: {}, departments: clean, units: [], bareUnits: [] }]) };
  }
  return extraCache.tagger;
}

/** Characters that can be part of a department's name before a unit word. */
function isNameChar(norm: NormalizedText, original: string, i: number): boolean {
  const c = norm.text[i] as string;
  if (/[\u3400-\u9fff\uf900-\ufaff々a-z0-9ー・&]/u.test(c)) return true;
  // Katakana became hiragana in normalisation: the original tells a name (カスタマー) from a particle.
  const src = original[norm.starts[i] as number] ?? "";
  return /[\u30a0-\u30ffｦ-ﾝ]/u.test(src);
}

export interface TagStats {
  /** Trie steps taken: bounded by MAX_ENTRY per character. */
  steps: number;
}

export function tagText(norm: NormalizedText, original: string, taggers: readonly Tagger[], stats?: TagStats): Tag[] {
  const text = norm.text;
  const tags: Tag[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text[i] as string;
    const wordStart = !isLatin(text[i - 1]);
    if (isLatin(c) && !wordStart) {
      i += 1;
      continue;
    }
    let best: { end: number; entry: Entry } | undefined;
    const last = tags[tags.length - 1];
    const afterPush = last !== undefined && last.cat === "push" && i - last.end <= 1;
    for (const tagger of taggers) {
      let node: TrieNode | undefined = tagger.root;
      for (let j = i; j < text.length && j - i < MAX_ENTRY; j++) {
        node = node.next.get(text[j] as string);
        if (stats) stats.steps += 1;
        if (!node) break;
        if (!node.entries) continue;
        const e = node.entries.find((x) => x.exact === undefined || exactHolds(original.slice(norm.starts[i] as number, norm.ends[j] as number), x.exact, afterPush));
        if (!e || (e.wordStart && !wordStart) || (e.wordEnd && isLatin(text[j + 1]))) continue;
        if (e.hiragana && (norm.kata[i] === 1 || norm.kata[j] === 1)) continue;
        // The longest entry wins, except that a name written exactly so ("IT is") beats a longer
        // phrase that reads it as a common word ("it is").
        // A longer compound the lexicon knows to be no party ("Data migration") still wins over the name.
        const compound = e.cat === "none" && j + 1 > (best?.end ?? 0);
        if (best && !compound && (best.entry.exact !== undefined || (j + 1 <= best.end && e.exact === undefined))) continue;
        best = { end: j + 1, entry: e };
      }
    }
    if (!best) {
      i += 1;
      continue;
    }
    if (best.entry.unit) {
      addUnit(tags, norm, original, i, best.end, best.entry);
    } else if (best.entry.cat !== "none") {
      tags.push({ cat: best.entry.cat, start: i, end: best.end, ...(best.entry.named ? { named: true } : {}) });
    }
    i = best.end;
  }
  withHonorifics(tags, text);
  return tags;
}

/** 「営業本部様」「人事部殿」: an honorific after a party is part of its name, so particles follow it. */
const HONORIFICS = ["御中", "様", "殿"];
function withHonorifics(tags: Tag[], text: string): void {
  tags.forEach((t, k) => {
    if (t.cat !== "other") return;
    const h = HONORIFICS.find((w) => text.startsWith(w, t.end));
    const next = tags[k + 1];
    if (h && (!next || next.start >= t.end + h.length)) t.end += h.length;
  });
}

/**
 * A unit word: the department's name is the run of name characters (Japanese) or up to three words
 * (English) before it. Tags inside that run (システム in 情報システム部) become part of the name.
 */
function addUnit(tags: Tag[], norm: NormalizedText, original: string, start: number, end: number, entry: Entry): void {
  const text = norm.text;
  let from = start;
  if (entry.wordStart) {
    // English: "the customer success team" → "customer success team"; "our team" stays "we".
    let words = 0;
    let k = start;
    while (words < 3 && k > 0 && start - k < MAX_NAME * 2) {
      let s = k - 1;
      if (text[s] !== " ") break;
      s -= 1;
      let wEnd = s + 1;
      while (s >= 0 && /[a-z0-9&'-]/u.test(text[s] as string) && wEnd - s <= MAX_NAME) s -= 1;
      const word = text.slice(s + 1, wEnd).replace(/'s?$/u, "");
      if (word.length === 0 || EN_STOP.has(word)) break;
      wEnd = s + 1;
      k = wEnd;
      words += 1;
    }
    from = k;
  } else {
    while (from > 0 && start - from < MAX_NAME && isNameChar(norm, original, from - 1)) from -= 1;
  }
  const prior = tags.length > 0 ? (tags[tags.length - 1] as Tag) : undefined;
  if (from === start) {
    // No name before the unit word: "that team", 「そのチーム」 is still a party; 「部」 alone is not.
    if (prior && prior.cat === "we" && prior.end >= start - 1 && entry.wordStart) {
      prior.end = end;
      return;
    }
    if (BARE.has(entry)) tags.push({ cat: "other", start, end });
    else if (entry.fallback && entry.fallback !== "none") tags.push({ cat: entry.fallback, start, end });
    return;
  }
  while (tags.length > 0 && (tags[tags.length - 1] as Tag).end > from) {
    const t = tags.pop() as Tag;
    // A name that starts inside a word we already read (うちの → の stops it, so this is rare).
    if (t.start < from) from = t.start;
  }
  tags.push({ cat: "other", start: from, end, named: true });
}

/**
 * A name that is also a common word (Legal, Support, IT) counts when written so, and, in lower case,
 * right after a push ("ask legal", "ping support"): nothing else would follow "ask" there.
 */
function exactHolds(written: string, exact: string, afterPush: boolean): boolean {
  return written === exact || (afterPush && written === exact.toLowerCase() && exact.length > 2);
}

/** Words that never start an English team name: "the data team" is named "data team". */
const EN_STOP = new Set(
  "the a an our my your their his her its this that these those other another same whole entire every each any some of for to in on with at by from is are was were be been and or but not so it we they you i he she us them one own whose which who what how right wrong responsible relevant appropriate proper correct dedicated".split(
    " ",
  ),
);
