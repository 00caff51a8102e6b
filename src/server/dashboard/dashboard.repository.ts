// The dashboard's GROUP BY queries. Portable SQL only (substr, case, count, sum) so SQLite and
// PostgreSQL answer alike; week buckets are made in TypeScript from the grouped dates.
import { sql, type SelectQueryBuilder } from "kysely";
import type { DayRange } from "../../core/dashboard/due-split";
import type { Database, Db } from "../db/database";
import { searchUsesIndex, textCandidates, textMatches } from "../commitments/commitment-search";

/** The dashboard filters in domain terms; all are ANDed. */
export interface DashboardFilter {
  objectiveId?: string;
  /** Matches the owner's department OR the department the commitment helps, as in the list. */
  department?: string;
  /** Only these statuses (the status filter; "overdue" becomes open + a due date before today). */
  statuses?: readonly string[];
  /** The list's search text: the same LIKE, narrowed by the trigram index when it can be. */
  text?: string;
  dueFrom?: string;
  dueTo?: string;
  /** YYYY-MM-DD: open commitments due before it are overdue. */
  today: string;
  /** Only these days of due dates (any of them): what the monthly rollups leave over. */
  dueDays?: readonly DayRange[];
}

/** One (owner's department, helped department, status) group; `to` is null when it helps none. */
export interface DepartmentGroupRow {
  from: string;
  to: string | null;
  status: string;
  count: number;
  overdue: number;
}
export interface DayGroupRow {
  day: string;
  status: string;
  count: number;
}
export interface ScoreDayRow {
  day: string;
  scoreSum: number;
  meetings: number;
}
export interface ObjectiveGroupRow {
  objectiveId: string | null;
  objectiveTitle: string;
  department: string;
  status: string;
  count: number;
}

function filtered(db: Db, tenantId: string, f: DashboardFilter): SelectQueryBuilder<Database, "commitments", object> {
  let q = db.selectFrom("commitments").where("tenant_id", "=", tenantId);
  if (f.objectiveId !== undefined) q = q.where("objective_id", "=", f.objectiveId);
  if (f.department !== undefined) {
    const d = f.department;
    q = q.where((eb) => eb.or([eb("owner_department", "=", d), eb("helps_department", "=", d)]));
  }
  if (f.statuses !== undefined) q = q.where("status", "in", [...f.statuses]);
  if (f.text !== undefined) {
    q = q.where(textMatches(db, f.text));
    if (searchUsesIndex(f.text)) q = q.where(textCandidates(db, f.text));
  }
  if (f.dueFrom !== undefined) q = q.where("due_date", ">=", f.dueFrom);
  if (f.dueTo !== undefined) q = q.where("due_date", "<=", f.dueTo);
  const days = f.dueDays;
  if (days !== undefined) {
    q = q.where((eb) => eb.or(days.map((d) => eb.and([eb("due_date", ">=", d.from), eb("due_date", "<=", d.to)]))));
  }
  return q;
}

// PostgreSQL returns count/sum as strings (bigint); SQLite as numbers.
const num = (v: unknown): number => Number(v ?? 0);

/**
 * The by-department bars and the matrix from one GROUP BY: both are sums of these groups, and one
 * pass over the covering index commitments_dash_departments (in group order) halves the work.
 */
export async function countByDepartments(db: Db, tenantId: string, f: DashboardFilter): Promise<DepartmentGroupRow[]> {
  const rows = await filtered(db, tenantId, f)
    .select([
      "owner_department",
      "helps_department",
      "status",
      sql<number>`count(*)`.as("n"),
      sql<number>`sum(case when status = 'open' and due_date < ${f.today} then 1 else 0 end)`.as("overdue"),
    ])
    .groupBy(["owner_department", "helps_department", "status"])
    .execute();
  return rows.map((r) => ({ from: r.owner_department, to: r.helps_department, status: r.status, count: num(r.n), overdue: num(r.overdue) }));
}

export async function countByCreatedDay(db: Db, tenantId: string, f: DashboardFilter): Promise<DayGroupRow[]> {
  // Answered from the covering index commitments_dash_created (tenant_id, created_at, status, due_date).
  const day = sql<string>`substr(created_at, 1, 10)`;
  const rows = await filtered(db, tenantId, f)
    .select([day.as("day"), "status", sql<number>`count(*)`.as("n")])
    .groupBy([day, "status"])
    .execute();
  return rows.map((r) => ({ day: r.day, status: r.status, count: num(r.n) }));
}

/** Groups by objective id, department and status; titles come from the rollup (objectiveTitles). */
export async function countByObjective(db: Db, tenantId: string, f: DashboardFilter): Promise<Omit<ObjectiveGroupRow, "objectiveTitle">[]> {
  const rows = await filtered(db, tenantId, f)
    .select(["objective_id", "owner_department", "status", sql<number>`count(*)`.as("n")])
    .groupBy(["objective_id", "owner_department", "status"])
    .execute();
  return rows.map((r) => ({ objectiveId: r.objective_id, department: r.owner_department, status: r.status, count: num(r.n) }));
}

/** Open commitments due from `from` to `to` (inclusive): a short range of commitments_due_cover. */
export async function countOpenDue(db: Db, tenantId: string, f: DashboardFilter, from: string, to: string): Promise<number> {
  const lo = f.dueFrom !== undefined && f.dueFrom > from ? f.dueFrom : from;
  const hi = f.dueTo !== undefined && f.dueTo < to ? f.dueTo : to;
  if (lo > hi) return 0;
  const row = await filtered(db, tenantId, { ...f, statuses: ["open"], dueFrom: lo, dueTo: hi, dueDays: undefined })
    .select(sql<number>`count(*)`.as("n"))
    .executeTakeFirst();
  return num(row?.n);
}

/** Scored meetings per day (start date, else creation date); only the objective filter applies. */
export async function purposeScoreByDay(db: Db, tenantId: string, f: DashboardFilter): Promise<ScoreDayRow[]> {
  const day = sql<string>`substr(coalesce(starts_at, created_at), 1, 10)`;
  let q = db.selectFrom("agendas").where("tenant_id", "=", tenantId).where("purpose_score", "is not", null);
  if (f.objectiveId !== undefined) q = q.where("objective_id", "=", f.objectiveId);
  const rows = await q
    .select([day.as("day"), sql<number>`sum(purpose_score)`.as("total"), sql<number>`count(*)`.as("n")])
    .groupBy(day)
    .execute();
  return rows.map((r) => ({ day: r.day, scoreSum: num(r.total), meetings: num(r.n) }));
}
