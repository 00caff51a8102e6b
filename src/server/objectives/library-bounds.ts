// Bounds on a tenant's libraries: everyone signed in may add an objective or a department, and every
// organizer's pane loads the whole list, so a script (or a runaway import) could otherwise make the
// list every pane asks for megabytes long. Archived objectives don't count: a PMO who archives or
// merges makes room.
import type { Db } from "../db/database";
import { listDepartmentRows } from "../departments/department.repository";
import { HttpError } from "../http/http-error";
import { listObjectiveRows } from "./objective.repository";

export const ACTIVE_OBJECTIVES_MAX = 1_000;
export const DEPARTMENTS_MAX = 500;

const count = (n: number) => n.toLocaleString("en-US");

/** 409 when the tenant's library already holds ACTIVE_OBJECTIVES_MAX active objectives. */
export async function assertObjectiveRoom(db: Db, tenantId: string): Promise<void> {
  if ((await listObjectiveRows(db, tenantId)).length >= ACTIVE_OBJECTIVES_MAX) {
    throw new HttpError("conflict", `The objective library already holds ${count(ACTIVE_OBJECTIVES_MAX)} objectives, the most it keeps — ask a PMO to archive or merge some`);
  }
}

/** 409 when the tenant already has DEPARTMENTS_MAX departments. */
export async function assertDepartmentRoom(db: Db, tenantId: string): Promise<void> {
  if ((await listDepartmentRows(db, tenantId)).length >= DEPARTMENTS_MAX) {
    throw new HttpError("conflict", `Your organization already has ${count(DEPARTMENTS_MAX)} departments, the most the app keeps`);
  }
}
