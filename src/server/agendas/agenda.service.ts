// Agenda use cases: create, change (optimistic concurrency), find the meetings someone attends.
// The organizer is always an attendee with role "organizer". Rights come from object ids on the rows
// (the organizer's, each attendee's): the route resolves invitees' addresses and proves the Teams
// thread before the transaction (Graph calls never run inside one) and hands both in as `AgendaWrite`.
import type { z } from "zod";
import type { Agenda, AgendaCreate, AgendaDepartment, AgendaListQuery, AgendaPatch, Attendee } from "../../core/api/contract";
import type { Principal } from "../auth/principal";
import type { Db } from "../db/database";
import { inTransaction } from "../db/in-transaction";
import { HttpError, badRequest, notFound } from "../http/http-error";
import { newId, nowIso } from "../ids";
import { refreshPurposeScore } from "../coach/purpose-score";
import { dropOrphanProposals, writeSlotProposals } from "../contributions/slot-proposals";
import { assertUsableObjective, libraryObjectiveFor } from "../objectives/objective.service";
import { findAgenda, isOrganizer, loadAgendaForPrincipal } from "./agenda-access";
import { assertMayChangeFields } from "./agenda-field-rights";
import { attendeeRows, identitiesOf, rowToAgenda, toUtcIso } from "./agenda.mapping";
import {
  departmentMissions,
  directoryDepartment,
  insertAgendaRow,
  listAgendaRowsForPerson,
  findThreadHolderRow,
  listAttendeeRows,
  replaceAttendeeRows,
  updateAgendaIfVersion,
  type AgendaFilter,
} from "./agenda.repository";
import type { AgendaRowUpdate } from "./agenda.table";
import { claimThread } from "./thread-binding";
import type { ThreadDecision } from "./thread-proof";

type CreateInput = z.output<typeof AgendaCreate>;
type PatchInput = z.output<typeof AgendaPatch>;
type ListInput = z.output<typeof AgendaListQuery>;

/** What the route established before the write: invitees' object ids and the proven thread binding. */
export interface AgendaWrite {
  /** Object ids of invitees, by lower-case address; an address left out stays unresolved (NULL). */
  attendeeOids?: ReadonlyMap<string, string>;
  /** The binding to store; without it the thread fields are taken as sent (storage tests). */
  thread?: ThreadDecision;
  /** Told of an agenda that lost its Teams thread to this one (its viewers need a live event after commit). */
  onThreadTaken?: (agendaId: string) => void;
}

export const STALE_AGENDA = "The agenda was changed by someone else — reload it and apply your change again";
export const ONLY_ORGANIZER_PROPOSES = "Only the meeting's organizer proposes what each department can do (slots)";

/**
 * Attendees as stored: one row per email (first wins), the organizer exactly once with role
 * "organizer" (added first if missing), nobody else claiming that role.
 */
export function normalizeAttendees(attendees: readonly Attendee[], organizer: Attendee): Attendee[] {
  const seen = new Set<string>();
  const out: Attendee[] = [];
  for (const a of attendees) {
    if (seen.has(a.email)) continue;
    seen.add(a.email);
    if (a.email === organizer.email) {
      out.push({ ...a, name: a.name || organizer.name, department: a.department || organizer.department, role: "organizer" });
    } else {
      out.push({ ...a, role: a.role === "organizer" ? "required" : a.role });
    }
  }
  return seen.has(organizer.email) ? out : [organizer, ...out];
}

/**
 * The objective id to store: the one given, or — when the organizer chose to add a typed objective
 * to the library — the library's objective of that title (created if new). Without that choice a
 * typed objective is this agenda's alone.
 */
async function objectiveIdToStore(
  db: Db,
  principal: Principal,
  input: { objectiveId?: string | null; objectiveTitle?: string; addObjectiveToLibrary?: boolean },
  current: { objectiveId: string | null; objectiveTitle: string } | null,
): Promise<string | null | undefined> {
  await assertUsableObjective(db, principal.tenantId, input.objectiveId, current?.objectiveId ?? null);
  const id = input.objectiveId === undefined ? current?.objectiveId : input.objectiveId;
  if (!input.addObjectiveToLibrary || id) return input.objectiveId;
  const title = input.objectiveTitle ?? current?.objectiveTitle ?? "";
  return (await libraryObjectiveFor(db, principal, title)).id;
}

/** Departments sent without a mission get the mission from the tenant's library (the appendix). */
async function withMissions(db: Db, tenantId: string, departments: readonly AgendaDepartment[]): Promise<AgendaDepartment[]> {
  const missing = departments.filter((d) => d.mission === "").map((d) => d.name);
  const missions = await departmentMissions(db, tenantId, missing);
  return departments.map((d) => (d.mission === "" ? { ...d, mission: missions.get(d.name) ?? "" } : d));
}

