// Carry-forward: the open commitments of EARLIER meetings on the same objective, so the
// next agenda for that objective starts with what is still owed. "Earlier" compares when meetings
// are: the start, or the creation time when a meeting has no start (both stored as UTC ISO strings,
// so text order is time order on SQLite and PostgreSQL alike).
//
// Who sees them: every attendee of the next meeting (in its view and its body), and, before that
// meeting exists, any user of the tenant (GET /api/objectives/:id/open-commitments). Objectives are
// a tenant-wide library, and an open commitment towards one is the organisation's shared to-do for
// it; so only what the next meeting needs is shown — owner, action, due date, whom it helps, how it
// serves, and the meeting's subject, time and organizer — never history, notes or contributions.
import { sql } from "kysely";
import { CARRIED_FORWARD_LIMIT, type Agenda, type CarriedCommitment, type CarriedForward, type CommitmentStatus } from "../../core/api/contract";
import type { Db } from "../db/database";

export interface CarryForwardScope {
  tenantId: string;
  objectiveId: string;
  /** Only meetings strictly before this instant (any ISO date-time; compared in UTC). */
  before: string;
  /** Never the meeting itself. */
  excludeAgendaId?: string;
  limit?: number;
}

const meetingAt = sql<string>`coalesce(a.starts_at, a.created_at)`;
// The objective's few meetings first (agendas_objective), then their commitments (commitments_agenda).
// Without table statistics SQLite would rather walk every open commitment of the tenant through
// (tenant_id, status) and join each to its meeting, which grows with the tenant. `|| ''` keeps these
// two filters (same meaning, both columns are NOT NULL) from being used as index lookups, on SQLite
// and PostgreSQL alike.
const commitmentTenant = sql<string>`c.tenant_id || ''`;
const commitmentStatus = sql<string>`c.status || ''`;

function scoped(db: Db, scope: CarryForwardScope) {
  let query = db
    .selectFrom("commitments as c")
    .innerJoin("agendas as a", (j) => j.onRef("a.id", "=", "c.agenda_id"))
    .where(commitmentTenant, "=", scope.tenantId)
    .where("a.tenant_id", "=", scope.tenantId)
    // The meeting's objective today, not the snapshot on the commitment: "meetings on the same objective".
    .where("a.objective_id", "=", scope.objectiveId)
    .where(commitmentStatus, "=", "open")
    .where(meetingAt, "<", new Date(scope.before).toISOString());
  if (scope.excludeAgendaId !== undefined) query = query.where("a.id", "<>", scope.excludeAgendaId);
  return query;
}

/**
 * Open commitments of the objective's meetings before `scope.before`, due date ascending — which puts
 * the overdue ones first, since every row is open — then the older meeting first; `total` counts all.
 */
export async function listCarriedForward(db: Db, scope: CarryForwardScope): Promise<CarriedForward> {
  const limit = Math.max(1, Math.min(scope.limit ?? CARRIED_FORWARD_LIMIT, CARRIED_FORWARD_LIMIT));
  const rows = await scoped(db, scope)
    .select([
      "c.id",
      "c.agenda_id",
      "c.owner_email",
      "c.owner_name",
      "c.owner_department",
      "c.helps_department",
      "c.action",
      "c.due_date",
      "c.serves_objective",
      "c.status",
      "a.subject",
      "a.organizer_email",
      meetingAt.as("meeting_at"),
    ])
    .orderBy("c.due_date")
    .orderBy(meetingAt)
    .orderBy("c.id")
    .limit(limit)
    .execute();
  // Fewer rows than the limit are all there is: the count query is only needed for a full page.
  const total = rows.length < limit ? rows.length : await countCarriedForward(db, scope);
  const items: CarriedCommitment[] = rows.map((r) => ({
    id: r.id,
    agendaId: r.agenda_id,
    ownerEmail: r.owner_email,
    ownerName: r.owner_name,
    ownerDepartment: r.owner_department,
    helpsDepartment: r.helps_department,
    action: r.action,
    dueDate: r.due_date,
    servesObjective: r.serves_objective,
    status: r.status as CommitmentStatus,
    meeting: { subject: r.subject, at: r.meeting_at, organizerEmail: r.organizer_email },
  }));
  return { items, total };
}

async function countCarriedForward(db: Db, scope: CarryForwardScope): Promise<number> {
  const row = await scoped(db, scope)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What the agenda carries forward; empty when it has no objective from the library. */
export async function carriedForwardFor(db: Db, tenantId: string, agenda: Agenda): Promise<CarriedForward> {
  if (agenda.objectiveId === null) return { items: [], total: 0 };
  return listCarriedForward(db, {
    tenantId,
    objectiveId: agenda.objectiveId,
    before: agenda.startsAt ?? agenda.createdAt,
    excludeAgendaId: agenda.id,
  });
}
