// The objective library: anyone of the tenant reads it and may add to it on purpose (POST, or an
// agenda saved with addObjectiveToLibrary); a PMO edits, archives and merges. Agendas keep the
// title they were written with; commitments, which the PMO groups by objective, follow the library.
import type { z } from "zod";
import type { Objective, ObjectiveCreate } from "../../core/api/contract";
import type { ObjectiveListQuery, ObjectiveMerge, ObjectivePatch } from "../../core/api/objective-library-contract";
import type { Principal } from "../auth/principal";
import type { Db } from "../db/database";
import { assertObjectiveRoom } from "./library-bounds";
import { inTransaction } from "../db/in-transaction";
import { HttpError, badRequest, forbidden, notFound } from "../http/http-error";
import { newId, nowIso } from "../ids";
import { sameTitle } from "../../core/text/same-title";
import {
  agendaCountsByObjective,
  findObjectiveRow,
  insertObjectiveRow,
  listObjectiveRows,
  moveObjectiveUses,
  retitleObjectiveCommitments,
  updateObjectiveIfVersion,
  type ObjectiveRow,
} from "./objective.repository";

export const ONLY_PMO_KEEPS_LIBRARY = "Only a PMO can change, archive or merge the organization's objectives";

export function objectiveRowToObjective(row: ObjectiveRow): Objective {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
    mergedIntoId: row.merged_into_id,
    version: Number(row.version),
  };
}

/**
 * A rename onto another active objective's title would leave two library entries that organizers
 * cannot tell apart; the PMO's real intent is a merge, which also moves the agendas and commitments.
 */
export const titleTaken = (other: { title: string }) =>
  new HttpError("conflict", `title: “${other.title}” is already in the library — merge into it instead of making a second objective with that title`, { field: "title" });

async function activeWithTitle(db: Db, tenantId: string, title: string, except?: string): Promise<ObjectiveRow | undefined> {
  return (await listObjectiveRows(db, tenantId)).find((r) => r.id !== except && sameTitle(r.title, title));
}

export async function listObjectives(db: Db, tenantId: string, query: z.output<typeof ObjectiveListQuery> = { include: "active" }): Promise<Objective[]> {
  const rows = await listObjectiveRows(db, tenantId, { archived: query.include === "all" });
  if (query.include !== "all") return rows.map(objectiveRowToObjective);
  const counts = await agendaCountsByObjective(db, tenantId);
  return rows.map((r) => ({ ...objectiveRowToObjective(r), agendaCount: counts.get(r.id) ?? 0 }));
}

/**
 * Any signed-in user of the tenant may add to the library (objectives are shared, not owned). A title
 * the library already has answers that objective (`created: false`) instead of a look-alike twin.
 */
export async function addObjective(
  db: Db,
  principal: Principal,
  input: z.output<typeof ObjectiveCreate>,
): Promise<{ objective: Objective; created: boolean }> {
  const existing = await activeWithTitle(db, principal.tenantId, input.title);
  if (existing) return { objective: objectiveRowToObjective(existing), created: false };
  await assertObjectiveRoom(db, principal.tenantId);
  const row: ObjectiveRow = {
    id: newId(),
    tenant_id: principal.tenantId,
    title: input.title,
    description: input.description,
    created_by: principal.email,
    created_at: nowIso(),
    archived_at: null,
    merged_into_id: null,
    version: 1,
  };
  await insertObjectiveRow(db, row);
  return { objective: objectiveRowToObjective(row), created: true };
}

/** The active library objective with this title (any spelling NFKC and case make equal), else a new one. */
export async function libraryObjectiveFor(db: Db, principal: Principal, title: string): Promise<Objective> {
  return (await addObjective(db, principal, { title: title.trim(), description: "" })).objective;
}

/**
 * An objective an agenda may point at: it exists in the tenant and is not archived — unless the
 * agenda already points at it (`current`), which archiving never takes away.
 */
export async function assertUsableObjective(db: Db, tenantId: string, objectiveId: string | null | undefined, current: string | null = null): Promise<void> {
  if (!objectiveId || objectiveId === current) return;
  const row = await findObjectiveRow(db, tenantId, objectiveId);
  if (!row) throw badRequest("objectiveId: there is no such objective in your organization's library", "objectiveId");
  if (row.archived_at) throw badRequest("objectiveId: this objective was archived — choose another one or type a new one", "objectiveId");
}

async function loadForPmo(db: Db, principal: Principal, id: string): Promise<ObjectiveRow> {
  if (!principal.isPmo) throw forbidden(ONLY_PMO_KEEPS_LIBRARY);
  const row = await findObjectiveRow(db, principal.tenantId, id);
  if (!row) throw notFound("Objective");
  return row;
}

const stale = (row: ObjectiveRow) =>
  new HttpError("precondition_failed", "The objective was changed by someone else — reload it and apply your change again", {
    current: objectiveRowToObjective(row),
  });

export async function patchObjective(
  db: Db,
  principal: Principal,
  id: string,
  expectedVersion: number,
  patch: z.output<typeof ObjectivePatch>,
): Promise<Objective> {
  return inTransaction(db, async (trx) => {
    const row = await loadForPmo(trx, principal, id);
    if (Number(row.version) !== expectedVersion) throw stale(row);
    if (row.merged_into_id && patch.archived === false) {
      throw new HttpError("conflict", "This objective was merged into another one and cannot be restored", { field: "archived" });
    }
    // A new title, or an archived objective put back in use, must not make a second active objective
    // with one title; an unchanged title is not checked, so older twins can still be edited.
    const title = patch.title ?? row.title;
    if (!sameTitle(title, row.title) || (patch.archived === false && row.archived_at)) {
      const other = await activeWithTitle(trx, principal.tenantId, title, id);
      if (other) throw titleTaken(other);
    }
    const changes = {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.archived !== undefined ? { archived_at: patch.archived ? (row.archived_at ?? nowIso()) : null } : {}),
    };
    if (!(await updateObjectiveIfVersion(trx, principal.tenantId, id, expectedVersion, changes))) {
      const current = await findObjectiveRow(trx, principal.tenantId, id);
      throw current ? stale(current) : notFound("Objective");
    }
    if (patch.title !== undefined && patch.title !== row.title) await retitleObjectiveCommitments(trx, principal.tenantId, id, patch.title);
    const updated = await findObjectiveRow(trx, principal.tenantId, id);
    if (!updated) throw notFound("Objective");
    return objectiveRowToObjective(updated);
  });
}

/** Moves every use of :id to `intoId` and archives :id as merged; answers the objective merged into. */
export async function mergeObjective(db: Db, principal: Principal, id: string, input: z.output<typeof ObjectiveMerge>): Promise<Objective> {
  return inTransaction(db, async (trx) => {
    const from = await loadForPmo(trx, principal, id);
    if (input.intoId === id) throw badRequest("intoId: an objective cannot be merged into itself", "intoId");
    const into = await findObjectiveRow(trx, principal.tenantId, input.intoId);
    if (!into) throw badRequest("intoId: there is no such objective in your organization's library", "intoId");
    if (into.archived_at) throw badRequest("intoId: this objective is archived — merge into an active one", "intoId");
    if (from.merged_into_id) throw new HttpError("conflict", "This objective was already merged into another one", { field: "id" });
    await moveObjectiveUses(trx, principal.tenantId, id, into.id, into.title);
    const archived = { archived_at: from.archived_at ?? nowIso(), merged_into_id: into.id };
    if (!(await updateObjectiveIfVersion(trx, principal.tenantId, id, Number(from.version), archived))) throw stale(from);
    return objectiveRowToObjective(into);
  });
}
