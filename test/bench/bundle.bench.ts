// Client JS per page, gzipped: each page's initial JS (its <script> tags) against its budget, with
// the same figure for a baseline page built by the same webpack config (React 19 + FluentProvider +
// one Button), so what each page adds above the framework shows; then every initial chunk. Measures
// a private production build (support/bundle-size.ts), or BENCH_DIST_DIR=<dir> an existing one (the
// baseline is always built).
import type { BenchRow } from "./bench-row";
import { BASELINE, KB, PAGES, baselineBuild, benchBuild, kb, measurePage, type PageSize } from "./support/bundle-size";

const PAGE_BUDGET = 150 * KB;
/** Outlook's JavaScript-only runtime loads events.js on every appointment it opens. */
const EVENTS_BUDGET = 40 * KB;

const chunkName = (file: string) => file.replace(/\.[0-9a-f]{16,}\.js$/, ".js"); // hashes change with every build

function chunkRows(page: PageSize): BenchRow[] {
  return page.chunks.map((c) => ({ section: "bundle", measure: `  ${chunkName(c.file)}`, value: `${kb(c.gzip)} (${kb(c.bytes)} min)` }));
}

export async function run(): Promise<BenchRow[]> {
  const dir = benchBuild();
  const rows: BenchRow[] = [];
  let baseline: PageSize | null = null;
  try {
    baseline = measurePage(baselineBuild(), BASELINE);
    rows.push({ section: "bundle", measure: `${baseline.label}: initial JS, ${baseline.chunks.length} chunk(s)`, value: kb(baseline.totalGzip) }, ...chunkRows(baseline));
  } catch (error) {
    rows.push({ section: "bundle", measure: `${BASELINE.label}: FAILED to build — ${String(error).split("\n")[0]!.slice(0, 160)}`, value: "n/a", ok: false });
  }
  for (const spec of PAGES) {
    const page = measurePage(dir, spec);
    const budget = spec.html === "outlook/events.html" ? EVENTS_BUDGET : PAGE_BUDGET;
    const office = page.external.length ? " (+ Office.js from Microsoft's CDN)" : "";
    const above = baseline ? page.totalGzip - baseline.totalGzip : Number.NaN;
    rows.push({
      section: "bundle",
      measure: `${page.label}: initial JS, ${page.chunks.length} chunk(s)${office}; above the baseline`,
      value: `${kb(page.totalGzip)}; ${Number.isNaN(above) ? "n/a" : `${above >= 0 ? "+" : "−"}${kb(Math.abs(above))}`}`,
      goal: `≤ ${kb(budget)} gz`,
      ok: page.totalGzip <= budget,
    });
    rows.push(...chunkRows(page));
  }
  return rows;
}
