// The purpose coach: precision, recall and F1 per language, for the development part and the sealed
// part of the corpus separately, then per kind (role kinds: recall of the lines, precision of the
// findings named with that kind; ok kinds: how many were flagged by mistake), and throughput in MB/s
// on 1 MB of generated mixed text. The sealed part is only ever reported as figures.
import { LANGS } from "../../src/core/api/primitives";
import { analyze } from "../../src/core/coach/analyze";
import { type CorpusPart, ROLE_KINDS, f1, loadCorpus, scoreCorpus } from "../core/coach/corpus";
import type { BenchRow } from "./bench-row";
import { mixedText } from "./mixed-text";

const fmt = (n: number) => n.toFixed(3);
const GOAL_PRECISION = 0.9;
const GOAL_RECALL = 0.85;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const part of ["dev", "sealed"] as const satisfies readonly CorpusPart[]) {
    for (const lang of LANGS) rows.push(...partRows(part, lang));
  }
  rows.push(...sizeRows());
  rows.push(...throughputRows());
  return rows;
}

function partRows(part: CorpusPart, lang: (typeof LANGS)[number]): BenchRow[] {
  const s = scoreCorpus(loadCorpus(lang, part));
  const tag = `${lang} ${part}`;
  const counts = `${s.lines} lines, ${s.positives} role; TP ${s.truePositives} FP ${s.falsePositives.length} FN ${s.falseNegatives.length}`;
  const rows: BenchRow[] = [
    { section: "coach", measure: `${tag}: precision (${counts})`, value: fmt(s.precision), goal: `≥ ${GOAL_PRECISION}`, ok: s.precision >= GOAL_PRECISION },
    { section: "coach", measure: `${tag}: recall`, value: fmt(s.recall), goal: `≥ ${GOAL_RECALL}`, ok: s.recall >= GOAL_RECALL },
    { section: "coach", measure: `${tag}: F1; kind named right`, value: `${fmt(s.f1)}; ${fmt(s.kindAgreement)}` },
  ];
  for (const k of s.byKind) {
    if ((ROLE_KINDS as readonly string[]).includes(k.kind)) {
      const recall = k.lines === 0 ? 0 : k.flagged / k.lines;
      const precision = k.named === 0 ? 1 : k.namedRight / k.named;
      rows.push({
        section: "coach",
        measure: `  ${tag} ${k.kind}: P/R/F1 (named ${k.namedRight}/${k.named}, flagged ${k.flagged}/${k.lines})`,
        value: `${fmt(precision)}/${fmt(recall)}/${fmt(f1(precision, recall))}`,
      });
    } else {
      rows.push({ section: "coach", measure: `  ${tag} ok ${k.kind}: flagged by mistake`, value: `${k.flagged}/${k.lines}` });
    }
  }
  return rows;
}

/** How the corpus is split: the sealed part is at least 30 % of what was written for the coach. */
function sizeRows(): BenchRow[] {
  const count = (part: CorpusPart, fresh: boolean) =>
    LANGS.reduce((n, lang) => n + loadCorpus(lang, part).filter((l) => !l.external && (!fresh || l.register !== "earlier")).length, 0);
  const sealed = count("sealed", false);
  const dev = count("dev", true);
  const earlier = count("dev", false) - dev;
  const external = LANGS.reduce((n, lang) => n + loadCorpus(lang, "dev").filter((l) => l.external).length, 0);
  const share = sealed / (sealed + dev);
  return [
    { section: "coach", measure: `corpus: dev ${dev} (+ ${earlier} earlier lines, + ${external} written elsewhere), sealed ${sealed}`, value: String(dev + sealed), goal: "≥ 1500", ok: dev + sealed >= 1500 },
    { section: "coach", measure: "corpus: sealed share of the fresh corpus (with the earlier lines)", value: `${(share * 100).toFixed(1)} % (${((sealed / (sealed + dev + earlier)) * 100).toFixed(1)} %)`, goal: "≥ 30 %", ok: share >= 0.3 },
  ];
}

function throughputRows(): BenchRow[] {
  const text = mixedText(1_000_000);
  const megabytes = new TextEncoder().encode(text).length / 1_000_000;
  analyze(text); // warm-up: build the lexicon trie once, as a long-lived pane would
  const runs = 5;
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    findings = analyze(text).length;
    times.push(performance.now() - start);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
  const mbPerSecond = megabytes / (median / 1000);
  return [
    { section: "coach", measure: `throughput, ${megabytes.toFixed(2)} MB mixed ja/en (median of ${runs})`, value: `${mbPerSecond.toFixed(2)} MB/s`, goal: "≥ 1 MB/s", ok: mbPerSecond >= 1 },
    { section: "coach", measure: "findings in that text", value: String(findings) },
  ];
}
