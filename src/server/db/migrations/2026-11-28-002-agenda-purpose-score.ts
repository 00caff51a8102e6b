// Frozen in time: never edit a migration that has shipped; add a new one.
// The purpose-first score, recomputed by the server on every write; NULL = not yet scored.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("agendas").addColumn("purpose_score", "integer").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("agendas").dropColumn("purpose_score").execute();
}
