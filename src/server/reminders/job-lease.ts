// A lease row: at most one server instance runs a scheduled job at a time, on SQLite and PostgreSQL
// alike (no advisory locks needed). The holder renews it on every run; when it stops renewing (crash,
// shutdown, partition) another instance takes over once `expires_at` has passed. The lease only keeps
// instances from doing the same work twice; the reminder_sends key is what guarantees "never twice".
import type { Db } from "../db/database";
import { withReminderTables } from "./reminder.tables";

export interface LeaseRequest {
  name: string;
  holder: string;
  ttlMs: number;
  nowMs: number;
}

/** Takes or renews the lease; true when `holder` holds it until nowMs + ttlMs. */
export async function tryAcquireLease(db: Db, { name, holder, ttlMs, nowMs }: LeaseRequest): Promise<boolean> {
  const rdb = withReminderTables(db);
  const expiresAt = new Date(nowMs + ttlMs).toISOString();
  const inserted = await rdb
    .insertInto("job_leases")
    .values({ name, holder, expires_at: expiresAt })
    .onConflict((oc) => oc.column("name").doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) return true;
  // One statement: the WHERE is re-checked under the row lock, so two instances can't both win.
  const updated = await rdb
    .updateTable("job_leases")
    .set({ holder, expires_at: expiresAt })
    .where("name", "=", name)
    .where((eb) => eb.or([eb("holder", "=", holder), eb("expires_at", "<=", new Date(nowMs).toISOString())]))
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Gives the lease up (on shutdown) so another instance need not wait for it to expire. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await withReminderTables(db).deleteFrom("job_leases").where("name", "=", name).where("holder", "=", holder).execute();
}
