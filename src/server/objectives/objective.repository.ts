// All SQL about the objectives library. `db` comes first so every function also runs inside a
// transaction; every query is scoped by the tenant id.
import type { Insertable, Selectable } from "kysely";
import type { Db, ObjectivesTable } from "../db/database";

export type ObjectiveRow = Selectable<ObjectivesTable>;

/** The tenant's library, newest first (id breaks ties: ids sort by creation time). */
export async function listObjectiveRows(db: Db, tenantId: string): Promise<ObjectiveRow[]> {
  return db
    .selectFrom("objectives")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

export async function findObjectiveRow(db: Db, tenantId: string, id: string): Promise<ObjectiveRow | undefined> {
  return db.selectFrom("objectives").selectAll().where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
}

export async function insertObjectiveRow(db: Db, row: Insertable<ObjectivesTable>): Promise<void> {
  await db.insertInto("objectives").values(row).execute();
}

export async function countObjectiveRows(db: Db, tenantId: string): Promise<number> {
  const { n } = await db
    .selectFrom("objectives")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("tenant_id", "=", tenantId)
    .executeTakeFirstOrThrow();
  return Number(n);
}
