// Frozen in time: never edit a migration that has shipped; add a new one.
// The PMO dashboard on 1,000,000 commitments (chosen from the plans that
// `BENCH_EXPLAIN=1 npm run bench -- dashboard` prints, see test/bench/dashboard.bench.ts).
import type { Kysely } from "kysely";

// Aggregates: each GROUP BY of the summary reads one covering index (an index-only scan, no table
// rows; the department and objective ones in group order, so no sort either), and the due-date
// filter and the overdue count are answered from the same entries.
// Table: each sortable column has (tenant_id, column, id), the keyset of its cursor, so a first
// page under any sort reads 51 index entries instead of sorting the tenant.
const INDEXES: readonly [name: string, columns: readonly string[]][] = [
  ["commitments_dash_departments", ["tenant_id", "owner_department", "helps_department", "status", "due_date"]],
  ["commitments_dash_objectives", ["tenant_id", "objective_id", "owner_department", "status", "objective_title", "due_date"]],
  // Plain columns, not an index on substr(created_at, 1, 10): SQLite does not read an expression
  // index as covering and PostgreSQL preferred a sequential scan to it; the day is cut from the
  // timestamp while scanning this index instead.
  ["commitments_dash_created", ["tenant_id", "created_at", "status", "due_date"]],
  // The department filter matches the owner's OR the helped department: the helped side's index.
  ["commitments_helps_due", ["tenant_id", "helps_department", "due_date", "id"]],
  ["commitments_sort_owner", ["tenant_id", "owner_name", "id"]],
  ["commitments_sort_department", ["tenant_id", "owner_department", "id"]],
  ["commitments_sort_status", ["tenant_id", "status", "id"]],
  ["commitments_sort_updated", ["tenant_id", "updated_at", "id"]],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, columns] of INDEXES) {
    await db.schema.createIndex(name).on("commitments").columns([...columns]).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of [...INDEXES].reverse()) await db.schema.dropIndex(name).ifExists().execute();
}
