// Query plans of what the table and the summary run, as the database chose them (EXPLAIN QUERY PLAN
// in SQLite, EXPLAIN ANALYZE in PostgreSQL): for every measured query with BENCH_EXPLAIN=1 (used to
// pick the indexes of migration 2026-11-28-003-dashboard-indexes), and for any row over its goal.
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
export type QueryKind = "list" | "summary";

async function open(target: Target, log: (q: CompiledQuery) => void): Promise<Kysely<Database>> {
  const onLog = (e: { level: string; query: CompiledQuery }) => log(e.query);
  if (target.kind === "sqlite") {
    const { default: SQLite } = await import("better-sqlite3");
    return new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(target.file) }), log: onLog });
  }
  const { default: pg } = await import("pg");
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, max: 1 }) }), log: onLog });
}

function runner(kind: QueryKind, name: string, principal: Principal): (db: Db) => Promise<unknown> {
  if (kind === "list") {
    const query = FIRST_PAGE_QUERIES.find(([n]) => n === name)?.[1];
    if (!query) throw new Error(`no first-page query named ${name}`);
    const q = ListSchema.parse(Object.fromEntries(new URLSearchParams(`limit=50&${query(0)}`)) as CommitmentListQuery);
    return (db) => listCommitments(db, principal, q);
  }
  const query = SUMMARY_QUERIES.find(([n]) => n === name)?.[1];
  if (!query) throw new Error(`no summary query named ${name}`);
  const q = DashboardQuery.parse(Object.fromEntries(new URLSearchParams(`today=${BENCH_TODAY}&${query(0)}`)));
  return (db) => dashboardSummary(db, principal, q);
}

/** Opens its own connection, runs each query once, and returns the plan of each commitment/rollup statement. */
export async function plans(target: Target, principal: Principal, queries: readonly { kind: QueryKind; name: string }[]): Promise<Map<string, string>> {
  let captured: CompiledQuery[] = [];
  const db = await open(target, (q) => captured.push(q));
  const result = new Map<string, string>();
  try {
    for (const { kind, name } of queries) {
      captured = [];
      await runner(kind, name, principal)(db);
      const statements = captured.filter((q) => /from "commitment(s|_rollup_\w+)"/.test(q.sql));
      captured = [];
      const parts: string[] = [];
      for (const q of statements) {
        const prefix = target.kind === "sqlite" ? "explain query plan " : "explain (analyze, buffers off, costs off) ";
        const plan = await db.executeQuery({ ...q, sql: prefix + q.sql, query: q.query });
        const lines = plan.rows.map((r) => (target.kind === "sqlite" ? (r as { detail: string }).detail : (r as Record<string, string>)["QUERY PLAN"]));
        parts.push(`${q.sql.slice(0, 400)}\n  ${lines.join("\n  ")}`);
      }
      result.set(`${kind}: ${name}`, parts.join("\n"));
    }
    return result;
  } finally {
    await db.destroy();
  }
}

export async function explainAll(target: Target, principal: Principal): Promise<void> {
  const all = [...FIRST_PAGE_QUERIES.map(([name]) => ({ kind: "list" as const, name })), ...SUMMARY_QUERIES.map(([name]) => ({ kind: "summary" as const, name }))];
  for (const [title, plan] of await plans(target, principal, all)) process.stderr.write(`\n── ${target.kind} ${title}\n${plan}\n`);
}
