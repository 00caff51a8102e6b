// The purpose coach: precision and recall per language on the labelled corpus, and throughput in
// MB/s on 1 MB of generated mixed text (goal: fast enough to run on every keystroke).
import { LANGS } from "../../src/core/api/contract";
import { analyze } from "../../src/core/coach/analyze";
import { loadCorpus, scoreCorpus } from "../core/coach/corpus";
import type { BenchRow } from "./bench-row";
import { mixedText } from "./mixed-text";

const fmt = (n: number) => n.toFixed(3);

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const lang of LANGS) {
    for (const split of ["test", "all"] as const) {
      const lines = loadCorpus(lang).filter((l) => split === "all" || l.split === split);
      const s = scoreCorpus(lines);
      const tag = `${lang}, ${split === "test" ? "held-out" : "all"} (${lines.length})`;
      rows.push({ section: "coach", measure: `precision ${tag}`, value: fmt(s.precision), goal: "≥ 0.9", ok: s.precision >= 0.9 });
      rows.push({ section: "coach", measure: `recall ${tag}`, value: fmt(s.recall), goal: "≥ 0.85", ok: s.recall >= 0.85 });
    }
  }
  const text = mixedText(1_000_000);
  const megabytes = new TextEncoder().encode(text).length / 1_000_000;
  analyze(text); // warm-up: compile the patterns once, as a long-lived pane would
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
  rows.push({ section: "coach", measure: `throughput, ${megabytes.toFixed(2)} MB mixed ja/en (median of ${runs})`, value: `${mbPerSecond.toFixed(2)} MB/s`, goal: "≥ 1 MB/s", ok: mbPerSecond >= 1 });
  rows.push({ section: "coach", measure: "findings in that text", value: String(findings) });
  return rows;
}