export async function createAgenda(db: Db, principal: Principal, input: CreateInput, write: AgendaWrite = {}): Promise<Agenda> {
  return inTransaction(db, async (trx) => {
    const tenantId = principal.tenantId;
    const objectiveId = (await objectiveIdToStore(trx, principal, input, null)) ?? null;
    const thread = write.thread ?? { teamsThreadId: input.teamsThreadId, threadProof: input.teamsThreadId ? "local" : null };
    const unbound = await claimThread(trx, principal, thread.teamsThreadId, thread.threadProof);
    if (unbound) write.onThreadTaken?.(unbound);
    const email = principal.email;
    const organizer: Attendee = {
      email,
      name: principal.name,
      department: (await directoryDepartment(trx, tenantId, email)) ?? "",
      role: "organizer",
    };
    const now = nowIso();
    const id = newId();
    await insertAgendaRow(trx, {
      id,
      tenant_id: tenantId,
      organizer_email: email,
      organizer_oid: principal.userId,
      subject: input.subject,
      objective_id: objectiveId,
      objective_title: input.objectiveTitle,
      desired_outcome: input.desiredOutcome,
      departments_json: JSON.stringify(await withMissions(trx, tenantId, input.departments)),
      obstacles_json: JSON.stringify(input.obstacles),
      lang: input.lang,
      starts_at: toUtcIso(input.startsAt),
      ends_at: toUtcIso(input.endsAt),
      outlook_item_id: input.outlookItemId,
      ical_uid: input.iCalUId,
      teams_thread_id: thread.teamsThreadId ?? null,
      thread_proof: thread.teamsThreadId ? (thread.threadProof ?? null) : null,
      join_url: input.joinUrl,
      version: 1,
      revision: 1,
      created_at: now,
      updated_at: now,
    });
    const oids = new Map<string, string | null>(write.attendeeOids ?? []);
    oids.set(email, principal.userId);
    await replaceAttendeeRows(trx, tenantId, id, attendeeRows(tenantId, id, normalizeAttendees(input.attendees, organizer), oids));
    const inserted = await findAgenda(trx, tenantId, id);
    if (!inserted) throw new Error("the agenda just inserted is missing");
    if (input.slots) await writeSlotProposals(trx, principal, inserted, input.slots);
    await refreshPurposeScore(trx, tenantId, id);
    const created = await findAgenda(trx, tenantId, id);
    if (!created) throw new Error("the agenda just inserted is missing");
    return created;
  });
}

function staleError(current: Agenda): HttpError {
  return new HttpError("precondition_failed", STALE_AGENDA, { current });
}

function patchToRow(patch: PatchInput): AgendaRowUpdate {
  const row: AgendaRowUpdate = {};
  if (patch.subject !== undefined) row.subject = patch.subject;
  if (patch.objectiveId !== undefined) row.objective_id = patch.objectiveId;
  if (patch.objectiveTitle !== undefined) row.objective_title = patch.objectiveTitle;
  if (patch.desiredOutcome !== undefined) row.desired_outcome = patch.desiredOutcome;
  if (patch.obstacles !== undefined) row.obstacles_json = JSON.stringify(patch.obstacles);
  if (patch.lang !== undefined) row.lang = patch.lang;
  if (patch.startsAt !== undefined) row.starts_at = toUtcIso(patch.startsAt);
  if (patch.endsAt !== undefined) row.ends_at = toUtcIso(patch.endsAt);
  if (patch.outlookItemId !== undefined) row.outlook_item_id = patch.outlookItemId;
  if (patch.iCalUId !== undefined) row.ical_uid = patch.iCalUId;
  if (patch.joinUrl !== undefined) row.join_url = patch.joinUrl;
  return row;
}

/**
 * Applies a patch if the agenda is still at `expectedVersion` (else 412 carrying the current agenda).
 * Fields only the organizer may change are refused (403) for anyone else before the version is looked at.
 */
