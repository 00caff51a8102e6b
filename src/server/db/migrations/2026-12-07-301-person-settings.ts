// Frozen in time: never edit a migration that has shipped; add a new one.
// Each person's time zone and language, for reminders and "today" on the server: filled from the
// local directory (demo data, CSV import) in local mode, and cached from Microsoft Graph mailbox
// settings in Entra mode. A table of its own rather than columns of directory_users: the directory
// says who someone is, this says how they keep time, and the two are refreshed from different places.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("person_settings")
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("email", "varchar(320)", (c) => c.notNull())
    // IANA name; null = not known (the tenant's default applies).
    .addColumn("time_zone", "varchar(64)")
    // "ja" | "en"; null = not known.
    .addColumn("language", "varchar(5)")
    // "directory" (local mode) or "graph" (Entra mode's cache).
    .addColumn("source", "varchar(10)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .addPrimaryKeyConstraint("person_settings_pk", ["tenant_id", "email"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("person_settings").ifExists().execute();
}
