// The quality goal on the labelled corpus: precision ≥ 0.9 and recall ≥ 0.85 per language,
// on the held-out split (never looked at while writing rules) and on everything.
import { describe, expect, it } from "vitest";
import { LANGS } from "../../../src/core/api/contract";
import { loadCorpus, scoreCorpus } from "./corpus";

describe("coach corpus", () => {
  it("holds at least 300 labelled sentences, at least 150 per language, all three kinds in both splits", () => {
    const all = LANGS.flatMap((lang) => loadCorpus(lang));
    expect(all.length).toBeGreaterThanOrEqual(300);
    for (const lang of LANGS) {
      const lines = loadCorpus(lang);
      expect(lines.length).toBeGreaterThanOrEqual(150);
      for (const split of ["train", "test"] as const) {
        for (const label of ["role", "objective", "neutral"] as const) {
          expect(lines.filter((l) => l.split === split && l.label === label).length).toBeGreaterThanOrEqual(10);
        }
      }
      expect(new Set(lines.map((l) => l.text)).size).toBe(lines.length);
    }
  });

  for (const lang of LANGS) {
    for (const split of ["test", "all"] as const) {
      it(`${lang} (${split}): precision ≥ 0.9 and recall ≥ 0.85`, () => {
        const lines = loadCorpus(lang).filter((l) => split === "all" || l.split === split);
        const score = scoreCorpus(lines);
        const misses = [...score.falsePositives.map((l) => `FP ${l.text}`), ...score.falseNegatives.map((l) => `FN ${l.text}`)].join("\n");
        expect(score.precision, misses).toBeGreaterThanOrEqual(0.9);
        expect(score.recall, misses).toBeGreaterThanOrEqual(0.85);
      });
    }
  }
});