export async function patchAgenda(
  db: Db,
  principal: Principal,
  id: string,
  expectedVersion: number,
  patch: PatchInput,
  write: AgendaWrite = {},
): Promise<Agenda> {
  return inTransaction(db, async (trx) => {
    const tenantId = principal.tenantId;
    const agenda = await loadAgendaForPrincipal(trx, principal, id);
    if (patch.slots !== undefined && !isOrganizer(agenda, principal)) throw new HttpError("forbidden", ONLY_ORGANIZER_PROPOSES, { field: "slots" });
    assertMayChangeFields(agenda, principal, patch);
    if (agenda.version !== expectedVersion) throw staleError(agenda);
    const objectiveId = await objectiveIdToStore(trx, principal, patch, agenda);
    const changes = patchToRow(patch);
    const thread: ThreadDecision = write.thread ?? (patch.teamsThreadId !== undefined ? { teamsThreadId: patch.teamsThreadId, threadProof: patch.teamsThreadId ? "local" : null } : {});
    if (thread.teamsThreadId !== undefined && thread.teamsThreadId !== agenda.teamsThreadId) {
      const unbound = await claimThread(trx, principal, thread.teamsThreadId, thread.threadProof, id);
      if (unbound) write.onThreadTaken?.(unbound);
      changes.teams_thread_id = thread.teamsThreadId;
      changes.thread_proof = thread.teamsThreadId ? (thread.threadProof ?? null) : null;
    }
    if (objectiveId !== undefined) changes.objective_id = objectiveId;
    if (patch.departments !== undefined) changes.departments_json = JSON.stringify(await withMissions(trx, tenantId, patch.departments));
    if (!(await updateAgendaIfVersion(trx, tenantId, id, expectedVersion, changes, nowIso()))) {
      const current = await findAgenda(trx, tenantId, id);
      throw current ? staleError(current) : notFound("Agenda");
    }
    if (patch.attendees !== undefined) {
      const organizer = agenda.attendees.find((a) => a.email === agenda.organizerEmail) ?? {
        email: agenda.organizerEmail,
        name: "",
        department: "",
        role: "organizer" as const,
      };
      // Object ids already known stay; new addresses get what the route resolved.
      const oids = new Map<string, string | null>(write.attendeeOids ?? []);
      for (const [email, oid] of identitiesOf(agenda)?.attendeeOids ?? []) if (oid) oids.set(email, oid);
      const organizerOid = identitiesOf(agenda)?.organizerOid;
      if (organizerOid) oids.set(agenda.organizerEmail, organizerOid);
      await replaceAttendeeRows(trx, tenantId, id, attendeeRows(tenantId, id, normalizeAttendees(patch.attendees, organizer), oids));
    }
    if (patch.departments !== undefined || patch.slots !== undefined) {
      const changed = await findAgenda(trx, tenantId, id);
      if (!changed) throw notFound("Agenda");
      if (patch.departments !== undefined) await dropOrphanProposals(trx, tenantId, changed);
      if (patch.slots !== undefined) await writeSlotProposals(trx, principal, changed, patch.slots);
    }
    await refreshPurposeScore(trx, tenantId, id);
    const updated = await findAgenda(trx, tenantId, id);
    if (!updated) throw notFound("Agenda");
    return updated;
  });
}

/** Exactly one way of finding meetings: by Teams thread, by join URL, or by a time range. */
export function agendaFilterOf(query: ListInput): AgendaFilter {
  const modes = [query.teamsThreadId, query.joinUrl, query.from ?? query.to].filter((v) => v !== undefined).length;
  if (modes !== 1) {
    throw badRequest("Give exactly one of: teamsThreadId, joinUrl, or from and to", modes === 0 ? "query" : "teamsThreadId");
  }
  if (query.teamsThreadId !== undefined) return { mode: "teamsThreadId", teamsThreadId: query.teamsThreadId };
  if (query.joinUrl !== undefined) return { mode: "joinUrl", joinUrl: query.joinUrl };
  if (query.from === undefined) throw badRequest("from is required with to", "from");
  if (query.to === undefined) throw badRequest("to is required with from", "to");
  const from = new Date(query.from).toISOString();
  const to = new Date(query.to).toISOString();
  if (from >= to) throw badRequest("to must be later than from", "to");
  if (Date.parse(to) - Date.parse(from) > MAX_RANGE_MS) throw badRequest(`from–to may span at most ${MAX_RANGE_DAYS} days`, "to");
  return { mode: "range", from, to };
}

/** A time window wider than this is a mistake (or a scrape), not "meetings around now". */
export const MAX_RANGE_DAYS = 62;
const MAX_RANGE_MS = MAX_RANGE_DAYS * 24 * 60 * 60 * 1000;

/**
 * By thread id there is exactly one agenda (the one holding the thread), listed only when the
 * principal may open it.
 */
async function rowsOf(db: Db, principal: Principal, filter: AgendaFilter) {
  const oid = principal.userId;
  if (filter.mode !== "teamsThreadId") return listAgendaRowsForPerson(db, principal.tenantId, oid, filter);
  const holder = await findThreadHolderRow(db, principal.tenantId, filter.teamsThreadId);
  if (!holder) return [];
  const attendees = await listAttendeeRows(db, principal.tenantId, [holder.id]);
  return holder.organizer_oid === oid || attendees.some((a) => a.oid === oid) ? [holder] : [];
}

/** Meetings in the principal's tenant that the principal organizes or attends. */
export async function listAgendas(db: Db, principal: Principal, query: ListInput): Promise<Agenda[]> {
  const rows = await rowsOf(db, principal, agendaFilterOf(query));
  const attendees = await listAttendeeRows(
    db,
    principal.tenantId,
    rows.map((r) => r.id),
  );
  const byAgenda = new Map<string, typeof attendees>();
  for (const a of attendees) {
    const list = byAgenda.get(a.agenda_id);
    if (list) list.push(a);
    else byAgenda.set(a.agenda_id, [a]);
  }
  return rows.map((r) => rowToAgenda(r, byAgenda.get(r.id) ?? []));
}
