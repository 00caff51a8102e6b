// Frozen in time: never edit a migration that has shipped; add a new one.
// Data rights: each tenant's retention setting for finished agendas, and the audit record of every
// export, deletion, anonymisation and setting change (who, when, what — never the data itself).
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("tenant_settings")
    .addColumn("tenant_id", "varchar(100)", (c) => c.primaryKey())
    .addColumn("finished_agenda_retention_days", "integer")
    .addColumn("updated_by", "varchar(320)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("data_rights_audit")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("at", "varchar(40)", (c) => c.notNull())
    .addColumn("actor_id", "varchar(320)", (c) => c.notNull())
    .addColumn("actor_email", "varchar(320)", (c) => c.notNull())
    .addColumn("action", "varchar(40)", (c) => c.notNull())
    .addColumn("details_json", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("data_rights_audit_tenant").on("data_rights_audit").columns(["tenant_id", "at", "id"]).execute();
  // The retention job finds finished agendas by their end.
  await db.schema.createIndex("agendas_tenant_ends").on("agendas").columns(["tenant_id", "ends_at"]).execute();
  // And old idempotency answers by their age.
  await db.schema.createIndex("idempotency_keys_created").on("idempotency_keys").columns(["created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("idempotency_keys_created").execute();
  await db.schema.dropIndex("agendas_tenant_ends").execute();
  await db.schema.dropTable("data_rights_audit").execute();
  await db.schema.dropTable("tenant_settings").execute();
}
