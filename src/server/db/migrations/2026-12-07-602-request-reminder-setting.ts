// Frozen in time: never edit a migration that has shipped; add a new one.
// Each tenant's threshold for reminding requests between departments that wait for an answer, in
// working days (null: the default), next to its other settings.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("tenant_settings").addColumn("request_reminder_working_days", "integer").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("tenant_settings").dropColumn("request_reminder_working_days").execute();
}
