// The SQL of the reminder job: what is due, the weekly counts, and the send ledger.
import type { Db } from "../db/database";
import type { DepartmentCounts } from "./reminder-messages";
import { withReminderTables } from "./reminder.tables";

export interface DueRow {
  tenant_id: string;
  owner_email: string;
  owner_name: string;
  action: string;
  due_date: string;
  objective_title: string;
}

/** Open commitments due on or before `dueBy` (overdue ones included), grouped by tenant and owner. */
export async function dueCommitments(db: Db, dueBy: string, tenantId: string | null): Promise<DueRow[]> {
  let q = db
    .selectFrom("commitments")
    .select(["tenant_id", "owner_email", "owner_name", "action", "due_date", "objective_title"])
    .where("status", "=", "open")
    .where("due_date", "<=", dueBy);
  if (tenantId !== null) q = q.where("tenant_id", "=", tenantId);
  return q.orderBy("tenant_id").orderBy("owner_email").orderBy("due_date").orderBy("id").execute();
}

/** Tenants with at least one commitment: the ones a weekly summary is about. */
export async function tenantsWithCommitments(db: Db, tenantId: string | null): Promise<string[]> {
  let q = db.selectFrom("commitments").select("tenant_id").distinct();
  if (tenantId !== null) q = q.where("tenant_id", "=", tenantId);
  return (await q.execute()).map((r) => r.tenant_id);
}

export interface TenantCounts {
  open: number;
  overdue: number;
  dueSoon: number;
  doneLast7Days: number;
  byDepartment: DepartmentCounts[];
}

export async function tenantCounts(db: Db, tenantId: string, today: string, dueBy: string, weekAgoIso: string): Promise<TenantCounts> {
  const rows = await db
    .selectFrom("commitments")
    .select((eb) => [
      "owner_department",
      eb.fn.countAll<string | number>().as("open"),
      eb.fn.sum<string | number | null>(eb.case().when("due_date", "<", today).then(1).else(0).end()).as("overdue"),
      eb.fn.sum<string | number | null>(eb.case().when(eb.and([eb("due_date", ">=", today), eb("due_date", "<=", dueBy)])).then(1).else(0).end()).as("due_soon"),
    ])
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "open")
    .groupBy("owner_department")
    .orderBy("owner_department")
    .execute();
  const done = await db
    .selectFrom("commitments")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "done")
    .where("updated_at", ">=", weekAgoIso)
    .executeTakeFirst();
  const byDepartment = rows.map((r) => ({ department: r.owner_department, open: Number(r.open), overdue: Number(r.overdue ?? 0) }));
  return {
    open: byDepartment.reduce((n, d) => n + d.open, 0),
    overdue: byDepartment.reduce((n, d) => n + d.overdue, 0),
    dueSoon: rows.reduce((n, r) => n + Number(r.due_soon ?? 0), 0),
    doneLast7Days: Number(done?.n ?? 0),
    byDepartment,
  };
}

export interface SendKey {
  tenantId: string;
  recipient: string;
  kind: string;
  period: string;
}

/**
 * Claims a reminder in the ledger: true when this caller inserted its row, false when it already
 * existed (sent, or being sent by another instance). Under PostgreSQL a concurrent claimer of the
 * same key waits for the first transaction and then sees the conflict.
 */
export async function claimSend(db: Db, key: SendKey, channel: string, sentBy: string, at: string): Promise<boolean> {
  const result = await withReminderTables(db)
    .insertInto("reminder_sends")
    .values({ tenant_id: key.tenantId, recipient: key.recipient, kind: key.kind, period: key.period, channel, sent_by: sentBy, sent_at: at })
    .onConflict((oc) => oc.columns(["tenant_id", "recipient", "kind", "period"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Undoes a claim whose message could not be sent, so the next run tries again. */
export async function releaseSend(db: Db, key: SendKey): Promise<void> {
  await withReminderTables(db)
    .deleteFrom("reminder_sends")
    .where("tenant_id", "=", key.tenantId)
    .where("recipient", "=", key.recipient)
    .where("kind", "=", key.kind)
    .where("period", "=", key.period)
    .execute();
}
