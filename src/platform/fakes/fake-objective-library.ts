// The objective library in the fake API, mirroring src/server/objectives: the picker lists active
// objectives; anyone adds; a PMO edits, archives (agendas keep theirs) and merges (agendas and
// commitments move to the objective merged into).
import { ObjectiveCreate, type Objective } from "../../core/api/contract";
import { ObjectiveListQuery, ObjectiveMerge, ObjectivePatch } from "../../core/api/objective-library-contract";
import { sameTitle } from "../../core/text/same-title";
import { ApiError } from "../ports";
import { badRequest, forbidden, notFound, parseOr400 } from "./fake-api-errors";
import type { FakeRequest, FakeStore } from "./fake-server";

const versionOf = (o: Objective) => o.version ?? 1;

/** The active library objective with this title, else a new one (an agenda saved with addObjectiveToLibrary). */
export function libraryObjectiveIn(request: FakeRequest, title: string): Objective {
  return createIn(request, { title: title.trim(), description: "" });
}

/** An objective an agenda may point at: known and not archived, unless the agenda already has it. */
export function assertUsableObjective(objectives: readonly Objective[], id: string | null | undefined, current: string | null = null): void {
  if (!id || id === current) return;
  const objective = objectives.find((o) => o.id === id);
  if (!objective) throw badRequest("objectiveId: there is no such objective in your organization's library", "objectiveId");
  if (objective.archivedAt) throw badRequest("objectiveId: this objective was archived — choose another one or type a new one", "objectiveId");
}

function activeWithTitle(store: FakeStore, title: string, except?: string): Objective | undefined {
  return store.objectives.find((o) => !o.archivedAt && o.id !== except && sameTitle(o.title, title));
}

/** A title the library already has answers that objective, as the server does. */
function createIn({ store, newId, nowIso }: FakeRequest, input: ObjectiveCreate): Objective {
  const parsed = parseOr400(ObjectiveCreate, input);
  const existing = activeWithTitle(store, parsed.title);
  if (existing) return existing;
  const objective: Objective = { id: newId("obj"), ...parsed, createdAt: nowIso(), archivedAt: null, mergedIntoId: null, version: 1 };
  store.objectives.push(objective);
  return objective;
}

function agendaCount(store: FakeStore, id: string): number {
  return [...store.views.values()].filter((v) => v.agenda.objectiveId === id).length;
}

export function objectiveLibraryHandlers(request: FakeRequest) {
  const { store, me, nowIso } = request;
  const forPmo = (id: string): Objective => {
    if (!me.isPmo) throw forbidden("Only a PMO can change, archive or merge the organization's objectives");
    const objective = store.objectives.find((o) => o.id === id);
    if (!objective) throw notFound("Objective");
    return objective;
  };
  const bump = (o: Objective) => Object.assign(o, { version: versionOf(o) + 1 });
  return {
    listObjectives(query: ObjectiveListQuery = {}): Objective[] {
      const { include } = parseOr400(ObjectiveListQuery, query, "query");
      if (include !== "all") return store.objectives.filter((o) => !o.archivedAt);
      return store.objectives.map((o) => ({ ...o, agendaCount: agendaCount(store, o.id) }));
    },
    createObjective: (input: ObjectiveCreate): Objective => createIn(request, input),
    updateObjective(id: string, version: number, patch: ObjectivePatch): Objective {
      const objective = forPmo(id);
      const parsed = parseOr400(ObjectivePatch, patch);
      if (version !== versionOf(objective)) {
        throw new ApiError(412, "precondition_failed", "The objective was changed by someone else", undefined, structuredClone(objective));
      }
      if (objective.mergedIntoId && parsed.archived === false) throw new ApiError(409, "conflict", "This objective was merged into another one and cannot be restored", "archived");
      const title = parsed.title ?? objective.title;
      const taken = !sameTitle(title, objective.title) || (parsed.archived === false && objective.archivedAt) ? activeWithTitle(store, title, id) : undefined;
      if (taken) throw new ApiError(409, "conflict", `title: “${taken.title}” is already in the library — merge into it instead of making a second objective with that title`, "title");
      if (parsed.title !== undefined) objective.title = parsed.title;
      if (parsed.description !== undefined) objective.description = parsed.description;
      if (parsed.archived !== undefined) objective.archivedAt = parsed.archived ? (objective.archivedAt ?? nowIso()) : null;
      if (parsed.title !== undefined) {
        for (const view of store.views.values()) for (const c of view.commitments) if (c.objectiveId === id) c.objectiveTitle = objective.title;
      }
      return bump(objective);
    },
    mergeObjective(id: string, input: ObjectiveMerge): Objective {
      const from = forPmo(id);
      const { intoId } = parseOr400(ObjectiveMerge, input);
      if (intoId === id) throw badRequest("intoId: an objective cannot be merged into itself", "intoId");
      const into = store.objectives.find((o) => o.id === intoId);
      if (!into) throw badRequest("intoId: there is no such objective in your organization's library", "intoId");
      if (into.archivedAt) throw badRequest("intoId: this objective is archived — merge into an active one", "intoId");
      if (from.mergedIntoId) throw new ApiError(409, "conflict", "This objective was already merged into another one", "id");
      for (const view of store.views.values()) {
        if (view.agenda.objectiveId === id) view.agenda.objectiveId = into.id;
        for (const c of view.commitments) if (c.objectiveId === id) Object.assign(c, { objectiveId: into.id, objectiveTitle: into.title });
      }
      Object.assign(from, { archivedAt: from.archivedAt ?? nowIso(), mergedIntoId: into.id });
      bump(from);
      return into;
    },
  };
}
