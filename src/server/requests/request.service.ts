// Requests between departments (お願い): asked by someone of one department of a meeting (or its
// organizer, who facilitates), of another department of the same meeting. Writers take a
// transaction handle (`trx`) and bump the agenda's revision inside it; the caller publishes the
// live event after commit. Answers are in request-respond.ts.
import type { z } from "zod";
import type { Agenda } from "../../core/api/contract";
import type { RequestCreate, RequestListQuery, RequestPage, RequestPatch, RequestSummary, RequestSummaryQuery } from "../../core/api/request-contract";
import { summarizeRequests } from "../../core/dashboard/request-summary";
import { isRequestClosed, type DepartmentRequest, type RequestStatus } from "../../core/api/request-view";
import { meetingDepartmentNamed, meetingDepartments, sameDepartment } from "../../core/meeting/request-rules";
import { attendeeOf, bumpRevision, isOrganizer, loadAgendaForPrincipal } from "../agendas/agenda-access";
import type { Principal } from "../auth/principal";
import type { Db } from "../db/database";
import { HttpError, badRequest, notFound } from "../http/http-error";
import { newId, nowIso } from "../ids";
import { carriedInto } from "./carried-requests";
import { requestFilterOf } from "./request-filter";
import { rowToRequest } from "./request.mapping";
import { countRequestsOfAgenda, findRequestRow, requestFactRows, insertRequestRow, listRequestRowsForAgenda, lockRequestRow, queryRequestRows, updateRequestRow } from "./request.repository";
import type { RequestCursor, RequestRow } from "./request.table";

export const REQUESTS_PER_AGENDA_MAX = 1_000;

export interface RequestWrite {
  request: DepartmentRequest;
  agendaId: string;
  /** The later meeting it was answered in, when carried into one: its tab follows the change too. */
  answeredInAgendaId?: string;
}

/** One agenda's requests, oldest first (no access check: the caller did it). */
export async function listRequestsForAgenda(db: Db, tenantId: string, agendaId: string): Promise<DepartmentRequest[]> {
  return (await listRequestRowsForAgenda(db, tenantId, agendaId)).map(rowToRequest);
}

const STATUS_WORDS: Record<RequestStatus, string> = {
  open: "open",
  countered: "answered with a counter-offer",
  accepted: "accepted",
  declined: "declined",
  withdrawn: "withdrawn",
};
export const statusWords = (status: string): string => STATUS_WORDS[status as RequestStatus] ?? status;

/** The caller's department in this meeting ("" when their attendee entry names none). */
export function callerDepartment(agenda: Agenda, principal: Principal): string {
  return attendeeOf(agenda, principal)?.department ?? "";
}

function notInMeeting(agenda: Agenda, field: "fromDepartment" | "toDepartment", name: string): HttpError {
  const names = meetingDepartments(agenda);
  const list = names.length > 0 ? names.join(", ") : "none yet";
  const hint = field === "toDepartment" ? " — the organizer can add it to the agenda's departments first" : "";
  return badRequest(`Invalid body: ${field} — ${name} is not one of this meeting's departments (${list})${hint}`, field);
}

/**
 * Loads the request and the agenda whose attendees' rights apply (404 for unknown or another
 * tenant's; 403 for non-attendees): its own, or `answeredIn`, a later meeting it is carried into.
 */
export async function loadRequestForChange(trx: Db, principal: Principal, id: string, answeredIn?: string): Promise<{ row: RequestRow; agenda: Agenda }> {
  await lockRequestRow(trx, principal.tenantId, id);
  const row = await findRequestRow(trx, principal.tenantId, id);
  if (!row) throw notFound("Request");
  const agenda =
    answeredIn === undefined || answeredIn === row.agenda_id
      ? await loadAgendaForPrincipal(trx, principal, row.agenda_id)
      : await carriedInto(trx, principal, row.agenda_id, answeredIn);
  return { row, agenda };
}

/** 409 naming the state when the request is closed. */
export function assertNotClosed(row: RequestRow, doing: string): void {
  if (isRequestClosed(row.status as RequestStatus)) {
    throw new HttpError("conflict", `This request is already ${statusWords(row.status)}; it cannot be ${doing} any more`, { field: "status" });
  }
}

