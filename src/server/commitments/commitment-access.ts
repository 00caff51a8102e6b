// Who may see and change which commitments. Kept apart from the SQL so the rules read in one place.
import type { z } from "zod";
import type { CommitmentListQuery } from "../../core/api/commitment-list-contract";
import type { Principal } from "../auth/principal";
import { findAgenda, loadAgendaForPrincipal } from "../agendas/agenda-access";
import type { Db } from "../db/database";
import { forbidden, notFound } from "../http/http-error";
import type { CommitmentFilter } from "./commitment.table";

type ListQuery = z.output<typeof CommitmentListQuery>;

export const ONLY_PMO_LISTS_ALL =
  "Only PMOs can list every commitment in the organisation — add mine=true for your own";
export const ONLY_OWNER_ORGANIZER_PMO = "Only the commitment's owner, the meeting's organizer or a PMO can change it";

/** Today's date in UTC (YYYY-MM-DD): due dates are calendar dates, overdue means before today. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The filter a list or export may run with, or an error:
 * - `mine=true`: anyone, restricted to commitments they own;
 * - `agenda=<id>`: the agenda's attendees and organizer (and PMOs), 404 for unknown/other tenant;
 * - otherwise the whole tenant: PMOs only (403).
 */
export async function listFilterFor(db: Db, principal: Principal, q: ListQuery, now: Date = new Date()): Promise<CommitmentFilter> {
  const filter: CommitmentFilter = {
    objectiveId: q.objective,
    department: q.department === "" ? undefined : q.department,
    ownerEmail: q.owner,
    status: q.status,
    overdue: q.overdue,
    dueFrom: q.dueFrom,
    dueTo: q.dueTo,
    agendaId: q.agenda,
    text: q.q === "" ? undefined : q.q,
    today: q.today ?? todayUtc(now),
  };
  // ANDed with any `owner` filter: mine=true&owner=<someone else> matches nothing.
  if (q.mine === true) return { ...filter, mineOf: principal.userId };
  if (q.agenda !== undefined) {
    if (principal.isPmo) {
      if (!(await findAgenda(db, principal.tenantId, q.agenda))) throw notFound("Agenda");
    } else {
      await loadAgendaForPrincipal(db, principal, q.agenda);
    }
    return filter;
  }
  if (!principal.isPmo) throw forbidden(ONLY_PMO_LISTS_ALL);
  return filter;
}

/** The owner, the meeting's organizer and PMOs may change a commitment; owner and organizer by object id. */
export function mayChangeCommitment(principal: Principal, ownerOid: string | null | undefined, organizerOid: string | null | undefined): boolean {
  const me = principal.userId;
  return principal.isPmo || (ownerOid !== null && ownerOid !== undefined && ownerOid === me) || (organizerOid !== null && organizerOid !== undefined && organizerOid === me);
}
