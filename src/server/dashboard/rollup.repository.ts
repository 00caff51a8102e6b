// Reads of the dashboard rollups (migration 2026-11-28-007): the same groups the commitments
// table gives (dashboard.repository.ts), summed from a few thousand pre-counted rows instead of a
// scan of every commitment. Rows counted down to 0 are skipped.
import { sql, type SelectQueryBuilder } from "kysely";
import type { MonthRange } from "../../core/dashboard/due-split";
import type { Database, Db } from "../db/database";
import type { DayGroupRow, DepartmentGroupRow, ObjectiveGroupRow } from "./dashboard.repository";
import { withRollupTables, type RollupTables } from "./rollup.tables";

type Monthly = "commitment_rollup_departments" | "commitment_rollup_created" | "commitment_rollup_objectives";

/** The rollup scope of a department filter (owner's OR helped department), or of the whole tenant. */
export const scopeOf = (department: string | undefined) => (department === undefined ? "*" : `d:${department}`);

/** One tenant's rows of whole months in a rollup, skipping counts that fell to 0. */
function monthRows<T extends Monthly>(db: Db, table: T, tenantId: string, months: MonthRange, statuses?: readonly string[]) {
  // Typed as one rollup while building: every rollup has these columns, which Kysely cannot see
  // through a generic table name; the caller gets the builder of its own table back.
  let q = withRollupTables(db)
    .selectFrom(table as "commitment_rollup_departments")
    .where("tenant_id", "=", tenantId)
    .where("n", ">", 0);
  if (months.from !== undefined) q = q.where("due_month", ">=", months.from);
  if (months.to !== undefined) q = q.where("due_month", "<=", months.to);
  if (months.except !== undefined) q = q.where("due_month", "<>", months.except);
  if (statuses !== undefined) q = q.where("status", "in", [...statuses]);
  return q as unknown as SelectQueryBuilder<Database & RollupTables, T, object>;
}

const num = (v: unknown): number => Number(v ?? 0);

/**
 * The department groups of whole months. A month before `todayMonth` is entirely past, so its open
 * commitments are all overdue; the caller reads the current month day by day.
 */
export async function departmentRollup(
  db: Db,
  tenantId: string,
  months: MonthRange,
  todayMonth: string,
  department?: string,
  statuses?: readonly string[],
): Promise<DepartmentGroupRow[]> {
  let q = monthRows(db, "commitment_rollup_departments", tenantId, months, statuses);
  if (department !== undefined) {
    q = q.where((eb) => eb.or([eb("owner_department", "=", department), eb("helps_department", "=", department)]));
  }
  const rows = await q
    .select([
      "owner_department",
      "helps_department",
      "status",
      sql<number>`sum(n)`.as("count"),
      sql<number>`sum(case when status = 'open' and due_month < ${todayMonth} then n else 0 end)`.as("overdue"),
    ])
    .groupBy(["owner_department", "helps_department", "status"])
    .execute();
  return rows.map((r) => ({
    from: r.owner_department,
    to: r.helps_department === "" ? null : r.helps_department,
    status: r.status,
    count: num(r.count),
    overdue: num(r.overdue),
  }));
}

/** Commitments created per day and status, over whole months of due dates. */
export async function createdRollup(
  db: Db,
  tenantId: string,
  months: MonthRange,
  department?: string,
  statuses?: readonly string[],
): Promise<DayGroupRow[]> {
  const rows = await monthRows(db, "commitment_rollup_created", tenantId, months, statuses)
    .where("scope", "=", scopeOf(department))
    .select(["created_day", "status", sql<number>`sum(n)`.as("count")]).groupBy(["created_day", "status"]).execute();
  return rows.map((r) => ({ day: r.created_day, status: r.status, count: num(r.count) }));
}

/** The per-objective groups over whole months of due dates. */
export async function objectiveRollup(
  db: Db,
  tenantId: string,
  months: MonthRange,
  department?: string,
  statuses?: readonly string[],
): Promise<Omit<ObjectiveGroupRow, "objectiveTitle">[]> {
  const rows = await monthRows(db, "commitment_rollup_objectives", tenantId, months, statuses)
    .where("scope", "=", scopeOf(department))
    .select(["objective_key", "owner_department", "status", sql<number>`sum(n)`.as("count")])
    .groupBy(["objective_key", "owner_department", "status"])
    .execute();
  return rows.map((r) => ({
    objectiveId: r.objective_key === "" ? null : r.objective_key,
    department: r.owner_department,
    status: r.status,
    count: num(r.count),
  }));
}

/**
 * Each objective's title, keyed by objective id ("" for none): the greatest title any of its
 * commitments carries, whatever the filter, so every read path names an objective alike.
 */
export async function objectiveTitles(db: Db, tenantId: string, keys: readonly string[]): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  if (keys.length === 0) return titles;
  // Up to 500 per query: well under both databases' bound-parameter limits.
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await withRollupTables(db)
      .selectFrom("commitment_rollup_objectives")
      .where("tenant_id", "=", tenantId)
      .where("scope", "=", "*")
      .where("objective_key", "in", keys.slice(i, i + 500))
      .where("n", ">", 0)
      .select(["objective_key", sql<string>`max(objective_title)`.as("title")])
      .groupBy("objective_key")
      .execute();
    for (const r of rows) titles.set(r.objective_key, r.title);
  }
  return titles;
}
