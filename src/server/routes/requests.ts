// Requests between departments (お願い): asked on an agenda, answered by the asked department
// (accept → a commitment, counter, decline), listed across the meetings one attends (PMO: the tenant).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { RequestCreate, RequestExportQuery, RequestListQuery, RequestPatch, RequestRespond, RequestSummaryQuery, type RequestPage, type RequestRespondResult, type RequestSummary } from "../../core/api/request-contract";
import { dayIn } from "../../core/text/zoned-time";
import { etagOf, readIfMatch, requireIfMatch } from "../agendas/if-match";
import { parseStrictQuery } from "../commitments/commitment-query";
import { parseInput } from "../http/validate";
import { withIdempotency, type WriteTx } from "../idempotency/with-idempotency";
import { notifyAgendaChanged } from "../live/notify-change";
import { storedClockOf } from "../people/person-settings";
import { Readable } from "node:stream";
import { requestExportFilter, requestsCsv, requestsXlsx } from "../requests/request-export";
import { XLSX_CONTENT_TYPE } from "../xlsx/xlsx-stream";
import { requestReminderSetting, setRequestReminderDays } from "../requests/request-settings";
import { RequestReminderUpdate, type RequestReminderSetting } from "../../core/api/request-settings-contract";
import { actorOf } from "../data-rights/audit";
import { forbidden } from "../http/http-error";
import { isTenantAdmin } from "../tenants/tenant-roles";
import { respondToRequest } from "../requests/request-respond";
import { createRequest, listRequests, patchRequest, requestSummary, type RequestWrite } from "../requests/request.service";
import { IdParams } from "./agendas";
import type { RouteDeps } from "./route-deps";

export async function requestRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  /** One transaction, which also stores the Idempotency-Key's answer; the live event goes out after commit. */
  async function write<W extends RequestWrite>(request: FastifyRequest, tx: WriteTx, status: number, apply: (trx: RouteDeps["db"]) => Promise<W>, body: (w: W) => unknown) {
    const { written, ...response } = await tx.commit(async (trx) => {
      const result = await apply(trx);
      const headers: Record<string, string> = { etag: etagOf(result.request.version) };
      if (status === 201) headers.location = `/api/requests/${encodeURIComponent(result.request.id)}`;
      return { status, body: body(result), headers, written: result };
    });
    // An accept also made a commitment: viewers that follow commitments (the PMO's) refresh on it.
    const kind = "commitmentId" in written && written.commitmentId ? "commitment" : "request";
    await notifyAgendaChanged(deps.live, request.log, request.principal.tenantId, written.agendaId, kind);
    if (written.answeredInAgendaId !== undefined) await notifyAgendaChanged(deps.live, request.log, request.principal.tenantId, written.answeredInAgendaId, kind);
    return response;
  }

  /** The caller's calendar day, in their own time zone (the tenant's when theirs is not known). */
  async function callerToday(request: FastifyRequest): Promise<string> {
    const { tenantId, email } = request.principal;
    const clock = await storedClockOf(deps.db, deps.config.tenantDefaults, tenantId, email);
    return dayIn(clock.timeZone, new Date());
  }

  app.post("/api/agendas/:id/requests", async (request, reply) => {
    const { id } = parseInput(IdParams, request.params, "params");
    const input = parseInput(RequestCreate, request.body, "body");
    return withIdempotency(request, reply, deps, (tx) =>
      write(request, tx, 201, (trx) => createRequest(trx, request.principal, id, input), (w) => w.request),
    );
  });

  app.patch("/api/requests/:id", async (request, reply) => {
    const { id } = parseInput(IdParams, request.params, "params");
    const version = requireIfMatch(request, "request");
    const patch = parseInput(RequestPatch, request.body, "body");
    return withIdempotency(request, reply, deps, (tx) =>
      write(request, tx, 200, (trx) => patchRequest(trx, request.principal, id, patch, version), (w) => w.request),
    );
  });

  app.post("/api/requests/:id/respond", async (request, reply) => {
    const { id } = parseInput(IdParams, request.params, "params");
    const input = parseInput(RequestRespond, request.body, "body");
    // Optional here: the status check under the row lock already stops a second answer.
    const version = readIfMatch(request);
    const today = await callerToday(request);
    return withIdempotency(request, reply, deps, (tx) =>
      write(
        request,
        tx,
        200,
        (trx) => respondToRequest(trx, request.principal, id, input, version, today),
        (w): RequestRespondResult => ({ request: w.request, commitmentId: w.commitmentId }),
      ),
    );
  });

  /** The caller's day, looked up only when the query judges "overdue" without naming the day. */
  const todayFor = async (request: FastifyRequest, query: { overdue?: string | undefined; today?: string | undefined }) =>
    query.overdue === "true" && query.today === undefined ? callerToday(request) : "";

  app.get("/api/requests", async (request): Promise<RequestPage> => {
    const query = parseStrictQuery(RequestListQuery, request.query);
    return listRequests(deps.db, request.principal, query, await todayFor(request, query));
  });

  /** The exports: rights and filters checked before the first byte; times in the organisation's zone. */
  async function exportOf(request: FastifyRequest, reply: FastifyReply, format: "csv" | "xlsx") {
    const query = parseStrictQuery(RequestExportQuery, request.query);
    const filter = requestExportFilter(request.principal, query, await todayFor(request, query));
    const { timeZone } = deps.config.tenantDefaults;
    const options = { lang: query.lang, timeZone };
    const day = dayIn(timeZone, new Date());
    const { tenantId } = request.principal;
    return reply
      .header("content-type", format === "csv" ? "text/csv; charset=utf-8" : XLSX_CONTENT_TYPE)
      .header("content-disposition", `attachment; filename="requests-${day}.${format}"`)
      .header("cache-control", "no-store")
      .send(format === "csv" ? Readable.from(requestsCsv(deps.db, tenantId, filter, options)) : requestsXlsx(deps.db, tenantId, filter, options));
  }
  app.get("/api/requests/export.csv", (request, reply) => exportOf(request, reply, "csv"));
  app.get("/api/requests/export.xlsx", (request, reply) => exportOf(request, reply, "xlsx"));

  app.get("/api/requests/summary", async (request): Promise<RequestSummary> => {
    const query = parseStrictQuery(RequestSummaryQuery, request.query);
    return requestSummary(deps.db, request.principal, query);
  });

  // The tenant's reminder threshold: its administrators and PMOs (who follow the answers) set it.
  const ONLY_ADMINS_OR_PMO = "Only your organization's Common Purpose administrators (app role Admin) and PMOs can see or change when requests are reminded";
  const requireAdminOrPmo = (request: FastifyRequest) => {
    if (!isTenantAdmin(request.principal) && !request.principal.isPmo) throw forbidden(ONLY_ADMINS_OR_PMO);
  };

  app.get("/api/admin/request-reminders", async (request): Promise<RequestReminderSetting> => {
    requireAdminOrPmo(request);
    return requestReminderSetting(deps.db, request.principal.tenantId);
  });

  app.put("/api/admin/request-reminders", async (request): Promise<RequestReminderSetting> => {
    requireAdminOrPmo(request);
    const body = parseInput(RequestReminderUpdate, request.body, "body");
    return setRequestReminderDays(deps.db, request.principal.tenantId, body.workingDays, actorOf(request.principal));
  });
}
