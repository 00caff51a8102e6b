import { describe, expect, it } from "vitest";
import type { TagCat } from "../../../src/core/coach/lexicon/lexicon-types";
import { catBit, catMask, intersects } from "../../../src/core/coach/structures/cat-mask";

// Category names beyond the lexicons' own, to go past two words of bits.
const cats = Array.from({ length: 100 }, (_, i) => `mask-test-${i}` as TagCat);

describe("category masks", () => {
  it("gives every category its own bit, past 64 categories", () => {
    const bits = new Set(cats.map(catBit));
    expect(bits.size).toBe(cats.length);
    expect(Math.max(...bits)).toBeGreaterThanOrEqual(99);
  });

  it("finds a shared category in any word, and none where there is none", () => {
    const all = catMask(cats);
    for (const [i, cat] of cats.entries()) {
      const one = catMask([cat]);
      expect(intersects(one, all)).toBe(true);
      expect(intersects(one, catMask(cats.filter((_, k) => k !== i)))).toBe(false);
    }
    expect(intersects(catMask([]), all)).toBe(false);
  });

  it("keeps the category's bit stable across calls", () => {
    expect(catBit("we")).toBe(catBit("we"));
    expect(intersects(catMask(["we", "refuse"]), catMask(["refuse"]))).toBe(true);
    expect(intersects(catMask(["we"]), catMask(["refuse"]))).toBe(false);
  });
});
