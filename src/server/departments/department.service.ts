import type { z } from "zod";
import type { Department, DepartmentCreate, DepartmentUpdate } from "../../core/api/contract";
import type { Db } from "../db/database";
import { assertDepartmentRoom } from "../objectives/library-bounds";
import { HttpError, notFound } from "../http/http-error";
import { newId, nowIso } from "../ids";
import {
  findDepartmentRow,
  findDepartmentRowByName,
  insertDepartmentRow,
  listDepartmentRows,
  updateDepartmentRow,
  type DepartmentRow,
} from "./department.repository";
import { isUniqueViolation } from "./unique-violation";

export function departmentRowToDepartment(row: DepartmentRow): Department {
  return { id: row.id, name: row.name, mission: row.mission, updatedAt: row.updated_at };
}

const duplicateName = (name: string) =>
  new HttpError("conflict", `A department named "${name}" already exists`, { field: "name" });

export async function listDepartments(db: Db, tenantId: string): Promise<Department[]> {
  return (await listDepartmentRows(db, tenantId)).map(departmentRowToDepartment);
}

/** Any user of the tenant may add a department; names are unique within the tenant (409). */
export async function createDepartment(
  db: Db,
  tenantId: string,
  input: z.output<typeof DepartmentCreate>,
): Promise<Department> {
  if (await findDepartmentRowByName(db, tenantId, input.name)) throw duplicateName(input.name);
  await assertDepartmentRoom(db, tenantId);
  const row: DepartmentRow = { id: newId(), tenant_id: tenantId, name: input.name, mission: input.mission, updated_at: nowIso() };
  try {
    await insertDepartmentRow(db, row);
  } catch (error) {
    // Two requests can pass the check above at once; the unique constraint decides.
    if (isUniqueViolation(error)) throw duplicateName(input.name);
    throw error;
  }
  return departmentRowToDepartment(row);
}

/** Renames and/or rewrites the mission. Agendas keep the mission they snapshotted. */
export async function updateDepartment(
  db: Db,
  tenantId: string,
  id: string,
  input: z.output<typeof DepartmentUpdate>,
): Promise<Department> {
  const current = await findDepartmentRow(db, tenantId, id);
  if (!current) throw notFound("Department");
  const next: DepartmentRow = {
    ...current,
    name: input.name ?? current.name,
    mission: input.mission ?? current.mission,
  };
  if (next.name === current.name && next.mission === current.mission) return departmentRowToDepartment(current);
  if (next.name !== current.name) {
    const clash = await findDepartmentRowByName(db, tenantId, next.name);
    if (clash && clash.id !== id) throw duplicateName(next.name);
  }
  next.updated_at = nowIso();
  try {
    // Only what this request changes, so two people editing name and mission at once both win.
    await updateDepartmentRow(db, tenantId, id, {
      ...(next.name !== current.name ? { name: next.name } : {}),
      ...(next.mission !== current.mission ? { mission: next.mission } : {}),
      updated_at: next.updated_at,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(next.name);
    throw error;
  }
  return departmentRowToDepartment(next);
}
