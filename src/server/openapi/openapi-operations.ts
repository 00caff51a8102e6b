// Every HTTP route of DESIGN.md §4, described once, with the contract schemas it reads and returns.
// The OpenAPI document is generated from this table; a test checks that it matches the routes.
import { z } from "zod";
import { Agenda, AgendaChangeEvent, AgendaCreate, AgendaListQuery, AgendaPatch, AgendaView, Commitment, CommitmentCreate, CommitmentPatch, Contribution, ContributionCreate, ContributionPatch, Department, DepartmentCreate, DepartmentUpdate, DirectoryEntry, DirectoryImportResult, DirectoryResolveRequest, CarriedForward, Objective, ObjectiveCreate, OpenCommitmentsQuery, RenderQuery, pageOf } from "../../core/api/contract";
import { Me } from "../../core/api/me-contract";
import { CommitmentListQuery } from "../../core/api/commitment-list-contract";
import { AgendaWriteQuery, ObjectiveListQuery, ObjectiveMerge, ObjectivePatch } from "../../core/api/objective-library-contract";
import { ClientConfig, DevTokenRequest, DevTokenResponse } from "../../core/api/sign-in-contract";
import { CoachAnalyzeRequest, CoachAnalyzeResponse } from "../../core/api/coach-contract";
import { CommitmentExportQuery } from "../commitments/commitment-query";
import { DashboardQuery, DashboardSummary } from "../../core/api/dashboard-contract";
import { CommitmentSyncRequest, CommitmentSyncResult, OutboxMessage, OutboxQuery, ReminderRunResult } from "../../core/api/reminders-contract";
import { RequestCreate, RequestExportQuery, RequestListQuery, RequestPage, RequestPatch, RequestRespond, RequestRespondResult, RequestSummary, RequestSummaryQuery } from "../../core/api/request-contract";
import { DepartmentRequest } from "../../core/api/request-view";
import { RequestReminderSetting, RequestReminderUpdate } from "../../core/api/request-settings-contract";
import { AuditEntry, DeleteTenantDataRequest, DeleteTenantDataResult, ForgetPersonRequest, ForgetPersonResult, RetentionUpdate, TenantAdminStatus } from "../../core/api/data-rights-contract";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface ApiOperation {
  method: HttpMethod;
  /** Fastify's pattern (":id"). */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** false: callable without a token. */
  auth: boolean;
  query?: z.ZodObject;
  /** Name of a request schema in REQUEST_SCHEMAS. */
  body?: keyof typeof REQUEST_SCHEMAS;
  /** A non-JSON request body (e.g. "text/csv"), documented as a string. */
  bodyContentType?: string;
  ifMatch?: "required" | "optional";
  idempotent?: boolean;
  lastEventId?: boolean;
  success: { status: number; description: string; schema?: keyof typeof RESPONSE_SCHEMAS; or?: keyof typeof RESPONSE_SCHEMAS; array?: boolean; contentType?: string };
  errors: number[];
}

export const Health = z.object({
  /** degraded: answering, but the storage has a problem (a full disk, a corrupt file, failing I/O). */
  status: z.enum(["ok", "degraded", "unavailable"]),
  db: z.enum(["sqlite", "postgres"]),
  authMode: z.enum(["local", "entra"]),
  problems: z.array(z.object({ kind: z.enum(["disk_full", "corrupt", "io_error"]), message: z.string(), at: z.string() })).optional(),
});
export const RenderResponse = z.object({ content: z.string() });
export const CommitmentPage = pageOf(Commitment);

export const REQUEST_SCHEMAS = {
  DevTokenRequest,
  ObjectiveCreate,
  ObjectivePatch,
  ObjectiveMerge,
  DepartmentCreate,
  DepartmentUpdate,
  DirectoryResolveRequest,
  AgendaCreate,
  AgendaPatch,
  ContributionCreate,
  ContributionPatch,
  CommitmentCreate,
  CommitmentPatch,
  RequestCreate,
  RequestPatch,
  RequestRespond,
  CoachAnalyzeRequest,
  CommitmentSyncRequest,
  DeleteTenantDataRequest,
  ForgetPersonRequest,
  RetentionUpdate,
  RequestReminderUpdate,
} as const;

