// Frozen in time: never edit a migration that has shipped; add a new one.
// The organizer's department slots are contributions marked `slot`: proposed by the organizer
// until someone of that department edits or confirms them (confirmed_by_* and confirmed_at).
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("contributions").addColumn("slot", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("contributions").addColumn("confirmed_by_email", "varchar(320)").execute();
  await db.schema.alterTable("contributions").addColumn("confirmed_by_name", "text", (c) => c.notNull().defaultTo("")).execute();
  await db.schema.alterTable("contributions").addColumn("confirmed_at", "varchar(40)").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["confirmed_at", "confirmed_by_name", "confirmed_by_email", "slot"]) {
    await db.schema.alterTable("contributions").dropColumn(column).execute();
  }
}
