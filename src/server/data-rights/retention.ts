// Retention: each tenant may set how long finished agendas are kept. An agenda is finished when its
// meeting ended (ends_at) more than that many days ago and none of its commitments is still open;
// it is then deleted with everything hung on it (contributions, attendees, commitments and their
// history). Agendas without an end time and agendas with open commitments stay. Answers to write
// requests (idempotency) are kept for IDEMPOTENCY_RETENTION_HOURS, for every tenant.
import { sql } from "kysely";
import { MAX_RETENTION_DAYS } from "../../core/api/data-rights-contract";
import type { Db } from "../db/database";
import { recordAudit, type Actor } from "./audit";
import { withDataRightsTables } from "./data-rights.tables";

export const IDEMPOTENCY_RETENTION_HOURS = 24;
/** Agendas deleted per transaction: a large backlog is purged in steps that don't hold locks long. */
const PURGE_BATCH = 200;

export const RETENTION_JOB_ACTOR: Actor = { id: "retention-job", email: "retention-job" };

export async function getRetentionDays(db: Db, tenantId: string): Promise<number | null> {
  const row = await withDataRightsTables(db).selectFrom("tenant_settings").select("finished_agenda_retention_days").where("tenant_id", "=", tenantId).executeTakeFirst();
  return row?.finished_agenda_retention_days ?? null;
}

/** days: 1 … MAX_RETENTION_DAYS, or null to keep finished agendas. */
export async function setRetentionDays(db: Db, tenantId: string, days: number | null, actor: Actor, at = new Date()): Promise<void> {
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS)) {
    throw new RangeError(`The retention must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}, or none`);
  }
  await db.transaction().execute(async (trx) => {
    const before = await getRetentionDays(trx, tenantId);
    await withDataRightsTables(trx)
      .insertInto("tenant_settings")
      .values({ tenant_id: tenantId, finished_agenda_retention_days: days, updated_by: actor.email, updated_at: at.toISOString() })
      .onConflict((oc) => oc.column("tenant_id").doUpdateSet({ finished_agenda_retention_days: days, updated_by: actor.email, updated_at: at.toISOString() }))
      .execute();
    await recordAudit(trx, tenantId, actor, "set_retention", { finishedAgendaDays: days, before }, at);
  });
}

export interface PurgeResult {
  /** Agendas deleted, per tenant. */
  agendas: Record<string, number>;
  idempotencyKeys: number;
}

/** One run of the retention job, for every tenant with a setting. */
export async function purgeExpired(db: Db, now = new Date(), actor: Actor = RETENTION_JOB_ACTOR): Promise<PurgeResult> {
  const settings = await withDataRightsTables(db)
    .selectFrom("tenant_settings")
    .select(["tenant_id", "finished_agenda_retention_days"])
    .where("finished_agenda_retention_days", "is not", null)
    .execute();
  const result: PurgeResult = { agendas: {}, idempotencyKeys: 0 };
  for (const s of settings) {
    const n = await purgeTenant(db, s.tenant_id, s.finished_agenda_retention_days!, now, actor);
    if (n > 0) result.agendas[s.tenant_id] = n;
  }
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3_600_000).toISOString();
  // Answered keys only: a claim (status 0) belongs to a request still running.
  const keys = await db.deleteFrom("idempotency_keys").where("created_at", "<", cutoff).where("status_code", "<>", 0).executeTakeFirst();
  result.idempotencyKeys = Number(keys.numDeletedRows);
  return result;
}

/** Deletes the tenant's finished agendas older than `days`; the count deleted. */
export async function purgeTenant(db: Db, tenantId: string, days: number, now: Date, actor: Actor = RETENTION_JOB_ACTOR): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  let total = 0;
  for (;;) {
    // One statement: the open-commitment check and the delete see the same rows, so a commitment
    // reopened meanwhile keeps its agenda. Cascades take contributions, attendees and commitments.
    const result = await sql`
      delete from agendas where id in (
        select a.id from agendas a
        where a.tenant_id = ${tenantId} and a.ends_at is not null and a.ends_at < ${cutoff}
          and not exists (select 1 from commitments c where c.agenda_id = a.id and c.status = 'open')
        order by a.ends_at, a.id
        limit ${PURGE_BATCH})`.execute(db);
    const deleted = Number(result.numAffectedRows ?? 0n);
    total += deleted;
    if (deleted < PURGE_BATCH) break;
  }
  if (total > 0) await recordAudit(db, tenantId, actor, "retention_purge", { agendas: total, finishedBefore: cutoff, days }, now);
  return total;
}
