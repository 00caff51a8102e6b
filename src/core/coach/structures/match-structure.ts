// Runs a structure over the tags of one sentence: finds the earliest chain of tags that takes every
// step in order within its limits. A sentence holds a bounded number of tags (sentences are cut at
// MAX_SENTENCE characters), so this costs O(tags × reach) per step: linear in the text overall.
import type { Tag, TagCat } from "../lexicon/lexicon-types";
import { normalizeEntry } from "../normalize-text";
import type { Step, Structure } from "./structure-types";

const DEFAULT_GAP = 20;
const CLAUSE_BREAKS = "、,;:—。!?()（）「」\"→>•・-";

export interface Sentence {
  /** The normalised text (all of it: positions are absolute). */
  text: string;
  start: number;
  end: number;
  /** This sentence's tags, in order. */
  tags: readonly Tag[];
  /** Which characters of `text` were katakana (a word, not particles). */
  kata?: Uint8Array;
  question: boolean;
}

const takes = (step: Step, tag: Tag): boolean => {
  if (step.party && (tag.cat === "we" || (tag.cat === "other" && tag.named === true))) return true;
  const cats = step.cat;
  const ok = typeof cats === "string" ? tag.cat === cats : (cats as readonly TagCat[]).includes(tag.cat);
  return ok && (!step.named || tag.named === true);
};

/** The tags a structure matched, or undefined. */
export function matchStructure(structure: Structure, s: Sentence): Tag[] | undefined {
  if (structure.statement && s.question) return undefined;
  if (structure.unless && s.tags.some((t) => (structure.unless as readonly TagCat[]).includes(t.cat))) return undefined;
  const steps = structure.steps;
  const first = steps[0];
  if (!first) return undefined;
  // Tag indices of the chain so far; grown and shrunk in place (no array per attempt).
  const chain: number[] = [];
  for (let i = 0; i < s.tags.length; i++) {
    const t = s.tags[i] as Tag;
    if (!takes(first, t)) continue;
    if (first.lead !== undefined && !leadHolds(s, i, first.lead)) continue;
    chain.length = 0;
    chain.push(i);
    if (extend(s, chain, steps)) {
      const tags = chain.map((k) => s.tags[k] as Tag);
      if (structure.end === undefined || trailing(s, (tags[tags.length - 1] as Tag).end) <= structure.end) return tags;
    }
  }
  return undefined;
}

/** Extends `chain` (tag indices) by the remaining steps, depth first; true when every step is taken. */
function extend(s: Sentence, chain: number[], steps: readonly Step[]): boolean {
  const step = steps[chain.length];
  if (!step) return true;
  const at = chain[chain.length - 1] as number;
  const prev = s.tags[at] as Tag;
  const gap = step.gap ?? DEFAULT_GAP;
  for (let j = at + 1; j < s.tags.length; j++) {
    const t = s.tags[j] as Tag;
    if (t.start < prev.end) continue;
    if (t.start - prev.end > gap) break;
    if (step.not && blocked(s, at, j, step.not)) break;
    if (!takes(step, t)) continue;
    if (step.via || step.after) {
      const between = s.text.slice(prev.end, t.start);
      if (step.via && !normalised(step.via).includes(between.trim())) continue;
      // Adjacent tags pass: the particle is then part of the second one (「企画部」「で検討」).
      if (step.after && between !== "" && !normalised(step.after).some((a) => between.startsWith(a))) continue;
    }
    chain.push(j);
    if (extend(s, chain, steps)) return true;
    chain.pop();
  }
  return false;
}

/** A step's strings as the normalised text spells them (ユーザ → ゆーざ, s' → s'). */
const NORMALISED = new WeakMap<readonly string[], readonly string[]>();
function normalised(words: readonly string[]): readonly string[] {
  let out = NORMALISED.get(words);
  if (!out) {
    out = words.map((w) => (w === "" ? "" : normalizeEntry(w)));
    NORMALISED.set(words, out);
  }
  return out;
}

function blocked(s: Sentence, from: number, to: number, cats: readonly TagCat[]): boolean {
  for (let k = from + 1; k < to; k++) if (cats.includes((s.tags[k] as Tag).cat)) return true;
  return false;
}

/** Characters between `pos` and the sentence's end, closing punctuation and particles aside. */
function trailing(s: Sentence, pos: number): number {
  const tail = s.text.slice(pos, s.end).replace(/[\s。.!?！？…、,よねなわさ~ー]/gu, "");
  return tail.length;
}

/** The tag starts its clause: only softeners and at most `lead` other characters come before it. */
function leadHolds(s: Sentence, index: number, lead: number): boolean {
  const tag = s.tags[index] as Tag;
  let clauseStart = s.start;
  for (let k = tag.start - 1; k >= s.start; k--) {
    if (CLAUSE_BREAKS.includes(s.text[k] as string)) {
      clauseStart = k + 1;
      break;
    }
  }
  let free = 0;
  let pos = clauseStart;
  for (let k = 0; k < index; k++) {
    const t = s.tags[k] as Tag;
    if (t.end <= clauseStart) continue;
    if (t.cat !== "softener" && t.cat !== "contrast") return false;
    free += countLetters(s.text.slice(pos, t.start));
    pos = t.end;
  }
  free += countLetters(s.text.slice(pos, tag.start));
  return free <= lead;
}

const countLetters = (text: string) => text.replace(/[\s、,.:;!?'"-]/gu, "").length;
