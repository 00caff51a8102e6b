// All SQL about the departments library, scoped by tenant; `db` first so it runs in transactions.
import type { Insertable, Selectable, Updateable } from "kysely";
import type { Db, DepartmentsTable } from "../db/database";

export type DepartmentRow = Selectable<DepartmentsTable>;

/** The tenant's departments by name. */
export async function listDepartmentRows(db: Db, tenantId: string): Promise<DepartmentRow[]> {
  return db.selectFrom("departments").selectAll().where("tenant_id", "=", tenantId).orderBy("name").orderBy("id").execute();
}

export async function findDepartmentRow(db: Db, tenantId: string, id: string): Promise<DepartmentRow | undefined> {
  return db.selectFrom("departments").selectAll().where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
}

export async function findDepartmentRowByName(db: Db, tenantId: string, name: string): Promise<DepartmentRow | undefined> {
  return db
    .selectFrom("departments")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("name", "=", name)
    .executeTakeFirst();
}

export async function insertDepartmentRow(db: Db, row: Insertable<DepartmentsTable>): Promise<void> {
  await db.insertInto("departments").values(row).execute();
}

export async function updateDepartmentRow(
  db: Db,
  tenantId: string,
  id: string,
  changes: Updateable<Omit<DepartmentsTable, "id" | "tenant_id">>,
): Promise<void> {
  await db.updateTable("departments").set(changes).where("tenant_id", "=", tenantId).where("id", "=", id).execute();
}
