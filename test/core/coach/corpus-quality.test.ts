// The coach's quality on the labelled corpus, per language: the development part (tuned on) must stay
// high; the sealed part (never read by people, never tuned on) must stay at what it achieved when
// last measured, less a margin. Messages about the sealed part carry figures only, never a sentence.
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../src/core/api/primitives";
import { type CorpusPart, OK_KINDS, ROLE_KINDS, loadCorpus, scoreCorpus } from "./corpus";

/** Floors per part and language: dev near what it reaches; sealed at its last measure minus 0.03–0.04. */
const FLOORS: Record<CorpusPart, Record<Lang, { precision: number; recall: number }>> = {
  // Development part, with the development data written outside the project (fresh1 and fresh3: hedged,
  // rhetorical, indirect and dialect wording): measured 2026-12-07 at ja precision 0.993, recall 0.988;
  // en precision 0.992, recall 0.981.
  dev: { ja: { precision: 0.98, recall: 0.98 }, en: { precision: 0.98, recall: 0.97 } },
  // Measured 2026-12-07 on the whole sealed part (sealed/<lang>.tsv and the later batches written the
  // same way; 927 ja and 901 en lines): ja precision 0.954, recall 0.824; en precision 0.965, recall
  // 0.694. The floors were lowered once, when sealed/<lang>-fresh3.tsv (200 lines each, harder:
  // hedged, rhetorical, indirect, dialect) joined the part: read alone before any tuning on its
  // development twin, it scored ja 0.949 / 0.682 and en 0.980 / 0.445; after that tuning, ja 0.951 /
  // 0.700 and en 0.980 / 0.455, while the twin rose to ja 0.918 and en 0.945 recall — word lists
  // reach the sentences they were written from and little else. The goal is 0.9 / 0.85 per language.
  sealed: { ja: { precision: 0.91, recall: 0.79 }, en: { precision: 0.92, recall: 0.66 } },
};

/** What the project wrote for the coach: not the earlier lines, nor development data written elsewhere. */
const freshLines = (lang: Lang, part: CorpusPart) => loadCorpus(lang, part).filter((l) => l.register !== "earlier" && !l.external);

describe("coach corpus", () => {
  it("holds at least 1,500 fresh sentences, the sealed part at least 30 % of them", () => {
    const dev = LANGS.reduce((n, lang) => n + freshLines(lang, "dev").length, 0);
    const sealed = LANGS.reduce((n, lang) => n + freshLines(lang, "sealed").length, 0);
    expect(dev + sealed).toBeGreaterThanOrEqual(1500);
    expect(sealed / (dev + sealed)).toBeGreaterThanOrEqual(0.3);
  });

  for (const lang of LANGS) {
    it(`${lang}: every kind, role and ok, in both parts; no sentence twice`, () => {
      for (const part of ["dev", "sealed"] as const) {
        const lines = loadCorpus(lang, part);
        for (const kind of [...ROLE_KINDS, ...OK_KINDS]) {
          const count = lines.filter((l) => l.kind === kind).length;
          expect(count, `${lang} ${part}: lines of kind ${kind}`).toBeGreaterThanOrEqual(10);
        }
      }
      const all = [...loadCorpus(lang, "dev"), ...loadCorpus(lang, "sealed")];
      const seen = new Set<string>();
      const repeated = all.filter((l) => (seen.has(l.text) ? true : (seen.add(l.text), false)));
      expect(repeated.map((l) => l.where)).toEqual([]);
    });

    for (const part of ["dev", "sealed"] as const) {
      it(`${lang} ${part}: precision ≥ ${FLOORS[part][lang].precision} and recall ≥ ${FLOORS[part][lang].recall}`, () => {
        const score = scoreCorpus(loadCorpus(lang, part));
        const figures = `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} on ${score.lines} lines`;
        // Development misses are listed to work on; sealed ones are not (not even where they are).
        const misses = part === "dev" ? [...score.falsePositives.map((l) => `FP ${l.where} ${l.text}`), ...score.falseNegatives.map((l) => `FN ${l.where} ${l.text}`)].join("\n") : "";
        expect(score.precision, `${figures}\n${misses}`).toBeGreaterThanOrEqual(FLOORS[part][lang].precision);
        expect(score.recall, `${figures}\n${misses}`).toBeGreaterThanOrEqual(FLOORS[part][lang].recall);
      });
    }
  }
});
