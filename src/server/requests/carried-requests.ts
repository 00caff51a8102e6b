// Carry-forward of requests between departments: those of EARLIER meetings on the same objective
// that still wait for an answer (open, or countered) come with the next meeting's view, as open
// commitments do (agendas/carry-forward.ts: the same "earlier" and the same audience).
import { sql } from "kysely";
import type { Agenda } from "../../core/api/contract";
import { CARRIED_REQUESTS_LIMIT, type CarriedRequest } from "../../core/api/request-view";
import type { Principal } from "../auth/principal";
import { sameDepartment } from "../../core/meeting/request-rules";
import { attendeeOf, canOpenAgenda, findAgenda, loadAgendaForPrincipal } from "../agendas/agenda-access";
import { identitiesOf } from "../agendas/agenda.mapping";
import type { Db } from "../db/database";
import { badRequest, forbidden } from "../http/http-error";
import { rowToRequest } from "./request.mapping";
import { withRequestTables } from "./request.table";

const meetingAt = sql<string>`coalesce(a.starts_at, a.created_at)`;

/** Oldest first; empty when the agenda has no objective from the library. */
export async function carriedRequestsFor(db: Db, tenantId: string, agenda: Agenda): Promise<CarriedRequest[]> {
  if (agenda.objectiveId === null) return [];
  const before = new Date(agenda.startsAt ?? agenda.createdAt).toISOString();
  const rows = await withRequestTables(db)
    .selectFrom("department_requests as r")
    .innerJoin("agendas as a", (j) => j.onRef("a.id", "=", "r.agenda_id"))
    .selectAll("r")
    .select(["a.subject", meetingAt.as("meeting_at")])
    .where("r.tenant_id", "=", tenantId)
    .where("a.tenant_id", "=", tenantId)
    .where("a.objective_id", "=", agenda.objectiveId)
    .where("a.id", "<>", agenda.id)
    .where("r.status", "in", ["open", "countered"])
    .where(meetingAt, "<", before)
    .orderBy("r.created_at")
    .orderBy("r.id")
    .limit(CARRIED_REQUESTS_LIMIT)
    .execute();
  return rows.map(({ subject, meeting_at, ...row }) => ({ ...rowToRequest(row), meeting: { subject, at: meeting_at } }));
}

const meetingTime = (agenda: Agenda): number => new Date(agenda.startsAt ?? agenda.createdAt).getTime();

/**
 * The later meeting a request of `originId` is answered in (the rights are then that meeting's):
 * the caller must be able to open it (403 otherwise), and it must be one the request is carried
 * into — the same objective, meeting after the request's own (400 naming `agendaId` otherwise).
 */
export async function carriedInto(db: Db, principal: Principal, originId: string, laterId: string): Promise<Agenda> {
  const later = await loadAgendaForPrincipal(db, principal, laterId);
  const origin = await findAgenda(db, principal.tenantId, originId);
  if (!origin || origin.objectiveId === null || later.objectiveId !== origin.objectiveId || meetingTime(origin) >= meetingTime(later)) {
    throw badRequest("Invalid body: agendaId — this request is not carried into that meeting; it can be answered in its own meeting or a later one on the same objective", "agendaId");
  }
  // Departments in a meeting are what its organizer wrote: a meeting anyone may create must not
  // make its organizer a department of someone else's meeting. So the later meeting answers only
  // when the same person organizes it, or the caller is part of the request's own meeting.
  const organizer = identitiesOf(later)?.organizerOid;
  const sameOrganizer = organizer !== null && organizer !== undefined && organizer === identitiesOf(origin)?.organizerOid;
  if (!sameOrganizer && !canOpenAgenda(origin, principal)) {
    throw forbidden("This request can be answered in a later meeting of the same organizer, or in its own meeting; ask its organizer to add you");
  }
  // And in a meeting its organizer made without the request's organizer, the caller answers only
  // for the department they have in the request's own meeting: listing oneself in another
  // department of one's own meeting must not make one that department.
  if (!sameOrganizer) {
    const there = attendeeOf(origin, principal)?.department ?? "";
    const here = attendeeOf(later, principal)?.department ?? "";
    if (there === "" || !sameDepartment(there, here)) {
      const yours = there === "" ? "your department is not known there" : `yours there is ${there}`;
      throw forbidden(`In a meeting another person organizes, you answer for the department you have in the request's own meeting (${yours})`);
    }
  }
  return later;
}
