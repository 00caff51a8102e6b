// All SQL about the objectives library. `db` comes first so every function also runs inside a
// transaction; every query is scoped by the tenant id.
import type { Insertable, Selectable, Updateable } from "kysely";
import { sql } from "kysely";
import type { Db, ObjectivesTable } from "../db/database";

export type ObjectiveRow = Selectable<ObjectivesTable>;

/** The tenant's library, newest first (id breaks ties: ids sort by creation time); archived ones only when asked. */
export async function listObjectiveRows(db: Db, tenantId: string, options: { archived?: boolean } = {}): Promise<ObjectiveRow[]> {
  let query = db.selectFrom("objectives").selectAll().where("tenant_id", "=", tenantId);
  if (!options.archived) query = query.where("archived_at", "is", null);
  return query.orderBy("created_at", "desc").orderBy("id", "desc").execute();
}

export async function findObjectiveRow(db: Db, tenantId: string, id: string): Promise<ObjectiveRow | undefined> {
  return db.selectFrom("objectives").selectAll().where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
}

export async function insertObjectiveRow(db: Db, row: Insertable<ObjectivesTable>): Promise<void> {
  await db.insertInto("objectives").values(row).execute();
}

/** Applies `changes` only at `expectedVersion`, bumping it; false when the version moved on. */
export async function updateObjectiveIfVersion(
  db: Db,
  tenantId: string,
  id: string,
  expectedVersion: number,
  changes: Updateable<ObjectivesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("objectives")
    .set({ ...changes, version: sql<number>`version + 1` })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many agendas use each objective of the tenant. */
export async function agendaCountsByObjective(db: Db, tenantId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("agendas")
    .select(["objective_id", (eb) => eb.fn.countAll<number | string>().as("n")])
    .where("tenant_id", "=", tenantId)
    .where("objective_id", "is not", null)
    .groupBy("objective_id")
    .execute();
  return new Map(rows.map((r) => [r.objective_id ?? "", Number(r.n)]));
}

/** Moves every agenda and commitment of `fromId` to `intoId` (commitments take the new title). */
export async function moveObjectiveUses(db: Db, tenantId: string, fromId: string, intoId: string, intoTitle: string): Promise<void> {
  await db.updateTable("agendas").set({ objective_id: intoId }).where("tenant_id", "=", tenantId).where("objective_id", "=", fromId).execute();
  await db
    .updateTable("commitments")
    .set({ objective_id: intoId, objective_title: intoTitle })
    .where("tenant_id", "=", tenantId)
    .where("objective_id", "=", fromId)
    .execute();
}

/** After a rename: the commitments filed under the objective carry its new title (the PMO's groups). */
export async function retitleObjectiveCommitments(db: Db, tenantId: string, id: string, title: string): Promise<void> {
  await db
    .updateTable("commitments")
    .set({ objective_title: title })
    .where("tenant_id", "=", tenantId)
    .where("objective_id", "=", id)
    .where("objective_title", "<>", title)
    .execute();
}

export async function countObjectiveRows(db: Db, tenantId: string): Promise<number> {
  const { n } = await db
    .selectFrom("objectives")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("tenant_id", "=", tenantId)
    .executeTakeFirstOrThrow();
  return Number(n);
}
