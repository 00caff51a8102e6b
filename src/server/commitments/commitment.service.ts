// Commitments: created on an agenda, changed with a history entry per field, listed across the
// tenant. Writers take a transaction handle (`trx`) and bump the agenda's revision inside it; the
// caller publishes the live event after commit.
import type { z } from "zod";
import type { Agenda, Commitment, CommitmentCreate, CommitmentPatch, Page } from "../../core/api/contract";
import type { CommitmentListQuery } from "../../core/api/commitment-list-contract";
import type { Principal } from "../auth/principal";
import { attendeeOidOf, bumpRevision, loadAgendaForPrincipal } from "../agendas/agenda-access";
import { identitiesOf } from "../agendas/agenda.mapping";
import { purposeScoresOf, refreshPurposeScore } from "../coach/purpose-score";
import { assertRoomFor } from "../agendas/agenda-bounds";
import type { Db } from "../db/database";
import { findDirectoryUserRows } from "../directory/directory.repository";
import { helpsOwnDepartment, isPastDue } from "../../core/meeting/commitment-rules";
import { departmentKey } from "../../core/meeting/departments";
import { HttpError, badRequest, forbidden, notFound } from "../http/http-error";
import { newId, nowIso } from "../ids";
import { ONLY_OWNER_ORGANIZER_PMO, listFilterFor, mayChangeCommitment, todayUtc } from "./commitment-access";
import { decodeSortCursor, encodeSortCursor } from "./commitment-cursor";
import { DEFAULT_SORT, sortValue } from "./commitment-sort";
import { CREATED_FIELD, HISTORY_SHOWN, PATCHABLE_COLUMNS, PATCHABLE_FIELDS, commitmentRowToCommitment, type PatchableField } from "./commitment.mapping";
import {
  contributionBelongsToAgenda,
  findAgendaOrganizer,
  findCommitmentRow,
  lockCommitmentRow,
  historyByCommitment,
  insertCommitmentRow,
  insertHistoryRows,
  listCommitmentRowsForAgenda,
  queryCommitmentRows,
  updateCommitmentRow,
} from "./commitment.repository";
import type { CommitmentHistoryRow, CommitmentRow } from "./commitment.table";

type CreateInput = z.output<typeof CommitmentCreate>;
type PatchInput = z.output<typeof CommitmentPatch>;
type ListQuery = z.output<typeof CommitmentListQuery>;

async function withHistory(db: Db, tenantId: string, rows: readonly CommitmentRow[]): Promise<Commitment[]> {
  const history = await historyByCommitment(db, tenantId, rows.map((r) => r.id), HISTORY_SHOWN);
  const scores = await purposeScoresOf(db, tenantId, rows.map((r) => r.agenda_id));
  return rows.map((r) => ({ ...commitmentRowToCommitment(r, history.get(r.id)?.rows ?? [], history.get(r.id)?.total), agendaPurposeScore: scores.get(r.agenda_id) ?? null }));
}

/** A written commitment, answered in the list's shape: with its agenda's purpose-first score. */
async function withScore(db: Db, tenantId: string, agendaId: string, commitment: Commitment): Promise<Commitment> {
  const scores = await purposeScoresOf(db, tenantId, [agendaId]);
  return { ...commitment, agendaPurposeScore: scores.get(agendaId) ?? null };
}

/** One agenda's commitments with their history, by due date (no access check: the caller did it). */
export async function listCommitmentsForAgenda(db: Db, tenantId: string, agendaId: string): Promise<Commitment[]> {
  return withHistory(db, tenantId, await listCommitmentRowsForAgenda(db, tenantId, agendaId));
}

export interface CommitmentWrite {
  commitment: Commitment;
  agendaId: string;
  /** False when a PATCH changed nothing: no history, no revision bump, no live event. */
  changed: boolean;
}

export const HELPS_OWN_DEPARTMENT = (department: string) =>
  `Invalid body: helpsDepartment — ${department} is the owner's own department; a commitment helps another department, or none`;
export const PAST_DUE = (dueDate: string, today: string) =>
  `Invalid body: dueDate — ${dueDate} is before today (${today}); send confirmPastDue: true to record a date in the past`;

/** 400 unless the due date is today or later, or the caller confirmed a past one. */
function checkDueDate(dueDate: string, today: string, confirmed: boolean | undefined): void {
  if (isPastDue(dueDate, today) && confirmed !== true) throw badRequest(PAST_DUE(dueDate, today), "dueDate");
}

