// Client JS per page, gzipped: every initial chunk (the page's <script> tags) against the 150 KB
// budget, and the page's total. Measures a private production build (support/bundle-size.ts), or
// BENCH_DIST_DIR=<dir> to measure an existing one.
import type { BenchRow } from "./bench-row";
import { KB, PAGES, benchBuild, kb, measurePage } from "./support/bundle-size";

const BUDGET = 150 * KB;

export async function run(): Promise<BenchRow[]> {
  const dir = benchBuild();
  const rows: BenchRow[] = [];
  for (const spec of PAGES) {
    const page = measurePage(dir, spec);
    const plural = page.chunks.length === 1 ? "" : "s";
    const office = page.external.length ? " (+ Office.js from Microsoft's CDN)" : "";
    rows.push({ section: "bundle", measure: `${page.label}: initial JS, ${page.chunks.length} chunk${plural}${office}`, value: kb(page.totalGzip) });
    for (const c of page.chunks) {
      // Hashes change with every build; the name says which chunk it is.
      const name = c.file.replace(/\.[0-9a-f]{16,}\.js$/, ".js");
      rows.push({ section: "bundle", measure: `  ${name}`, value: `${kb(c.gzip)} (${kb(c.bytes)} min)`, goal: "≤ 150 KB gz", ok: c.gzip <= BUDGET });
    }
  }
  return rows;
}
