// BENCH_EXPLAIN=1: prints the plan of every SQL statement the table and the summary run, as the
// database chose it (EXPLAIN QUERY PLAN in SQLite, EXPLAIN ANALYZE in PostgreSQL). Used to pick
// the indexes of migration 2026-11-28-003-dashboard-indexes.
import { Kysely, PostgresDialect, SqliteDialect, type CompiledQuery } from "kysely";
import { listCommitments } from "../../../src/server/commitments/commitment.service";
import { dashboardSummary } from "../../../src/server/dashboard/dashboard.service";
import type { Database, Db } from "../../../src/server/db/database";
import type { Principal } from "../../../src/server/auth/principal";
import type { CommitmentListQuery } from "../../../src/core/api/commitment-list-contract";
import { FIRST_PAGE_QUERIES, SUMMARY_QUERIES } from "./measure";
import { BENCH_TODAY } from "./seed-sql";
import { CommitmentListQuery as ListSchema } from "../../../src/core/api/commitment-list-contract";
import { DashboardQuery } from "../../../src/core/api/dashboard-contract";

type Target = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

async function open(target: Target, log: (q: CompiledQuery) => void): Promise<Kysely<Database>> {
  const onLog = (e: { level: string; query: CompiledQuery }) => log(e.query);
  if (target.kind === "sqlite") {
    const { default: SQLite } = await import("better-sqlite3");
    return new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(target.file) }), log: onLog });
  }
  const { default: pg } = await import("pg");
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, max: 1 }) }), log: onLog });
}

export async function explainAll(target: Target, principal: Principal): Promise<void> {
  let captured: CompiledQuery[] = [];
  const db = await open(target, (q) => captured.push(q));
  const show = async (title: string, run: (db: Db) => Promise<unknown>) => {
    captured = [];
    await run(db);
    const queries = captured.filter((q) => /from "commitment(s|_rollup_\w+)"/.test(q.sql));
    captured = [];
    for (const q of queries) {
      const prefix = target.kind === "sqlite" ? "explain query plan " : "explain (analyze, buffers off, costs off) ";
      const plan = await db.executeQuery({ ...q, sql: prefix + q.sql, query: q.query });
      const lines = plan.rows.map((r) => (target.kind === "sqlite" ? (r as { detail: string }).detail : (r as Record<string, string>)["QUERY PLAN"]));
      process.stderr.write(`\n── ${target.kind} ${title}\n${q.sql.slice(0, 400)}\n  ${lines.join("\n  ")}\n`);
    }
  };
  try {
    for (const [name, query] of FIRST_PAGE_QUERIES) {
      const q = ListSchema.parse(Object.fromEntries(new URLSearchParams(`limit=50&${query(0)}`)) as CommitmentListQuery);
      await show(`list: ${name}`, (d) => listCommitments(d, principal, q));
    }
    for (const [name, query] of SUMMARY_QUERIES) {
      const q = DashboardQuery.parse(Object.fromEntries(new URLSearchParams(`today=${BENCH_TODAY}&${query(0)}`)));
      await show(`summary: ${name}`, (d) => dashboardSummary(d, principal, q));
    }
  } finally {
    await db.destroy();
  }
}