/**
 * The owner's department is the meeting's (or the directory's) record of them: a client may not
 * file a commitment under another department — the matrix and reminders count by it. Only when
 * neither knows one does the client's value count, and then it must be one of the meeting's.
 */
function ownerDepartmentFor(agenda: Agenda, requested: string | undefined, known: string): string {
  const asked = requested?.trim() ?? "";
  if (known !== "") {
    if (asked !== "" && departmentKey(asked) !== departmentKey(known)) {
      throw badRequest(`Invalid body: ownerDepartment — the owner is in ${known} in this meeting`, "ownerDepartment");
    }
    return known;
  }
  if (asked === "") return "";
  const meeting = [...agenda.departments.map((d) => d.name), ...agenda.attendees.map((a) => a.department)];
  if (!meeting.some((d) => departmentKey(d) === departmentKey(asked))) {
    throw badRequest(`Invalid body: ownerDepartment — ${asked} is not one of this meeting's departments`, "ownerDepartment");
  }
  return asked;
}

/**
 * Records a commitment on an agenda the caller attends. The owner must be one of the agenda's
 * people (400 `ownerEmail`); department and name default to the owner's attendee entry. The helped
 * department must be another one (400 `helpsDepartment`); a due date before `today` (the caller's
 * calendar day) needs `confirmPastDue` (400 `dueDate`).
 */
