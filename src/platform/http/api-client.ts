// The real ApiClient: DESIGN.md §4 over fetch. Retries, auth refresh and idempotency live in
// request.ts; live agenda events in live-events.ts; this file only maps methods to routes.
import { z } from "zod";
import { Agenda, AgendaView, Commitment, Contribution, Department, DirectoryEntry, Objective, pageOf, type AgendaListQuery } from "../../core/api/contract";
import { Me } from "../../core/api/me-contract";
import { type CommitmentListQuery } from "../../core/api/commitment-list-contract";
import { DashboardSummary, type DashboardQuery } from "../../core/api/dashboard-contract";
import { CommitmentSyncResult, OutboxMessage, ReminderRunResult, type OutboxQuery } from "../../core/api/reminders-contract";
import { CarriedForward } from "../../core/api/contract";
import { RequestPage, RequestRespondResult, RequestSummary, type RequestExportQuery, type RequestListQuery, type RequestSummaryQuery } from "../../core/api/request-contract";
import { DepartmentRequest } from "../../core/api/request-view";
import type { ApiClient, Auth, WriteOptions } from "../ports";
import { subscribeLive } from "./live-events";
import { blob, json, list, nothing } from "./read-response";
import { buildUrl, createRequester, type QueryValue } from "./request";

export interface HttpApiClientOptions {
  baseUrl: string;
  auth: Auth;
  fetch?: typeof fetch;
  onProgress?: (inFlight: number) => void;
  retry?: { attempts: number; baseDelayMs: number };
  timeoutMs?: number;
  /** Live events: polling interval when streaming is unavailable (default 2 s). */
  pollIntervalMs?: number;
}