export const RESPONSE_SCHEMAS = {
  Health,
  ClientConfig,
  DevTokenResponse,
  Me,
  Objective,
  Department,
  DirectoryEntry,
  DirectoryImportResult,
  Agenda,
  AgendaView,
  AgendaChangeEvent,
  RenderResponse,
  Contribution,
  Commitment,
  CommitmentPage,
  DepartmentRequest,
  RequestRespondResult,
  RequestPage,
  RequestSummary,
  CoachAnalyzeResponse,
  DashboardSummary,
  OutboxMessage,
  ReminderRunResult,
  CommitmentSyncResult,
  CarriedForward,
  TenantAdminStatus,
  DeleteTenantDataResult,
  ForgetPersonResult,
  RetentionUpdate,
  AuditEntry,
  RequestReminderSetting,
  TenantDisabled: z.object({ status: z.literal("disabled"), changed: z.boolean() }),
} as const;

const AUTH = [401];
const READ_ONE = [401, 403, 404];
const WRITE = [400, 401, 409, 413];
const WRITE_ONE = [400, 401, 403, 404, 409, 413];

export const API_OPERATIONS: readonly ApiOperation[] = [
  { method: "get", path: "/healthz", operationId: "health", summary: "Is the server up, its database reachable and its storage sound?", tag: "system", auth: false, success: { status: 200, description: "ok, or degraded with the storage problems", schema: "Health" }, errors: [503] },
  { method: "get", path: "/api/openapi.json", operationId: "openapi", summary: "This API description (OpenAPI 3.1)", tag: "system", auth: false, success: { status: 200, description: "The OpenAPI document", contentType: "application/json" }, errors: [] },
  { method: "get", path: "/api/client-config", operationId: "clientConfig", summary: "How pages sign in: auth mode, and in Entra mode the client id, API scope and authority", tag: "auth", auth: false, success: { status: 200, description: "The sign-in settings", schema: "ClientConfig" }, errors: [] },
  { method: "post", path: "/api/dev/token", operationId: "devToken", summary: "Issue a token for any demo user (AUTH_MODE=local only, callers on the server's own computer only)", tag: "auth", auth: false, body: "DevTokenRequest", success: { status: 200, description: "A local access token", schema: "DevTokenResponse" }, errors: [400, 403, 413] },
  { method: "get", path: "/api/me", operationId: "me", summary: "Who am I (from the token) and my department", tag: "identity", auth: true, success: { status: 200, description: "The caller", schema: "Me" }, errors: AUTH },

  { method: "get", path: "/api/objectives", operationId: "listObjectives", summary: "The tenant's objective library: active ones (the picker), or with include=all archived ones too and each one's agendaCount", tag: "objectives", auth: true, query: ObjectiveListQuery, success: { status: 200, description: "Objectives", schema: "Objective", array: true }, errors: [400, 401] },
  { method: "post", path: "/api/objectives", operationId: "createObjective", summary: "Add an objective to the library; a title it already has (ignoring width, case and surrounding spaces) answers that objective with 200 instead", tag: "objectives", auth: true, body: "ObjectiveCreate", idempotent: true, success: { status: 201, description: "Created (200: the existing objective with that title)", schema: "Objective" }, errors: WRITE },
  { method: "patch", path: "/api/objectives/:id", operationId: "patchObjective", summary: "PMO only: change an objective's title or description, archive it or restore it (If-Match: \"<version>\" required); agendas keep the title they were written with; 409 naming title when another active objective has that title (merge instead)", tag: "objectives", auth: true, body: "ObjectivePatch", ifMatch: "required", idempotent: true, success: { status: 200, description: "Updated; new ETag", schema: "Objective" }, errors: [...WRITE_ONE, 412, 428] },
  { method: "post", path: "/api/objectives/:id/merge", operationId: "mergeObjective", summary: "PMO only: move every agenda and commitment of this objective to intoId and archive it as merged; answers the objective merged into", tag: "objectives", auth: true, body: "ObjectiveMerge", idempotent: true, success: { status: 200, description: "The objective merged into", schema: "Objective" }, errors: WRITE_ONE },
  { method: "get", path: "/api/objectives/:id/open-commitments", operationId: "openCommitmentsForObjective", summary: "Carry-forward: open commitments of earlier meetings on this objective (any user of the tenant), due date first, at most 50 with the total", tag: "objectives", auth: true, query: OpenCommitmentsQuery, success: { status: 200, description: "Items and total", schema: "CarriedForward" }, errors: [400, 401, 404] },

  { method: "get", path: "/api/departments", operationId: "listDepartments", summary: "The tenant's departments and missions", tag: "departments", auth: true, success: { status: 200, description: "Departments", schema: "Department", array: true }, errors: AUTH },
  { method: "post", path: "/api/departments", operationId: "createDepartment", summary: "Add a department", tag: "departments", auth: true, body: "DepartmentCreate", idempotent: true, success: { status: 201, description: "Created", schema: "Department" }, errors: WRITE },
  { method: "put", path: "/api/departments/:id", operationId: "updateDepartment", summary: "Change a department's name or mission (PMO only)", tag: "departments", auth: true, body: "DepartmentUpdate", idempotent: true, success: { status: 200, description: "Updated", schema: "Department" }, errors: [400, 401, 403, 404, 409, 413] },

  { method: "post", path: "/api/directory/resolve", operationId: "resolveDirectory", summary: "Names and departments of people by email", tag: "directory", auth: true, body: "DirectoryResolveRequest", success: { status: 200, description: "One entry per email, department \"\" when unknown", schema: "DirectoryEntry", array: true }, errors: [400, 401, 413] },
  { method: "post", path: "/api/directory/import", operationId: "importDirectory", summary: "Load the local directory from CSV (header email,name,department; UTF-8, BOM optional; PMO only, local mode only; all or nothing)", tag: "directory", auth: true, bodyContentType: "text/csv", idempotent: true, success: { status: 200, description: "How many people were imported", schema: "DirectoryImportResult" }, errors: [400, 401, 403, 413] },

  { method: "post", path: "/api/agendas", operationId: "createAgenda", summary: "Create a meeting's agenda (the caller is its organizer) with its department slots in one transaction; 409 when its Teams thread id is already bound to another agenda (error.current: ThreadBoundConflict)", tag: "agendas", auth: true, query: AgendaWriteQuery, body: "AgendaCreate", idempotent: true, success: { status: 201, description: "Created; Location and ETag headers; the AgendaView with return=view", schema: "Agenda", or: "AgendaView" }, errors: WRITE },
  { method: "get", path: "/api/agendas", operationId: "findAgendas", summary: "Meetings I organize or attend: by Teams thread id (the one agenda holding the thread), by join URL, or whose start lies in from–to (at most 62 days; at most 500, earliest first)", tag: "agendas", auth: true, query: AgendaListQuery, success: { status: 200, description: "Agendas, earliest first; 400 when the window is missing an end, reversed or too wide", schema: "Agenda", array: true }, errors: [400, 401] },
  { method: "get", path: "/api/agendas/:id", operationId: "getAgenda", summary: "An agenda with its contributions and commitments (ETag = version)", tag: "agendas", auth: true, success: { status: 200, description: "The agenda view", schema: "AgendaView" }, errors: READ_ONE },
  { method: "patch", path: "/api/agendas/:id", operationId: "patchAgenda", summary: "Change an agenda (If-Match: \"<version>\" required); slots (organizer only) in the same transaction, one live event", tag: "agendas", auth: true, query: AgendaWriteQuery, body: "AgendaPatch", ifMatch: "required", idempotent: true, success: { status: 200, description: "Updated; new ETag; the AgendaView with return=view", schema: "Agenda", or: "AgendaView" }, errors: [...WRITE_ONE, 412, 428] },
  { method: "get", path: "/api/agendas/:id/render", operationId: "renderAgenda", summary: "The agenda block for a meeting body (HTML or plain text)", tag: "agendas", auth: true, query: RenderQuery, success: { status: 200, description: "The rendered block", schema: "RenderResponse" }, errors: [400, ...READ_ONE] },
  { method: "get", path: "/api/agendas/:id/events", operationId: "agendaEvents", summary: "Live changes as server-sent events (event: change, id: revision, data: AgendaChangeEvent); event: reauth when the token expires; 429 + Retry-After when too many are open", tag: "agendas", auth: true, lastEventId: true, success: { status: 200, description: "An event stream; a catch-up event first when Last-Event-ID is older than the agenda", schema: "AgendaChangeEvent", contentType: "text/event-stream" }, errors: [...READ_ONE, 429] },

  { method: "post", path: "/api/agendas/:id/contributions", operationId: "addContribution", summary: "Say what my department can do for the objective", tag: "contributions", auth: true, body: "ContributionCreate", idempotent: true, success: { status: 201, description: "Created", schema: "Contribution" }, errors: WRITE_ONE },
  { method: "patch", path: "/api/contributions/:id", operationId: "updateContribution", summary: "Change a contribution (its author or the organizer; a department slot also someone of its department, which confirms it — the same text confirms it as it is; optional If-Match)", tag: "contributions", auth: true, body: "ContributionPatch", ifMatch: "optional", idempotent: true, success: { status: 200, description: "Updated", schema: "Contribution" }, errors: [...WRITE_ONE, 412] },
  { method: "delete", path: "/api/contributions/:id", operationId: "deleteContribution", summary: "Remove a contribution (its author or the organizer; a department slot also someone of its department; optional If-Match)", tag: "contributions", auth: true, ifMatch: "optional", idempotent: true, success: { status: 204, description: "Deleted" }, errors: [400, 401, 403, 404, 409, 412] },

  { method: "post", path: "/api/agendas/:id/commitments", operationId: "addCommitment", summary: "Record a follow-up commitment", tag: "commitments", auth: true, body: "CommitmentCreate", idempotent: true, success: { status: 201, description: "Created", schema: "Commitment" }, errors: WRITE_ONE },
  { method: "patch", path: "/api/commitments/:id", operationId: "updateCommitment", summary: "Change a commitment (owner, organizer or PMO; optional If-Match); kept in its history", tag: "commitments", auth: true, body: "CommitmentPatch", ifMatch: "optional", idempotent: true, success: { status: 200, description: "Updated; new ETag", schema: "Commitment" }, errors: [...WRITE_ONE, 412] },
  { method: "get", path: "/api/commitments", operationId: "listCommitments", summary: "Commitments across meetings (the whole tenant for PMO), cursor-paginated", tag: "commitments", auth: true, query: CommitmentListQuery, success: { status: 200, description: "One page", schema: "CommitmentPage" }, errors: [400, 401, 403] },
  { method: "post", path: "/api/agendas/:id/requests", operationId: "addRequest", summary: "Ask another department of the meeting for something toward its objective (お願い): on behalf of my own department (the organizer: any of the meeting's); 400 naming the field for my own department or one not in the meeting", tag: "requests", auth: true, body: "RequestCreate", idempotent: true, success: { status: 201, description: "Created, open; Location and ETag", schema: "DepartmentRequest" }, errors: WRITE_ONE },
  { method: "patch", path: "/api/requests/:id", operationId: "updateRequest", summary: "The asking department (or the organizer) rewords an open request, changes its needed-by date or withdraws it (If-Match: \"<version>\" required); 409 when it is closed", tag: "requests", auth: true, body: "RequestPatch", ifMatch: "required", idempotent: true, success: { status: 200, description: "Updated; new ETag", schema: "DepartmentRequest" }, errors: [...WRITE_ONE, 412, 428] },
  { method: "post", path: "/api/requests/:id/respond", operationId: "respondToRequest", summary: "Answer a request: the asked department accepts (owner of that department and due date required: a commitment linked by requestId), counters or declines (text required); the asking department accepts a counter-offer, answers it back (counter) or declines it (withdrawn). 409 naming the state when it is closed or waits for the other department (optional If-Match)", tag: "requests", auth: true, body: "RequestRespond", ifMatch: "optional", idempotent: true, success: { status: 200, description: "The request, and the commitment an accept made", schema: "RequestRespondResult" }, errors: [...WRITE_ONE, 412] },
  { method: "get", path: "/api/requests", operationId: "listRequests", summary: "Requests between departments of the meetings I organize or attend (the whole tenant for PMO), oldest first, cursor-paginated; direction needs department; status=waiting: open or countered; overdue=true: waiting after the needed-by date (the caller's day, or today=)", tag: "requests", auth: true, query: RequestListQuery, success: { status: 200, description: "One page", schema: "RequestPage" }, errors: [400, 401, 403, 404] },
  { method: "get", path: "/api/requests/export.csv", operationId: "exportRequests", summary: "PMO only: the requests between departments of the list's filters as CSV (UTF-8 with BOM, for Excel)", tag: "requests", auth: true, query: RequestExportQuery, success: { status: 200, description: "CSV file", contentType: "text/csv" }, errors: [400, 401, 403] },
  { method: "get", path: "/api/requests/export.xlsx", operationId: "exportRequestsXlsx", summary: "PMO only: the same as an Excel workbook (streamed; real dates, times in the organisation's time zone)", tag: "requests", auth: true, query: RequestExportQuery, success: { status: 200, description: "XLSX workbook", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }, errors: [400, 401, 403] },
  { method: "get", path: "/api/requests/summary", operationId: "requestSummary", summary: "PMO only: the department matrix of requests (asked → open / countered / accepted / declined / withdrawn) and each asked department's median hours to a first answer", tag: "requests", auth: true, query: RequestSummaryQuery, success: { status: 200, description: "The matrix", schema: "RequestSummary" }, errors: [400, 401, 403] },
  { method: "post", path: "/api/coach/analyze", operationId: "analyzeWording", summary: "Purpose coach: role-centred wording in a text, with objective-centred rewordings", tag: "coach", auth: true, body: "CoachAnalyzeRequest", success: { status: 200, description: "Findings (spans in UTF-16 code units) and a 0–100 wording score", schema: "CoachAnalyzeResponse" }, errors: [400, 401, 413] },
  { method: "get", path: "/api/commitments/export.csv", operationId: "exportCommitments", summary: "The same filters as CSV (UTF-8 with BOM, for Excel)", tag: "commitments", auth: true, query: CommitmentExportQuery, success: { status: 200, description: "CSV file", contentType: "text/csv" }, errors: [400, 401, 403] },
  { method: "get", path: "/api/commitments/export.xlsx", operationId: "exportCommitmentsXlsx", summary: "PMO only: the same filters as an Excel workbook (streamed; real dates, inline strings)", tag: "commitments", auth: true, query: CommitmentExportQuery, success: { status: 200, description: "XLSX workbook", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }, errors: [400, 401, 403] },
  { method: "post", path: "/api/reminders/run", operationId: "runReminders", summary: "PMO only, local mode only: run the reminder job now for my tenant (digests due soon or overdue, PMO weekly summary); a reminder already sent in its period is never sent again", tag: "reminders", auth: true, success: { status: 200, description: "What this run sent", schema: "ReminderRunResult" }, errors: [401, 403, 409] },
  { method: "get", path: "/api/outbox", operationId: "listOutbox", summary: "Local mode only: reminders the local Notifier sent, newest first (a PMO sees the tenant's, anyone else their own)", tag: "reminders", auth: true, query: OutboxQuery, success: { status: 200, description: "Outbox messages", schema: "OutboxMessage", array: true }, errors: [400, 401, 409] },
  { method: "post", path: "/api/commitments/:id/sync", operationId: "syncCommitment", summary: "Owner or PMO: create or update the commitment's task in Microsoft To Do (default list) or Planner (planId, bucketId?) through Graph on behalf of the caller; 409 without Graph (local mode)", tag: "commitments", auth: true, body: "CommitmentSyncRequest", idempotent: true, success: { status: 200, description: "The task's id and link; created=false when an earlier sync's task was updated", schema: "CommitmentSyncResult" }, errors: [400, 401, 403, 404, 409, 413, 429] },
  { method: "get", path: "/api/admin/tenant", operationId: "adminTenant", summary: "Admin or PMO: my organization's deployment mode, whether it is enabled (multi-tenant service) and its retention setting", tag: "data rights", auth: true, success: { status: 200, description: "The organization's status", schema: "TenantAdminStatus" }, errors: [401, 403] },
  { method: "post", path: "/api/admin/tenant/disable", operationId: "disableTenant", summary: "Admin only, multi-tenant service: disable Common Purpose for my organization (its users then get 403 tenant_not_enabled; /onboarding enables it again)", tag: "data rights", auth: true, success: { status: 200, description: "Disabled", schema: "TenantDisabled" }, errors: [401, 403, 409] },
  { method: "get", path: "/api/admin/export.jsonl", operationId: "exportTenantData", summary: "Admin or PMO: every row of my organization's data as JSON lines, streamed (first line: the export's description; then {table, row} per line); audited", tag: "data rights", auth: true, success: { status: 200, description: "JSON lines", contentType: "application/x-ndjson" }, errors: [401, 403] },
  { method: "post", path: "/api/admin/delete-tenant-data", operationId: "deleteTenantData", summary: "Admin only: delete all of my organization's data, in one transaction (confirmTenantId must repeat the tenant id); one audit row stays as proof", tag: "data rights", auth: true, body: "DeleteTenantDataRequest", success: { status: 200, description: "Rows deleted per table", schema: "DeleteTenantDataResult" }, errors: [400, 401, 403, 413] },
  { method: "post", path: "/api/admin/forget-person", operationId: "forgetPerson", summary: "Admin only: remove one person (by email and/or object id) — anonymise (contributions and commitments keep their department, lose the name, email and object id) or delete their own content too; audited without naming them", tag: "data rights", auth: true, body: "ForgetPersonRequest", success: { status: 200, description: "Rows anonymised and deleted per table", schema: "ForgetPersonResult" }, errors: [400, 401, 403, 413] },
  { method: "put", path: "/api/admin/retention", operationId: "setRetention", summary: "Admin only: delete finished agendas (meeting ended, no open commitment) this many days after the meeting, or keep them (null); audited", tag: "data rights", auth: true, body: "RetentionUpdate", success: { status: 200, description: "The setting", schema: "RetentionUpdate" }, errors: [400, 401, 403, 413] },
  { method: "get", path: "/api/admin/request-reminders", operationId: "getRequestReminders", summary: "Admin or PMO: after how many working days without an answer a request between departments is reminded to the waiting department (the PMO after twice as many)", tag: "requests", auth: true, success: { status: 200, description: "The threshold that applies", schema: "RequestReminderSetting" }, errors: [401, 403] },
  { method: "put", path: "/api/admin/request-reminders", operationId: "setRequestReminders", summary: "Admin or PMO: set the reminder threshold of requests between departments (1–60 working days; null: the default, 5); audited", tag: "requests", auth: true, body: "RequestReminderUpdate", success: { status: 200, description: "The threshold that applies now", schema: "RequestReminderSetting" }, errors: [400, 401, 403, 413] },
  { method: "get", path: "/api/admin/audit", operationId: "dataRightsAudit", summary: "Admin or PMO: the last 200 data-rights actions of my organization (who, when, what, counts), newest first", tag: "data rights", auth: true, success: { status: 200, description: "Audit entries", schema: "AuditEntry", array: true }, errors: [401, 403] },
  { method: "get", path: "/api/dashboard/summary", operationId: "dashboardSummary", summary: "PMO dashboard aggregates: by department, cross-department matrix, completion and purpose score by week, by objective", tag: "dashboard", auth: true, query: DashboardQuery, success: { status: 200, description: "The aggregates", schema: "DashboardSummary" }, errors: [400, 401, 403] },
];
