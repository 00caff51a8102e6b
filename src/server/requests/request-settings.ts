// The tenant's reminder threshold for requests between departments, kept in tenant_settings with
// its other settings (see data-rights/retention.ts); a change is audited with the verified caller.
import { REQUEST_REMINDER_DEFAULT_WORKING_DAYS, REQUEST_REMINDER_MAX_WORKING_DAYS, type RequestReminderSetting } from "../../core/api/request-settings-contract";
import { recordAudit, type Actor } from "../data-rights/audit";
import type { TenantSettingsTable } from "../data-rights/data-rights.tables";
import type { Db } from "../db/database";

type SettingsTables = { tenant_settings: TenantSettingsTable & { request_reminder_working_days: number | null } };
const withSettings = (db: Db) => db.withTables<SettingsTables>();

/** The tenant's own threshold, or null when it uses the default. */
export async function storedRequestReminderDays(db: Db, tenantId: string): Promise<number | null> {
  const row = await withSettings(db).selectFrom("tenant_settings").select("request_reminder_working_days").where("tenant_id", "=", tenantId).executeTakeFirst();
  return row?.request_reminder_working_days ?? null;
}

export async function requestReminderSetting(db: Db, tenantId: string): Promise<RequestReminderSetting> {
  const stored = await storedRequestReminderDays(db, tenantId);
  const workingDays = stored ?? REQUEST_REMINDER_DEFAULT_WORKING_DAYS;
  return { workingDays, escalationWorkingDays: 2 * workingDays, isDefault: stored === null };
}

/** days: 1 … REQUEST_REMINDER_MAX_WORKING_DAYS, or null for the default. */
export async function setRequestReminderDays(db: Db, tenantId: string, days: number | null, actor: Actor, at = new Date()): Promise<RequestReminderSetting> {
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > REQUEST_REMINDER_MAX_WORKING_DAYS)) {
    throw new RangeError(`The reminder threshold must be a whole number of working days from 1 to ${REQUEST_REMINDER_MAX_WORKING_DAYS}, or the default`);
  }
  await db.transaction().execute(async (trx) => {
    const before = await storedRequestReminderDays(trx, tenantId);
    const updated = { request_reminder_working_days: days, updated_by: actor.email, updated_at: at.toISOString() };
    await withSettings(trx)
      .insertInto("tenant_settings")
      .values({ tenant_id: tenantId, finished_agenda_retention_days: null, ...updated })
      .onConflict((oc) => oc.column("tenant_id").doUpdateSet(updated))
      .execute();
    await recordAudit(trx, tenantId, actor, "set_request_reminders", { workingDays: days, before }, at);
  });
  return requestReminderSetting(db, tenantId);
}