const RenderResult = z.object({ content: z.string() });
const CommitmentPage = pageOf(Commitment);
const id = (value: string) => encodeURIComponent(value);
const query = (q: object) => q as Record<string, QueryValue>;
/** If-Match and Idempotency-Key of one write, as request() takes them. */
function writeSpec(options: WriteOptions | undefined): { headers?: Record<string, string>; idempotencyKey?: string } {
  return {
    ...(options?.ifMatch !== undefined ? { headers: { "if-match": `"${options.ifMatch}"` } } : {}),
    ...(options?.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
  };
}

export function createHttpApiClient(options: HttpApiClientOptions): ApiClient {
  const request = createRequester(options);
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return {
    me: () => request({ method: "GET", path: "/api/me", read: json(Me) }),
    listObjectives: (q = {}) => request({ method: "GET", path: "/api/objectives", query: query(q), read: list(Objective) }),
    openCommitmentsForObjective: (objectiveId, before) =>
      request({
        method: "GET",
        path: `/api/objectives/${id(objectiveId)}/open-commitments`,
        query: before === undefined ? {} : { before },
        read: json(CarriedForward),
      }),
    createObjective: (input) => request({ method: "POST", path: "/api/objectives", body: input, read: json(Objective) }),
    updateObjective: (objectiveId, version, patch) =>
      request({
        method: "PATCH",
        path: `/api/objectives/${id(objectiveId)}`,
        headers: { "if-match": `"${version}"` },
        body: patch,
        read: json(Objective),
      }),
    mergeObjective: (objectiveId, input) =>
      request({ method: "POST", path: `/api/objectives/${id(objectiveId)}/merge`, body: input, read: json(Objective) }),
    listDepartments: () => request({ method: "GET", path: "/api/departments", read: list(Department) }),
    createDepartment: (input) =>
      request({ method: "POST", path: "/api/departments", body: input, read: json(Department) }),
    updateDepartment: (depId, input) =>
      request({ method: "PUT", path: `/api/departments/${id(depId)}`, body: input, read: json(Department) }),
    resolveDirectory: (emails) =>
      request({ method: "POST", path: "/api/directory/resolve", body: { emails }, read: list(DirectoryEntry) }),

    createAgenda: (input) => request({ method: "POST", path: "/api/agendas", body: input, read: json(Agenda) }),
    createAgendaView: (input) =>
      request({ method: "POST", path: "/api/agendas", query: { return: "view" }, body: input, read: json(AgendaView) }),
    getAgenda: (agendaId) => request({ method: "GET", path: `/api/agendas/${id(agendaId)}`, read: json(AgendaView) }),
    patchAgenda: (agendaId, version, patch, options) =>
      request({
        method: "PATCH",
        path: `/api/agendas/${id(agendaId)}`,
        ...writeSpec({ ifMatch: version, idempotencyKey: options?.idempotencyKey }),
        body: patch,
        read: json(Agenda),
      }),
    patchAgendaView: (agendaId, version, patch) =>
      request({
        method: "PATCH",
        path: `/api/agendas/${id(agendaId)}`,
        query: { return: "view" },
        headers: { "if-match": `"${version}"` },
        body: patch,
        read: json(AgendaView),
      }),
    findAgendas: (q: AgendaListQuery) =>
      request({ method: "GET", path: "/api/agendas", query: query(q), read: list(Agenda) }),
    renderAgenda: async (agendaId, format, lang) =>
      (
        await request({
          method: "GET",
          path: `/api/agendas/${id(agendaId)}/render`,
          query: { format, lang },
          read: json(RenderResult),
        })
      ).content,
    subscribeAgenda: (agendaId, handlers) =>
      subscribeLive(
        {
          url: buildUrl(options.baseUrl, `/api/agendas/${id(agendaId)}/events`),
          auth: options.auth,
          fetch: doFetch,
          poll: () => request({ method: "GET", path: `/api/agendas/${id(agendaId)}`, read: json(AgendaView) }),
          ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
        },
        handlers,
      ),

    addContribution: (agendaId, input, options) =>
      request({
        method: "POST",
        path: `/api/agendas/${id(agendaId)}/contributions`,
        body: input,
        read: json(Contribution),
        ...writeSpec(options),
      }),
    updateContribution: (contributionId, input, options) =>
      request({
        method: "PATCH",
        path: `/api/contributions/${id(contributionId)}`,
        body: input,
        read: json(Contribution),
        ...writeSpec(options),
      }),
    deleteContribution: (contributionId, options) =>
      request({ method: "DELETE", path: `/api/contributions/${id(contributionId)}`, read: nothing, ...writeSpec(options) }),

    addCommitment: (agendaId, input, options) =>
      request({
        method: "POST",
        path: `/api/agendas/${id(agendaId)}/commitments`,
        body: input,
        read: json(Commitment),
        ...writeSpec(options),
      }),
    updateCommitment: (commitmentId, patch, options) =>
      request({
        method: "PATCH",
        path: `/api/commitments/${id(commitmentId)}`,
        body: patch,
        read: json(Commitment),
        ...writeSpec(options),
      }),
    listCommitments: (q: CommitmentListQuery) =>
      request({ method: "GET", path: "/api/commitments", query: query(q), read: json(CommitmentPage) }),
    exportCommitmentsCsv: (q: CommitmentListQuery) =>
      request({
        method: "GET",
        path: "/api/commitments/export.csv",
        query: query(q),
        headers: { accept: "text/csv" },
        read: blob,
      }),
    exportCommitmentsXlsx: (q: CommitmentListQuery) =>
      request({
        method: "GET",
        path: "/api/commitments/export.xlsx",
        query: query(q),
        headers: { accept: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        read: blob,
      }),
    dashboardSummary: (q: DashboardQuery = {}) =>
      request({ method: "GET", path: "/api/dashboard/summary", query: query(q), read: json(DashboardSummary) }),
    syncCommitment: (commitmentId, body, options) =>
      request({
        method: "POST",
        path: `/api/commitments/${id(commitmentId)}/sync`,
        body,
        ...writeSpec(options),
        read: json(CommitmentSyncResult),
      }),
    addRequest: (agendaId, input, options) =>
      request({ method: "POST", path: `/api/agendas/${id(agendaId)}/requests`, body: input, read: json(DepartmentRequest), ...writeSpec(options) }),
    updateRequest: (requestId, patch, options) =>
      request({ method: "PATCH", path: `/api/requests/${id(requestId)}`, body: patch, read: json(DepartmentRequest), ...writeSpec(options) }),
    respondToRequest: (requestId, input, options) =>
      request({ method: "POST", path: `/api/requests/${id(requestId)}/respond`, body: input, read: json(RequestRespondResult), ...writeSpec(options) }),
    listRequests: (q: RequestListQuery = {}) => request({ method: "GET", path: "/api/requests", query: query(q), read: json(RequestPage) }),
    exportRequestsCsv: (q: RequestExportQuery = {}) =>
      request({ method: "GET", path: "/api/requests/export.csv", query: query(q), headers: { accept: "text/csv" }, read: blob }),
    exportRequestsXlsx: (q: RequestExportQuery = {}) =>
      request({ method: "GET", path: "/api/requests/export.xlsx", query: query(q), headers: { accept: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }, read: blob }),
    requestSummary: (q: RequestSummaryQuery = {}) => request({ method: "GET", path: "/api/requests/summary", query: query(q), read: json(RequestSummary) }),
    signInAgain: async () => {
      await options.auth.getToken({ forceRefresh: true, interactive: true });
    },
  };
}

/** Local mode's reminder outbox (the preview's panel): GET /api/outbox and, for a PMO, POST /api/reminders/run. */
export interface RemindersApi {
  listOutbox(query?: OutboxQuery): Promise<OutboxMessage[]>;
  runReminders(): Promise<ReminderRunResult>;
}

export function createRemindersApi(options: HttpApiClientOptions): RemindersApi {
  const request = createRequester(options);
  return {
    listOutbox: (q: OutboxQuery = {}) => request({ method: "GET", path: "/api/outbox", query: query(q), read: list(OutboxMessage) }),
    runReminders: () => request({ method: "POST", path: "/api/reminders/run", read: json(ReminderRunResult) }),
  };
}
