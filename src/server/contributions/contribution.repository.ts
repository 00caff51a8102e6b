// All SQL of the contributions table; `db` first so it runs inside a transaction too.
import type { Insertable, Selectable } from "kysely";
import { sql } from "kysely";
import type { ContributionsTable, Db } from "../db/database";

export type ContributionRow = Selectable<ContributionsTable>;
export type NewContributionRow = Insertable<ContributionsTable>;

export async function insertContributionRow(db: Db, row: NewContributionRow): Promise<void> {
  await db.insertInto("contributions").values(row).execute();
}

export async function findContributionRow(db: Db, tenantId: string, id: string): Promise<ContributionRow | undefined> {
  return db.selectFrom("contributions").selectAll().where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
}

/** Contributions of one agenda in the order they were written. */
export async function listContributionRows(db: Db, tenantId: string, agendaId: string): Promise<ContributionRow[]> {
  return db
    .selectFrom("contributions")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("agenda_id", "=", agendaId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** The organizer's department slots of one agenda (proposed or confirmed). */
export async function listSlotRows(db: Db, tenantId: string, agendaId: string): Promise<ContributionRow[]> {
  return db
    .selectFrom("contributions")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("agenda_id", "=", agendaId)
    .where("slot", "=", 1)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** Who confirmed a slot (null: proposed again; undefined: leave as it is). */
export type SlotConfirmation = { email: string; name: string; at: string } | null | undefined;

/**
 * Sets the text and bumps the version; with `expectedVersion`, only if the row is still at it.
 * Returns false when nothing was updated (gone, or the version moved on).
 */
export async function updateContributionText(
  db: Db,
  tenantId: string,
  id: string,
  text: string,
  updatedAt: string,
  expectedVersion?: number,
  confirmation?: SlotConfirmation,
): Promise<boolean> {
  const confirm =
    confirmation === undefined
      ? {}
      : { confirmed_by_email: confirmation?.email ?? null, confirmed_by_name: confirmation?.name ?? "", confirmed_at: confirmation?.at ?? null };
  let query = db
    .updateTable("contributions")
    .set({ text, version: sql<number>`version + 1`, updated_at: updatedAt, ...confirm })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id);
  if (expectedVersion !== undefined) query = query.where("version", "=", expectedVersion);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteContributionRow(db: Db, tenantId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom("contributions").where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
