// Frozen in time: never edit a migration that has shipped; add a new one.
// Multi-tenant (SaaS) deployments: the organizations whose administrator enabled Common Purpose
// through the admin-consent page, and whether it is still enabled. Line-of-business deployments
// leave it empty (ENTRA_ALLOWED_TENANTS decides there).
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("tenants")
    .addColumn("tenant_id", "varchar(100)", (c) => c.primaryKey())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("enabled_at", "varchar(40)")
    .addColumn("disabled_at", "varchar(40)")
    .addColumn("changed_by", "varchar(320)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("tenants").execute();
}
