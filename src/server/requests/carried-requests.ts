// Carry-forward of requests between departments: those of EARLIER meetings on the same objective
// that still wait for an answer (open, or countered) come with the next meeting's view, as open
// commitments do (agendas/carry-forward.ts: the same "earlier" and the same audience).
import { sql } from "kysely";
import type { Agenda } from "../../core/api/contract";
import { CARRIED_REQUESTS_LIMIT, type CarriedRequest } from "../../core/api/request-view";
import type { Db } from "../db/database";
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
