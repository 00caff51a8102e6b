// The labelled corpus (corpus/*.tsv) and how the coach scores on it: shared by the quality test
// and `npm run bench`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Lang } from "../../../src/core/api/contract";
import { analyze } from "../../../src/core/coach/analyze";

export type CorpusLabel = "role" | "objective" | "neutral";
export interface CorpusLine {
  lang: Lang;
  label: CorpusLabel;
  split: "train" | "test";
  text: string;
  line: number;
}

export function loadCorpus(lang: Lang): CorpusLine[] {
  const file = fileURLToPath(new URL(`./corpus/${lang}.tsv`, import.meta.url));
  return readFileSync(file, "utf8")
    .split("\n")
    .map((raw, i) => ({ raw, line: i + 1 }))
    .filter(({ raw }) => raw.trim() !== "" && !raw.startsWith("#"))
    .map(({ raw, line }) => {
      const [label, split, text] = raw.split("\t");
      if ((label !== "role" && label !== "objective" && label !== "neutral") || (split !== "train" && split !== "test") || !text) {
        throw new Error(`corpus/${lang}.tsv line ${line} is malformed`);
      }
      return { lang, label, split, text, line };
    });
}

export interface CorpusScore {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: CorpusLine[];
  falseNegatives: CorpusLine[];
  total: number;
}

/** A line is "flagged" when the coach finds anything in it; positives are the role-centred lines. */
export function scoreCorpus(lines: readonly CorpusLine[]): CorpusScore {
  let tp = 0;
  const fp: CorpusLine[] = [];
  const fn: CorpusLine[] = [];
  for (const l of lines) {
    const flagged = analyze(l.text, { lang: l.lang }).length > 0;
    if (flagged && l.label === "role") tp += 1;
    else if (flagged) fp.push(l);
    else if (l.label === "role") fn.push(l);
  }
  return {
    precision: tp + fp.length === 0 ? 1 : tp / (tp + fp.length),
    recall: tp + fn.length === 0 ? 1 : tp / (tp + fn.length),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    total: lines.length,
  };
}
