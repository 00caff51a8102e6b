// Every structure in a case of its own (it alone holds for the sentence, so a pass cannot come from
// another structure), hard negatives no structure may flag, and the lexicons' hygiene.
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/coach/analyze";
import { STRUCTURES, coachTagger, detect } from "../../../src/core/coach/detect";
import { normalizeText } from "../../../src/core/coach/normalize-text";
import type { Structure } from "../../../src/core/coach/structures/structure-types";
import { EN_CASES, EN_NEGATIVES } from "./structures-en.cases";
import { JA_CASES, JA_NEGATIVES } from "./structures-ja.cases";

const CASES = { ja: JA_CASES, en: EN_CASES } as const;
const NEGATIVES = { ja: JA_NEGATIVES, en: EN_NEGATIVES } as const;

/** The structure alone, over the whole detector's reading (normalisation, tags, cooperation). */
const detectAlone = (text: string, structure: Structure) => detect(normalizeText(text), text, { structures: { ja: [structure], en: [structure] } });

describe("coach structures", () => {
  for (const lang of ["ja", "en"] as const) {
    it(`${lang}: has a case for exactly the registered structures`, () => {
      expect(Object.keys(CASES[lang]).sort()).toEqual(STRUCTURES[lang].map((s) => s.id).sort());
    });

    for (const structure of STRUCTURES[lang]) {
      it.each(CASES[lang][structure.id] ?? [])(`${structure.id} holds for %s`, (text) => {
        const [found, ...rest] = detectAlone(text, structure);
        expect(rest).toEqual([]);
        expect(found?.structureId).toBe(structure.id);
        // The whole coach flags it too (perhaps through a more specific structure first).
        expect(analyze(text).length).toBe(1);
      });
    }

    it.each(NEGATIVES[lang])(`${lang}: leaves %s alone`, (text) => {
      expect(analyze(text)).toEqual([]);
    });
  }
});

describe("coach lexicons", () => {
  it("lists no word under two categories", () => {
    expect(coachTagger().duplicates).toEqual([]);
  });
});
