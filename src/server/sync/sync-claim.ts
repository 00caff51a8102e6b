// A commitment's first sync to To Do or Planner claims its commitment_links row before it calls
// Graph, so two syncs at once (a double click, two tabs, two server instances) cannot both create a
// task: the second is told a sync is running. The claim is the row itself with no task id yet; a
// failed sync releases it, and one left behind by a crashed server expires after CLAIM_TTL_MS.
import type { Db } from "../db/database";
import { withReminderTables } from "../reminders/reminder.tables";
import type { SyncTarget, TaskLink } from "./task-sync";

export const CLAIM_TTL_MS = 2 * 60_000;
/** external_id of a claimed row whose task does not exist yet. */
const PENDING = "";

export interface SyncKey {
  tenantId: string;
  commitmentId: string;
  target: SyncTarget;
}

/** The task of an earlier sync; or this sync's claim (made at `at`); or another sync's live claim. */
export type SyncClaim = { kind: "link"; link: TaskLink } | { kind: "claimed"; at: string } | { kind: "busy" };

const row = (db: Db, key: SyncKey) =>
  withReminderTables(db)
    .selectFrom("commitment_links")
    .selectAll()
    .where("tenant_id", "=", key.tenantId)
    .where("commitment_id", "=", key.commitmentId)
    .where("target", "=", key.target)
    .executeTakeFirst();

export async function claimSync(db: Db, key: SyncKey, by: string, now: Date): Promise<SyncClaim> {
  const at = now.toISOString();
  const rdb = withReminderTables(db);
  for (let attempt = 0; attempt < 2; attempt++) {
    const current = await row(db, key);
    if (current && current.external_id !== PENDING) {
      return { kind: "link", link: { containerId: current.container_id, externalId: current.external_id, webUrl: current.web_url, etag: current.etag } };
    }
    if (current) {
      if (Date.parse(current.synced_at) > now.getTime() - CLAIM_TTL_MS) return { kind: "busy" };
      // A claim left behind: take it over, unless someone else just did (compare-and-set).
      const taken = await rdb
        .updateTable("commitment_links")
        .set({ synced_by: by, synced_at: at })
        .where("tenant_id", "=", key.tenantId)
        .where("commitment_id", "=", key.commitmentId)
        .where("target", "=", key.target)
        .where("external_id", "=", PENDING)
        .where("synced_at", "=", current.synced_at)
        .executeTakeFirst();
      return Number(taken.numUpdatedRows) === 1 ? { kind: "claimed", at } : { kind: "busy" };
    }
    const inserted = await rdb
      .insertInto("commitment_links")
      .values({ tenant_id: key.tenantId, commitment_id: key.commitmentId, target: key.target, container_id: "", external_id: PENDING, web_url: null, etag: null, synced_by: by, synced_at: at })
      .onConflict((oc) => oc.columns(["tenant_id", "commitment_id", "target"]).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { kind: "claimed", at };
    // Another sync inserted first: read what it left (its claim, or already its task).
  }
  return { kind: "busy" };
}

/** Gives a failed first sync's claim back, so the next sync can create the task. */
export async function releaseClaim(db: Db, key: SyncKey, at: string): Promise<void> {
  await withReminderTables(db)
    .deleteFrom("commitment_links")
    .where("tenant_id", "=", key.tenantId)
    .where("commitment_id", "=", key.commitmentId)
    .where("target", "=", key.target)
    .where("external_id", "=", PENDING)
    .where("synced_at", "=", at)
    .execute();
}
