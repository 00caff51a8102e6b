// Frozen in time: never edit a migration that has shipped; add a new one.
// The objective library a PMO keeps: objectives can be archived (gone from the picker, agendas keep
// them) or merged into another (archived, pointing at the one that replaced it), and a PMO's edit
// carries a version so two edits at once cannot silently overwrite each other.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("objectives").addColumn("archived_at", "varchar(40)").execute();
  await db.schema.alterTable("objectives").addColumn("merged_into_id", "varchar(64)").execute();
  await db.schema.alterTable("objectives").addColumn("version", "integer", (c) => c.notNull().defaultTo(1)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["version", "merged_into_id", "archived_at"]) {
    await db.schema.alterTable("objectives").dropColumn(column).execute();
  }
}