export async function createCommitment(
  trx: Db,
  principal: Principal,
  agendaId: string,
  input: CreateInput,
  today: string = todayUtc(),
): Promise<CommitmentWrite> {
  checkDueDate(input.dueDate, today, input.confirmPastDue);
  const agenda = await loadAgendaForPrincipal(trx, principal, agendaId);
  await assertRoomFor(trx, principal.tenantId, agenda.id, "commitments");
  const attendee = agenda.attendees.find((a) => a.email === input.ownerEmail);
  if (!attendee && agenda.organizerEmail !== input.ownerEmail) {
    throw badRequest("Invalid body: ownerEmail — the owner must be one of the meeting's attendees", "ownerEmail");
  }
  if (input.contributionId !== null && !(await contributionBelongsToAgenda(trx, principal.tenantId, agenda.id, input.contributionId))) {
    throw badRequest("Invalid body: contributionId — no such contribution on this agenda", "contributionId");
  }
  // The organizer may be missing from the attendee rows: fall back to the directory.
  const person = attendee ?? (await findDirectoryUserRows(trx, principal.tenantId, [input.ownerEmail]))[0];
  const ownerDepartment = ownerDepartmentFor(agenda, input.ownerDepartment, person?.department ?? "");
  if (helpsOwnDepartment(input.helpsDepartment, ownerDepartment)) {
    throw badRequest(HELPS_OWN_DEPARTMENT(ownerDepartment), "helpsDepartment");
  }
  const now = nowIso();
  const row: CommitmentRow = {
    id: newId(),
    tenant_id: principal.tenantId,
    agenda_id: agenda.id,
    objective_id: agenda.objectiveId,
    objective_title: agenda.objectiveTitle,
    owner_email: input.ownerEmail,
    // The owner is named by address (whom the meeting invited); rights go with the object id known for it.
    owner_oid: attendee ? attendeeOidOf(agenda, input.ownerEmail) : (identitiesOf(agenda)?.organizerOid ?? null),
    // The meeting's record of the owner names them; the client's name only fills a gap.
    owner_name: person?.name || input.ownerName || "",
    owner_department: ownerDepartment,
    helps_department: input.helpsDepartment === "" ? null : input.helpsDepartment,
    action: input.action,
    due_date: input.dueDate,
    serves_objective: input.servesObjective,
    status: "open",
    contribution_id: input.contributionId,
    created_by_email: principal.email,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  const created: CommitmentHistoryRow = {
    id: newId(),
    tenant_id: principal.tenantId,
    commitment_id: row.id,
    at: now,
    by_email: row.created_by_email,
    field: CREATED_FIELD,
    from_value: null,
    to_value: row.status,
    note: "",
  };
  await insertCommitmentRow(trx, row);
  await insertHistoryRows(trx, [created]);
  await bumpRevision(trx, principal.tenantId, agenda.id);
  await refreshPurposeScore(trx, principal.tenantId, agenda.id);
  const commitment = await withScore(trx, principal.tenantId, agenda.id, commitmentRowToCommitment(row, [created]));
  return { commitment, agendaId: agenda.id, changed: true };
}

export const STALE_COMMITMENT = "The commitment was changed by someone else";
/** Changes one commitment may have: far more than a real one sees, a bound on what one can store. */
export const MAX_HISTORY_ROWS = 1000;
export const TOO_MANY_CHANGES = `This commitment has already been changed ${MAX_HISTORY_ROWS} times, the most one can have. Record what happens next as a new commitment.`;

/**
 * Applies a PATCH: one history row per field that really changes, all carrying the note. With
 * `expectedVersion` (from If-Match) a stale version is a 412 carrying the current commitment; the
 * check runs under the row lock, so two writers based on the same version cannot both pass it.
 */
export async function patchCommitment(
  trx: Db,
  principal: Principal,
  id: string,
  patch: PatchInput,
  expectedVersion?: number,
  today: string = todayUtc(),
): Promise<CommitmentWrite> {
  await lockCommitmentRow(trx, principal.tenantId, id);
  const current = await findCommitmentRow(trx, principal.tenantId, id);
  if (!current) throw notFound("Commitment");
  const organizer = await findAgendaOrganizer(trx, principal.tenantId, current.agenda_id);
  if (!mayChangeCommitment(principal, current.owner_oid, organizer)) throw forbidden(ONLY_OWNER_ORGANIZER_PMO);
  if (expectedVersion !== undefined && Number(current.version) !== expectedVersion) {
    const [fresh] = await withHistory(trx, principal.tenantId, [current]);
    throw new HttpError("precondition_failed", STALE_COMMITMENT, { current: fresh });
  }
  if (patch.dueDate !== undefined && patch.dueDate !== current.due_date) checkDueDate(patch.dueDate, today, patch.confirmPastDue);
  if (patch.helpsDepartment !== undefined && helpsOwnDepartment(patch.helpsDepartment, current.owner_department)) {
    throw badRequest(HELPS_OWN_DEPARTMENT(current.owner_department), "helpsDepartment");
  }

  const now = nowIso();
  const next: CommitmentRow = { ...current };
  const history: CommitmentHistoryRow[] = [];
  for (const field of PATCHABLE_FIELDS) {
    let value = patch[field];
    if (value === undefined) continue;
    if (field === "helpsDepartment" && value === "") value = null;
    const column = PATCHABLE_COLUMNS[field];
    const before = current[column];
    if (value === before) continue;
    (next as Record<string, unknown>)[column] = value;
    history.push({
      id: newId(),
      tenant_id: principal.tenantId,
      commitment_id: id,
      at: now,
      by_email: principal.email,
      field,
      from_value: before,
      to_value: value,
      note: patch.note ?? "",
    });
  }
  const earlier = (await historyByCommitment(trx, principal.tenantId, [id], HISTORY_SHOWN)).get(id) ?? { rows: [], total: 0 };
  if (history.length === 0) {
    const commitment = await withScore(trx, principal.tenantId, current.agenda_id, commitmentRowToCommitment(current, earlier.rows, earlier.total));
    return { commitment, agendaId: current.agenda_id, changed: false };
  }
  if (earlier.total + history.length > MAX_HISTORY_ROWS) throw new HttpError("conflict", TOO_MANY_CHANGES);
  next.updated_at = now;
  next.version = Number(current.version) + 1;
  // Only the changed columns: a write never puts back a field it did not mean to touch.
  const changes: Record<string, string | number | null> = { updated_at: now, version: next.version };
  for (const h of history) changes[PATCHABLE_COLUMNS[h.field as PatchableField]] = h.to_value;
  await updateCommitmentRow(trx, principal.tenantId, id, changes);
  await insertHistoryRows(trx, history);
  await bumpRevision(trx, principal.tenantId, current.agenda_id);
  await refreshPurposeScore(trx, principal.tenantId, current.agenda_id);
  const commitment = await withScore(
    trx,
    principal.tenantId,
    current.agenda_id,
    commitmentRowToCommitment(next, [...earlier.rows, ...history], earlier.total + history.length),
  );
  return { commitment, agendaId: current.agenda_id, changed: true };
}

/** GET /api/commitments: one page in the requested order (default due date, id), each with its history. */
export async function listCommitments(db: Db, principal: Principal, query: ListQuery): Promise<Page<Commitment>> {
  const sort = query.sort ?? DEFAULT_SORT;
  const after = query.cursor === undefined || query.cursor === "" ? null : decodeSortCursor(query.cursor, sort);
  const filter = await listFilterFor(db, principal, query);
  const rows = await queryCommitmentRows(db, principal.tenantId, filter, after, query.limit + 1, sort);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > query.limit && last ? encodeSortCursor(sort, { value: sortValue(last, sort), id: last.id }) : null;
  return { items: await withHistory(db, principal.tenantId, page), nextCursor };
}
