// The organizations a multi-tenant (SaaS) deployment serves: enabled by an administrator's consent
// (onboarding), disabled by a tenant administrator. Every change is audited.
import type { Db } from "../db/database";
import { recordAudit, type Actor } from "../data-rights/audit";
import { withDataRightsTables } from "../data-rights/data-rights.tables";

export type TenantStatus = "enabled" | "disabled";

export async function tenantStatus(db: Db, tenantId: string): Promise<TenantStatus | null> {
  const row = await withDataRightsTables(db).selectFrom("tenants").select("status").where("tenant_id", "=", tenantId).executeTakeFirst();
  return row?.status === "enabled" || row?.status === "disabled" ? row.status : null;
}

export async function enableTenant(db: Db, tenantId: string, actor: Actor, how: string, at = new Date()): Promise<void> {
  const now = at.toISOString();
  await db.transaction().execute(async (trx) => {
    await withDataRightsTables(trx)
      .insertInto("tenants")
      .values({ tenant_id: tenantId, status: "enabled", enabled_at: now, disabled_at: null, changed_by: actor.email, updated_at: now })
      .onConflict((oc) => oc.column("tenant_id").doUpdateSet({ status: "enabled", enabled_at: now, disabled_at: null, changed_by: actor.email, updated_at: now }))
      .execute();
    await recordAudit(trx, tenantId, actor, "tenant_enabled", { how }, at);
  });
}

/** False when the tenant was not enabled in the first place. */
export async function disableTenant(db: Db, tenantId: string, actor: Actor, at = new Date()): Promise<boolean> {
  const now = at.toISOString();
  return db.transaction().execute(async (trx) => {
    const result = await withDataRightsTables(trx)
      .updateTable("tenants")
      .set({ status: "disabled", disabled_at: now, changed_by: actor.email, updated_at: now })
      .where("tenant_id", "=", tenantId)
      .where("status", "=", "enabled")
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await recordAudit(trx, tenantId, actor, "tenant_disabled", {}, at);
    return true;
  });
}
