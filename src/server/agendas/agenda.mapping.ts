// Rows ↔ the contract's Agenda. snake_case and JSON columns stop here.
import type { Agenda, AgendaDepartment, Attendee, AttendeeRole } from "../../core/api/contract";
import type { Lang } from "../../core/api/primitives";
import type { AgendaRow, AttendeeRow } from "./agenda.table";

/**
 * Who holds rights on an agenda, by object id. Kept beside the contract's Agenda (which speaks in
 * addresses, for display) rather than in it, so ids never reach a response body: an Agenda that was
 * copied or built elsewhere has none, and every check on it fails closed.
 */
export interface AgendaIdentities {
  organizerOid: string | null;
  /** Attendee address → object id (null: not resolved or claimed yet). */
  attendeeOids: ReadonlyMap<string, string | null>;
}

const identities = new WeakMap<Agenda, AgendaIdentities>();

export function identitiesOf(agenda: Agenda): AgendaIdentities | undefined {
  return identities.get(agenda);
}

export function rowToAgenda(row: AgendaRow, attendees: readonly AttendeeRow[]): Agenda {
  const agenda = toAgenda(row, attendees);
  identities.set(agenda, {
    organizerOid: row.organizer_oid ?? null,
    attendeeOids: new Map(attendees.map((a) => [a.email, a.oid ?? null])),
  });
  return agenda;
}

function toAgenda(row: AgendaRow, attendees: readonly AttendeeRow[]): Agenda {
  return {
    id: row.id,
    organizerEmail: row.organizer_email,
    subject: row.subject,
    objectiveId: row.objective_id,
    objectiveTitle: row.objective_title,
    desiredOutcome: row.desired_outcome,
    departments: parseJson<AgendaDepartment[]>(row.departments_json, []),
    attendees: attendees.map(rowToAttendee),
    obstacles: parseJson<string[]>(row.obstacles_json, []),
    lang: row.lang as Lang,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    outlookItemId: row.outlook_item_id,
    iCalUId: row.ical_uid,
    teamsThreadId: row.teams_thread_id,
    joinUrl: row.join_url,
    version: Number(row.version),
    revision: Number(row.revision),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    purposeScore: row.purpose_score === null || row.purpose_score === undefined ? null : Number(row.purpose_score),
  };
}

export function rowToAttendee(row: AttendeeRow): Attendee {
  return { email: row.email, name: row.name, department: row.department, role: row.role as AttendeeRole };
}

/** Rows for these attendees, each with the object id known for its address (null: not yet). */
export function attendeeRows(tenantId: string, agendaId: string, attendees: readonly Attendee[], oids: ReadonlyMap<string, string | null>) {
  return attendees.map((a, position) => ({
    oid: oids.get(a.email) ?? null,
    tenant_id: tenantId,
    agenda_id: agendaId,
    email: a.email,
    name: a.name,
    department: a.department,
    role: a.role,
    position,
  }));
}

/** Timestamps are stored in UTC so that string comparison in SQL is time comparison. */
export function toUtcIso(value: string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
