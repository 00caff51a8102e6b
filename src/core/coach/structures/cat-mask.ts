// Sets of tag categories as bits, to skip structures whose first step has nothing to start from in
// a sentence. As many 32-bit words as there are categories, so a new category never hits a ceiling.
import type { TagCat } from "../lexicon/lexicon-types";

/** A set of categories as bits: word k holds categories 32k … 32k + 31 (no BigInt: Outlook's JS-only runtime lacks it). */
export type CatMask = number[];

const CAT_BITS = new Map<TagCat, number>();
/** The category's bit, given in order of first use; the words grow with the categories. */
export function catBit(cat: TagCat): number {
  let bit = CAT_BITS.get(cat);
  if (bit === undefined) {
    bit = CAT_BITS.size;
    CAT_BITS.set(cat, bit);
  }
  return bit;
}

export function catMask(cats: readonly TagCat[]): CatMask {
  const mask: CatMask = [];
  for (const cat of cats) {
    const bit = catBit(cat);
    const word = bit >>> 5;
    while (mask.length <= word) mask.push(0);
    mask[word] = (mask[word] as number) | (1 << (bit & 31));
  }
  return mask;
}

export function intersects(a: CatMask, b: CatMask): boolean {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) if (((a[k] as number) & (b[k] as number)) !== 0) return true;
  return false;
}

