// Who may open an agenda: its organizer and attendees, within the caller's tenant, recognised by
// object id (tid + oid from the verified token) — never by the e-mail claim, which a rename changes.
// Every route that touches an agenda (or something hung on it) goes through here first.
import type { Agenda, Attendee } from "../../core/api/contract";
import type { Principal } from "../auth/principal";
import type { Db } from "../db/database";
import { HttpError, notFound } from "../http/http-error";
import { nowIso } from "../ids";
import { findAgendaRow, incrementRevision, listAttendeeRows } from "./agenda.repository";
import { identitiesOf, rowToAgenda } from "./agenda.mapping";

export const NOT_AN_ATTENDEE = "Only the meeting's attendees and organizer can open this agenda";

/** The agenda in the principal's tenant, or undefined. No access check: for internal use. */
export async function findAgenda(db: Db, tenantId: string, agendaId: string): Promise<Agenda | undefined> {
  const row = await findAgendaRow(db, tenantId, agendaId);
  if (!row) return undefined;
  return rowToAgenda(row, await listAttendeeRows(db, tenantId, [row.id]));
}

/**
 * The 403 for someone of the agenda's tenant who may not open it: it names the organizer (display
 * name only), so the person knows whom to ask to be added.
 */
export function notAnAttendee(agenda: Agenda): HttpError {
  const organizer = agenda.attendees.find((a) => a.email === agenda.organizerEmail)?.name.trim();
  return new HttpError("forbidden", NOT_AN_ATTENDEE, organizer ? { organizer: { name: organizer } } : {});
}

export function canOpenAgenda(agenda: Agenda, principal: Principal): boolean {
  return isOrganizer(agenda, principal) || attendeeOf(agenda, principal) !== undefined;
}

export function isOrganizer(agenda: Agenda, principal: Principal): boolean {
  const organizer = identitiesOf(agenda)?.organizerOid;
  return organizer !== null && organizer !== undefined && organizer === principal.userId;
}

/** The principal's own attendee entry, found by object id. */
export function attendeeOf(agenda: Agenda, principal: Principal): Attendee | undefined {
  const oids = identitiesOf(agenda)?.attendeeOids;
  if (!oids) return undefined;
  return agenda.attendees.find((a) => oids.get(a.email) === principal.userId);
}

/** The object id of the attendee invited by `email` (null: not resolved or claimed yet). */
export function attendeeOidOf(agenda: Agenda, email: string): string | null {
  return identitiesOf(agenda)?.attendeeOids.get(email) ?? null;
}

/**
 * The agenda if the principal may open it. 404 when it does not exist OR lives in another tenant
 * (so ids of other tenants reveal nothing); 403 when the principal is not an attendee.
 */
export async function loadAgendaForPrincipal(db: Db, principal: Principal, agendaId: string): Promise<Agenda> {
  const agenda = await findAgenda(db, principal.tenantId, agendaId);
  if (!agenda) throw notFound("Agenda");
  if (!canOpenAgenda(agenda, principal)) throw notAnAttendee(agenda);
  return agenda;
}

/**
 * Marks a change of the agenda or of something hung on it: revision + 1 (the live-event id) and
 * updated_at. Call it inside the writer's transaction; returns the new revision.
 */
export async function bumpRevision(db: Db, tenantId: string, agendaId: string): Promise<number> {
  const revision = await incrementRevision(db, tenantId, agendaId, nowIso());
  if (revision === undefined) throw notFound("Agenda");
  return revision;
}