export async function createRequest(trx: Db, principal: Principal, agendaId: string, input: z.output<typeof RequestCreate>): Promise<RequestWrite> {
  const agenda = await loadAgendaForPrincipal(trx, principal, agendaId);
  const from = meetingDepartmentNamed(agenda, input.fromDepartment);
  if (from === undefined) throw notInMeeting(agenda, "fromDepartment", input.fromDepartment);
  const to = meetingDepartmentNamed(agenda, input.toDepartment);
  if (to === undefined) throw notInMeeting(agenda, "toDepartment", input.toDepartment);
  if (sameDepartment(from, to)) {
    throw badRequest(`Invalid body: toDepartment — ${to} is the asking department itself; ask another department of the meeting`, "toDepartment");
  }
  const mine = callerDepartment(agenda, principal);
  if (!isOrganizer(agenda, principal) && !sameDepartment(mine, from)) {
    const why = mine === "" ? "your department is not known in this meeting" : `yours is ${mine}`;
    throw new HttpError("forbidden", `You can ask only on behalf of your own department (${why})`, { field: "fromDepartment" });
  }
  if ((await countRequestsOfAgenda(trx, principal.tenantId, agenda.id)) >= REQUESTS_PER_AGENDA_MAX) {
    throw new HttpError("payload_too_large", `This meeting already has ${REQUESTS_PER_AGENDA_MAX.toLocaleString("en-US")} requests, the most one agenda holds — start a follow-up meeting for more`);
  }
  const attendee = attendeeOf(agenda, principal);
  const now = nowIso();
  const row: RequestRow = {
    id: newId(),
    tenant_id: principal.tenantId,
    agenda_id: agenda.id,
    from_department: from,
    to_department: to,
    text: input.text,
    needed_by: input.neededBy,
    status: "open",
    asked_by_email: attendee?.email ?? principal.email,
    asked_by_oid: principal.userId,
    asked_by_name: attendee?.name || principal.name,
    response_text: "",
    answered_by_email: null,
    answered_by_oid: null,
    answered_by_name: "",
    answered_at: null,
    first_answered_at: null,
    commitment_id: null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await insertRequestRow(trx, row);
  await bumpRevision(trx, principal.tenantId, agenda.id);
  return { request: rowToRequest(row), agendaId: agenda.id };
}

export const STALE_REQUEST = "The request was changed by someone else";

/** 412 carrying the current request when `expected` is not its version. */
export function assertVersion(row: RequestRow, expected: number | undefined): void {
  if (expected !== undefined && Number(row.version) !== expected) {
    throw new HttpError("precondition_failed", STALE_REQUEST, { current: rowToRequest(row) });
  }
}

/** The asking department (or the organizer) rewords, re-dates or withdraws a request still open. */
export async function patchRequest(
  trx: Db,
  principal: Principal,
  id: string,
  patch: z.output<typeof RequestPatch>,
  expectedVersion: number,
): Promise<RequestWrite> {
  const { row, agenda } = await loadRequestForChange(trx, principal, id);
  if (!isOrganizer(agenda, principal) && !sameDepartment(callerDepartment(agenda, principal), row.from_department)) {
    throw new HttpError("forbidden", `Only someone of ${row.from_department} (the asking department) or the organizer can change this request`);
  }
  assertVersion(row, expectedVersion);
  assertNotClosed(row, patch.status === "withdrawn" ? "withdrawn" : "changed");
  const now = nowIso();
  const next: RequestRow = {
    ...row,
    text: patch.text ?? row.text,
    needed_by: patch.neededBy === undefined ? row.needed_by : patch.neededBy,
    status: patch.status ?? row.status,
    updated_at: now,
    version: Number(row.version) + 1,
  };
  const { text, needed_by, status, updated_at, version } = next;
  if (!(await updateRequestRow(trx, principal.tenantId, id, Number(row.version), { text, needed_by, status, updated_at, version }))) {
    throw new HttpError("precondition_failed", STALE_REQUEST);
  }
  await bumpRevision(trx, principal.tenantId, row.agenda_id);
  return { request: rowToRequest(next), agendaId: row.agenda_id };
}

const invalidCursor = () => badRequest("Invalid query: cursor — not a cursor from this list; start again without it", "cursor");

function decodeCursor(raw: string): RequestCursor {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw invalidCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") throw invalidCursor();
  return { createdAt: parsed[0], id: parsed[1] };
}

const encodeCursor = (row: RequestRow): string => Buffer.from(JSON.stringify([row.created_at, row.id]), "utf8").toString("base64url");

/**
 * GET /api/requests: a PMO sees the tenant's; anyone else the requests of meetings they organize or
 * attend. Oldest first, so what waits longest comes first.
 */
export async function listRequests(db: Db, principal: Principal, query: z.output<typeof RequestListQuery>, today: string): Promise<RequestPage> {
  const filter = requestFilterOf(query, today);
  if (query.agenda !== undefined && !principal.isPmo) await loadAgendaForPrincipal(db, principal, query.agenda);
  const after = query.cursor === undefined || query.cursor === "" ? null : decodeCursor(query.cursor);
  const rows = await queryRequestRows(db, principal.tenantId, { ...filter, ...(principal.isPmo ? {} : { visibleTo: principal.userId }) }, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { items: page.map(rowToRequest), nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
}

export const ONLY_PMO_SUMMARY = "Only PMOs can see how every department asks and answers";

/** GET /api/requests/summary: the PMO's department matrix of asks and answers. */
export async function requestSummary(db: Db, principal: Principal, query: z.output<typeof RequestSummaryQuery>): Promise<RequestSummary> {
  if (!principal.isPmo) throw new HttpError("forbidden", ONLY_PMO_SUMMARY);
  const rows = await requestFactRows(db, principal.tenantId, query.objective);
  return summarizeRequests(
    rows.map((r) => ({ fromDepartment: r.from_department, toDepartment: r.to_department, status: r.status as RequestStatus, createdAt: r.created_at, answeredAt: r.first_answered_at })),
  );
}
