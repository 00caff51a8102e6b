import type { z } from "zod";
import type { Objective, ObjectiveCreate } from "../../core/api/contract";
import type { Principal } from "../auth/principal";
import type { Db } from "../db/database";
import { newId, nowIso } from "../ids";
import { insertObjectiveRow, listObjectiveRows, type ObjectiveRow } from "./objective.repository";

export function objectiveRowToObjective(row: ObjectiveRow): Objective {
  return { id: row.id, title: row.title, description: row.description, createdAt: row.created_at };
}

export async function listObjectives(db: Db, tenantId: string): Promise<Objective[]> {
  return (await listObjectiveRows(db, tenantId)).map(objectiveRowToObjective);
}

/** Any signed-in user of the tenant may add to the library (objectives are shared, not owned). */
export async function createObjective(
  db: Db,
  principal: Principal,
  input: z.output<typeof ObjectiveCreate>,
): Promise<Objective> {
  const row: ObjectiveRow = {
    id: newId(),
    tenant_id: principal.tenantId,
    title: input.title,
    description: input.description,
    created_by: principal.email,
    created_at: nowIso(),
  };
  await insertObjectiveRow(db, row);
  return objectiveRowToObjective(row);
}
