// `npm run bench`: runs every section (test/bench/<name>.bench.ts exporting run(): Promise<Row[]>)
// and prints one table. A benchmark reports figures against goals; it does not fail a build.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchRow } from "./bench-row";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);

async function main(): Promise<void> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
    .sort();
  const rows: BenchRow[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as { run?: () => Promise<BenchRow[]> };
    if (typeof mod.run !== "function") throw new Error(`${file} does not export run(): Promise<Row[]>`);
    rows.push(...(await mod.run()));
  }
  printTable(rows);
}

function printTable(rows: readonly BenchRow[]): void {
  const header = ["section", "measure", "value", "goal", "ok"];
  const cells = rows.map((r) => [r.section, r.measure, r.value, r.goal ?? "", r.ok === undefined ? "" : r.ok ? "yes" : "NO"]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i] ?? 0)).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const c of cells) console.log(line(c));
  for (const r of rows.filter((row) => row.detail)) console.log(`\n── ${r.section}: ${r.measure.trim()}\n${r.detail}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
