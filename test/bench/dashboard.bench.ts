// The PMO dashboard at scale: 1,000,000 commitments in 10,000 meetings across 50
// departments (plus a small second tenant), on SQLite (a temp file, WAL) and on PostgreSQL when
// BENCH_DATABASE_URL or TEST_DATABASE_URL is set. Measured through the real HTTP layer (app.inject
// on buildApp). The rollups (migration 007) and the search index (008) are built after the bulk
// seed, as an upgrade of a filled database would build them, and that time is reported.
// BENCH_ROWS=… seeds fewer rows; BENCH_EXPLAIN=1 prints the query plans; BENCH_ONLY=sqlite|postgres;
// BENCH_BEFORE=1 also measures without the indexes of migration 003 (slow: each request sorts the tenant).
// The table shows the seed (the data's shape; every value is a function of the row number, so a run
// can be repeated exactly) and, under it, the query plan of every row over its goal.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import type { DbTarget } from "../../src/server/db/create-db";
import * as dashboardIndexes from "../../src/server/db/migrations/2026-11-28-003-dashboard-indexes";
import * as rollups from "../../src/server/db/migrations/2026-11-28-007-commitment-rollups";
import * as search from "../../src/server/db/migrations/2026-11-28-008-commitment-search";
import { buildTestApp, type TestApp } from "../server/api-helper";
import type { BenchRow } from "./bench-row";
import { explainAll, plans, type QueryKind } from "./dashboard/explain";
import { measureExport } from "./dashboard/export-memory";
import { FIRST_PAGE_PREFIX, SUMMARY_PREFIX, measureFirstPages, measureSummaries } from "./dashboard/measure";
import { BIG, SMALL, seed } from "./dashboard/seed";
import { seconds } from "./dashboard/timing";
import { BENCH_TODAY } from "./dashboard/seed-sql";

const PMO = { email: "pmo@bench.example", tenantId: BIG.tenantId, roles: ["PMO"] };

async function runOn(label: string, target: Extract<DbTarget, { kind: "sqlite" | "postgres" }>): Promise<BenchRow[]> {
  const section = `dashboard ${label}`;
  const rows: BenchRow[] = [];
  const log = (m: string) => process.stderr.write(`[bench ${label}] ${m}\n`);
  let t: TestApp | undefined;
  try {
    t = await buildTestApp({ target });
    const token = await t.tokenFor(PMO.email, { tenantId: PMO.tenantId, roles: PMO.roles });
    // Bulk load without the triggers of 007 and 008 (built afterwards, from the loaded rows).
    await search.down(t.db);
    await rollups.down(t.db);
    log(`seeding ${BIG.commitments.toLocaleString("en")} commitments…`);
    const seedMs = await seed(t.db, target.kind);
    rows.push({
      section,
      measure: "seed (deterministic: every value a function of the row number)",
      value: `${n(BIG.commitments)} + ${n(SMALL.commitments)} commitments in ${n(BIG.meetings)} + ${n(SMALL.meetings)} meetings, today ${BENCH_TODAY}`,
      detail: describeSeed(),
    });
    rows.push({ section, measure: `seed ${BIG.commitments.toLocaleString("en")} + ${SMALL.commitments.toLocaleString("en")} commitments (server-side INSERT … SELECT, + ANALYZE)`, value: seconds(seedMs) });
    const principal = { tenantId: BIG.tenantId, userId: "pmo", email: PMO.email, name: "PMO", roles: PMO.roles, isPmo: true };

    if (process.env.BENCH_BEFORE) {
      await dashboardIndexes.down(t.db);
      log("measuring without the dashboard indexes…");
      // Fewer runs without the indexes: a full sort of the tenant per request makes them slow.
      const before = [...(await measureFirstPages(t, token, section, 5))];
      rows.push(...before.map((r) => ({ ...r, measure: `before indexes: ${r.measure}` })));
      await dashboardIndexes.up(t.db);
    }

    let start = performance.now();
    await rollups.up(t.db);
    rows.push({ section, measure: "build the rollups from the loaded rows (migration 007)", value: seconds(performance.now() - start) });
    start = performance.now();
    await search.up(t.db);
    rows.push({ section, measure: "build the search index (migration 008)", value: seconds(performance.now() - start) });
    start = performance.now();
    // PostgreSQL: what autovacuum does after a bulk load; it sets the visibility map that index-only scans need.
    const vacuum = "vacuum analyze commitments, agendas, commitment_rollup_departments, commitment_rollup_created, commitment_rollup_objectives";
    await sql.raw(target.kind === "postgres" ? vacuum : "analyze").execute(t.db);
    rows.push({ section, measure: target.kind === "postgres" ? "VACUUM ANALYZE" : "ANALYZE", value: seconds(performance.now() - start) });
    if (process.env.BENCH_EXPLAIN) await explainAll(target, principal);
    log("measuring…");
    const measured = [...(await measureFirstPages(t, token, section, 30)), ...(await measureSummaries(t, token, section, 10))];
    await attachPlans(target, principal, measured);
    rows.push(...measured);

    log("streaming the exports…");
    rows.push(...(await measureExport(t, token, section, `/api/commitments/export.csv?today=${BENCH_TODAY}`, "CSV export of every row")));
    return rows;
  } catch (error) {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    rows.push({ section, measure: "run failed", value: error instanceof Error ? error.message.slice(0, 120) : String(error), ok: false });
    return rows;
  } finally {
    await t?.close();
  }
}

