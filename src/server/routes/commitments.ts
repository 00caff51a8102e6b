// Commitments: recorded on an agenda, changed by their owner, the organizer or a PMO, and listed
// or exported across the tenant (see commitment-access.ts for who may see what).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { CommitmentCreate, CommitmentPatch } from "../../core/api/contract";
import { CommitmentListQuery } from "../../core/api/commitment-list-contract";
import type { Commitment, Page } from "../../core/api/contract";
import { listFilterFor } from "../commitments/commitment-access";
import { CommitmentExportQuery, parseStrictQuery } from "../commitments/commitment-query";
import { createCommitment, listCommitments, patchCommitment, type CommitmentWrite } from "../commitments/commitment.service";
import { commitmentsCsvStream, exportFileName } from "../csv/commitments-csv";
import { etagOf, readIfMatch } from "../agendas/if-match";
import { forbidden } from "../http/http-error";
import { parseInput } from "../http/validate";
import { ONLY_PMO_XLSX, commitmentsXlsxStream, xlsxFileName } from "../xlsx/commitments-xlsx";
import { XLSX_CONTENT_TYPE } from "../xlsx/xlsx-stream";
import { withIdempotency, type WriteTx } from "../idempotency/with-idempotency";
import { notifyAgendaChanged } from "../live/notify-change";
import { dayIn } from "../../core/text/zoned-time";
import { storedClockOf } from "../people/person-settings";
import { IdParams } from "./agendas";
import type { RouteDeps } from "./route-deps";

export async function commitmentRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  /**
   * Runs a write in one transaction, which also stores the Idempotency-Key's answer; the live event
   * goes out only after it committed.
   */
  async function write(request: FastifyRequest, tx: WriteTx, status: number, apply: (trx: RouteDeps["db"]) => Promise<CommitmentWrite>) {
    const { written, ...response } = await tx.commit(async (trx) => {
      const result = await apply(trx);
      const location = `/api/commitments/${encodeURIComponent(result.commitment.id)}`;
      const headers: Record<string, string> = { etag: etagOf(result.commitment.version) };
      if (status === 201) headers.location = location;
      return { status, body: result.commitment, headers, written: result };
    });
    if (written.changed) {
      await notifyAgendaChanged(deps.live, request.log, request.principal.tenantId, written.agendaId, "commitment");
    }
    return response;
  }

  /** The caller's calendar day, in their own time zone (the tenant's when theirs is not known). */
  async function callerToday(request: FastifyRequest): Promise<string> {
    const { tenantId, email } = request.principal;
    const clock = await storedClockOf(deps.db, deps.config.tenantDefaults, tenantId, email);
    return dayIn(clock.timeZone, new Date());
  }

  app.post("/api/agendas/:id/commitments", async (request, reply) => {
    const { id } = parseInput(IdParams, request.params, "params");
    const input = parseInput(CommitmentCreate, request.body, "body");
    const today = await callerToday(request);
    return withIdempotency(request, reply, deps, (tx) =>
      write(request, tx, 201, (trx) => createCommitment(trx, request.principal, id, input, today)),
    );
  });

  app.patch("/api/commitments/:id", async (request, reply) => {
    const { id } = parseInput(IdParams, request.params, "params");
    const patch = parseInput(CommitmentPatch, request.body, "body");
    // Optional, as for contributions: clients that send no If-Match keep last-writer-wins.
    const version = readIfMatch(request);
    const today = patch.dueDate === undefined ? undefined : await callerToday(request);
    return withIdempotency(request, reply, deps, (tx) =>
      write(request, tx, 200, (trx) => patchCommitment(trx, request.principal, id, patch, version, today)),
    );
  });

  app.get("/api/commitments", async (request): Promise<Page<Commitment>> => {
    const query = parseStrictQuery(CommitmentListQuery, request.query);
    return listCommitments(deps.db, request.principal, { ...query, today: query.today ?? (await callerToday(request)) });
  });

  app.get("/api/commitments/export.csv", async (request: FastifyRequest, reply: FastifyReply) => {
    const query = parseStrictQuery(CommitmentExportQuery, request.query);
    // Permission and filter errors are answered before the first byte; then rows stream out.
    const filter = await listFilterFor(deps.db, request.principal, { ...query, today: query.today ?? (await callerToday(request)) });
    const { timeZone } = deps.config.tenantDefaults;
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="${exportFileName(dayIn(timeZone, new Date()))}"`)
      .header("cache-control", "no-store")
      .send(commitmentsCsvStream(deps.db, request.principal.tenantId, filter, { lang: query.lang, timeZone, ...(query.sort ? { sort: query.sort } : {}) }));
  });

  app.get("/api/commitments/export.xlsx", async (request: FastifyRequest, reply: FastifyReply) => {
    const query = parseStrictQuery(CommitmentExportQuery, request.query);
    if (!request.principal.isPmo) throw forbidden(ONLY_PMO_XLSX);
    const filter = await listFilterFor(deps.db, request.principal, { ...query, today: query.today ?? (await callerToday(request)) });
    const { timeZone } = deps.config.tenantDefaults;
    return reply
      .header("content-type", XLSX_CONTENT_TYPE)
      .header("content-disposition", `attachment; filename="${xlsxFileName(dayIn(timeZone, new Date()))}"`)
      .header("cache-control", "no-store")
      .send(commitmentsXlsxStream(deps.db, request.principal.tenantId, filter, { lang: query.lang, timeZone, ...(query.sort ? { sort: query.sort } : {}) }));
  });
}
