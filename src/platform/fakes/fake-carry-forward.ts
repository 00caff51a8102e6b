// Carry-forward in the fake API, mirroring src/server/agendas/carry-forward.ts: open commitments of
// the objective's meetings strictly before an instant (a meeting's start, else its creation), due
// date first, at most CARRIED_FORWARD_LIMIT with the total. Any user may ask by objective id.
import {
  CARRIED_FORWARD_LIMIT,
  OpenCommitmentsQuery,
  type AgendaView,
  type CarriedCommitment,
  type CarriedForward,
} from "../../core/api/contract";
import { CARRIED_REQUESTS_LIMIT, type CarriedRequest } from "../../core/api/request-view";
import { notFound, parseOr400 } from "./fake-api-errors";
import type { FakeRequest, FakeStore } from "./fake-server";

const meetingAt = (view: AgendaView) => new Date(view.agenda.startsAt ?? view.agenda.createdAt).toISOString();

export function carriedForwardIn(store: FakeStore, objectiveId: string, before: string, excludeAgendaId?: string): CarriedForward {
  const limit = new Date(before).toISOString();
  const found: CarriedCommitment[] = [];
  for (const view of store.views.values()) {
    const at = meetingAt(view);
    if (view.agenda.objectiveId !== objectiveId || view.agenda.id === excludeAgendaId || at >= limit) continue;
    for (const c of view.commitments) {
      if (c.status !== "open") continue;
      found.push({
        id: c.id,
        agendaId: view.agenda.id,
        ownerEmail: c.ownerEmail,
        ownerName: c.ownerName,
        ownerDepartment: c.ownerDepartment,
        helpsDepartment: c.helpsDepartment,
        action: c.action,
        dueDate: c.dueDate,
        servesObjective: c.servesObjective,
        status: c.status,
        meeting: { subject: view.agenda.subject, at, organizerEmail: view.agenda.organizerEmail },
      });
    }
  }
  found.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.meeting.at.localeCompare(b.meeting.at) || a.id.localeCompare(b.id));
  return { items: found.slice(0, CARRIED_FORWARD_LIMIT), total: found.length };
}

/** Requests of the objective's earlier meetings still waiting for an answer (server: carried-requests.ts). */
export function carriedRequestsIn(store: FakeStore, view: AgendaView): CarriedRequest[] {
  const { objectiveId } = view.agenda;
  if (objectiveId === null) return [];
  const before = meetingAt(view);
  return [...store.views.values()]
    .filter((v) => v.agenda.objectiveId === objectiveId && v.agenda.id !== view.agenda.id && meetingAt(v) < before)
    .flatMap((v) => (v.requests ?? []).filter((r) => r.status === "open" || r.status === "countered").map((r) => ({ ...r, meeting: { subject: v.agenda.subject, at: meetingAt(v) } })))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .slice(0, CARRIED_REQUESTS_LIMIT);
}

/** The view as the server sends it: with what it carries forward. */
export function withCarriedForward(store: FakeStore, view: AgendaView): AgendaView {
  const { objectiveId } = view.agenda;
  const carriedForward = objectiveId === null ? { items: [], total: 0 } : carriedForwardIn(store, objectiveId, meetingAt(view), view.agenda.id);
  const carriedRequests = carriedRequestsIn(store, view);
  // A view seeded with carried requests of meetings the store does not hold keeps them.
  return { ...view, carriedForward, ...(carriedRequests.length > 0 || view.carriedRequests === undefined ? { carriedRequests } : {}) };
}

/** A later meeting on the same objective, which `earlier`'s requests are carried into. */
export const isCarriedInto = (earlier: AgendaView, later: AgendaView): boolean =>
  earlier.agenda.objectiveId !== null && earlier.agenda.objectiveId === later.agenda.objectiveId && meetingAt(earlier) < meetingAt(later);

export function carryForwardHandlers({ store }: FakeRequest) {
  return {
    openCommitmentsForObjective(objectiveId: string, before?: string): CarriedForward {
      const query = parseOr400(OpenCommitmentsQuery, before === undefined ? {} : { before }, "query");
      if (!store.objectives.some((o) => o.id === objectiveId)) throw notFound("Objective");
      return carriedForwardIn(store, objectiveId, query.before ?? store.now().toISOString());
    },
  };
}