const n = (value: number) => value.toLocaleString("en");

function describeSeed(): string {
  const shape = (s: typeof BIG) => `${n(s.commitments)} commitments in ${n(s.meetings)} meetings, ${s.departments} departments, ${s.objectives} objectives, ${n(s.owners)} owners`;
  return `tenant ${BIG.tenantId}: ${shape(BIG)}; tenant ${SMALL.tenantId}: ${shape(SMALL)}; today = ${BENCH_TODAY}`;
}

/** The plan of every row over its goal, under the table: what the database did for that query. */
async function attachPlans(target: Parameters<typeof plans>[0], principal: Parameters<typeof plans>[1], rows: BenchRow[]): Promise<void> {
  const over = rows.flatMap((row) => {
    if (row.ok !== false) return [];
    const kind: QueryKind | null = row.measure.startsWith(FIRST_PAGE_PREFIX) ? "list" : row.measure.startsWith(SUMMARY_PREFIX) ? "summary" : null;
    if (!kind) return [];
    return [{ row, kind, name: row.measure.slice(kind === "list" ? FIRST_PAGE_PREFIX.length : SUMMARY_PREFIX.length) }];
  });
  if (over.length === 0) return;
  const found = await plans(target, principal, over);
  for (const { row, kind, name } of over) row.detail = `${target.kind} query plan:\n${found.get(`${kind}: ${name}`) ?? "(no statement on the commitments or rollups)"}`;
}

/** A database of our own on the server, so the bench never touches the test suites' tables. */
async function withBenchDatabase<T>(url: string, own: boolean, body: (url: string) => Promise<T>): Promise<T> {
  if (!own) return body(url);
  const { default: pg } = await import("pg");
  const name = `cp_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    const benchUrl = new URL(url);
    benchUrl.pathname = `/${name}`;
    return await body(benchUrl.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // BENCH_ONLY=sqlite|postgres runs one database (e.g. both at once in two processes).
  const only = process.env.BENCH_ONLY;
  if (only !== "postgres") {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-bench-"));
    try {
      rows.push(...(await runOn("sqlite", { kind: "sqlite", file: path.join(dir, "bench.db") })));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only === "sqlite") return rows;
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    rows.push({ section: "dashboard postgres", measure: "skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server", value: "—" });
    return rows;
  }
  // BENCH_DATABASE_URL is used as given; with TEST_DATABASE_URL the bench makes (and drops) its own database.
  rows.push(...(await withBenchDatabase(url, !process.env.BENCH_DATABASE_URL, (u) => runOn("postgres", { kind: "postgres", url: u }))));
  return rows;
}
