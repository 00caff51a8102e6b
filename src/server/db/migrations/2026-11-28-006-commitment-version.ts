// Frozen in time: never edit a migration that has shipped; add a new one.
// Optimistic concurrency for commitments: every change bumps `version`, and a PATCH
// with a stale If-Match is refused instead of silently overwriting someone else's change.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("commitments")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("commitments").dropColumn("version").execute();
}
