// One agenda with everything hung on it, as the tab, the task pane, the renderer and live events see it.
import type { AgendaView } from "../../core/api/contract";
import { listCommitmentsForAgenda } from "../commitments/commitment.service";
import { rowToContribution } from "../contributions/contribution.mapping";
import { listContributionRows } from "../contributions/contribution.repository";
import type { Db } from "../db/database";
import { carriedRequestsFor } from "../requests/carried-requests";
import { listRequestsForAgenda } from "../requests/request.service";
import { findAgenda } from "./agenda-access";
import { carriedForwardFor } from "./carry-forward";

/** The view of an agenda in the tenant, or undefined. No access check: callers do that first. */
export async function loadAgendaView(db: Db, tenantId: string, agendaId: string): Promise<AgendaView | undefined> {
  const agenda = await findAgenda(db, tenantId, agendaId);
  if (!agenda) return undefined;
  const [contributionRows, commitments, carriedForward, requests, carriedRequests] = await Promise.all([
    listContributionRows(db, tenantId, agendaId),
    listCommitmentsForAgenda(db, tenantId, agendaId),
    carriedForwardFor(db, tenantId, agenda),
    listRequestsForAgenda(db, tenantId, agendaId),
    carriedRequestsFor(db, tenantId, agenda),
  ]);
  return { agenda, contributions: contributionRows.map(rowToContribution), commitments, carriedForward, requests, carriedRequests };
}
