// Deletes everything one tenant has, in one transaction (all of it or nothing), children before
// parents. The audit keeps one row afterwards: that this tenant's data was deleted, when and by whom,
// with the counts — the proof an administrator may be asked for.
import { sql } from "kysely";
import type { Db } from "../db/database";
import { isPostgres } from "../db/dialect";
import { recordAudit, type Actor } from "./audit";
import { TENANT_TABLES } from "./tenant-data-map";

export type DeleteCounts = Record<string, number>;

export async function deleteTenantData(db: Db, tenantId: string, actor: Actor, at = new Date()): Promise<DeleteCounts> {
  return db.transaction().execute(async (trx) => {
    // The commitment rollups are kept by a trigger deferred to COMMIT on PostgreSQL: fire it per
    // statement here, so the rollup rows are settled before they are deleted below.
    if (isPostgres(trx)) await sql`set constraints all immediate`.execute(trx);
    const counts: DeleteCounts = {};
    for (const table of [...TENANT_TABLES].reverse()) {
      const result = await sql`delete from ${sql.table(table.table)} where tenant_id = ${tenantId}`.execute(trx);
      counts[table.table] = Number(result.numAffectedRows ?? 0n);
    }
    await recordAudit(trx, tenantId, actor, "delete_tenant", { counts }, at);
    return counts;
  });
}
