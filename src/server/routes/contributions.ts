// Contributions: "what can my department do for the objective", written live during the meeting.
import type { FastifyInstance } from "fastify";
import { ContributionCreate, ContributionPatch } from "../../core/api/contract";
import { etagOf, readIfMatch } from "../agendas/if-match";
import { addContribution, deleteContribution, updateContribution } from "../contributions/contribution.service";
import { parseInput } from "../http/validate";
import { withIdempotency } from "../idempotency/with-idempotency";
import { notifyAgendaChanged } from "../live/notify-change";
import { IdParams } from "./agendas";
import type { RouteDeps } from "./route-deps";

export async function contributionRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  app.post("/api/agendas/:id/contributions", (request, reply) =>
    withIdempotency(request, reply, deps, async (tx) => {
      const { id } = parseInput(IdParams, request.params, "params");
      const input = parseInput(ContributionCreate, request.body, "body");
      const response = await tx.commit(async (trx) => {
        const contribution = await addContribution(trx, request.principal, id, input);
        return {
          status: 201,
          body: contribution,
          headers: { location: `/api/contributions/${encodeURIComponent(contribution.id)}`, etag: etagOf(contribution.version) },
        };
      });
      await notifyAgendaChanged(deps.live, request.log, request.principal.tenantId, id, "contribution");
      return response;
    }),
  );

  app.patch("/api/contributions/:id", (request, reply) =>
    withIdempotency(request, reply, deps, async (tx) => {
      const { id } = parseInput(IdParams, request.params, "params");
      const version = readIfMatch(request);
      const patch = parseInput(ContributionPatch, request.body, "body");
      const { contribution, ...response } = await tx.commit(async (trx) => {
        const contribution = await updateContribution(trx, request.principal, id, patch, version);
        return { status: 200, body: contribution, headers: { etag: etagOf(contribution.version) }, contribution };
      });
      await notifyAgendaChanged(deps.live, request.log, request.principal.tenantId, contribution.agendaId, "contribution");
      return response;
    }),
  );

  app.delete("/api/contributions/:id", (request, reply) =>
    withIdempotency(request, reply, deps, async (tx) => {
      const { id } = parseInput(IdParams, request.params, "params");
      const version = readIfMatch(request);
      const { agendaId } = await tx.commit(async (trx) => ({
        status: 204,
        body: undefined,
        agendaId: await deleteContribution(trx, request.principal, id, version),
      }));
      await notifyAgendaChanged(deps.live, request.log, request.principal.tenantId, agendaId, "contribution");
      return { status: 204, body: undefined };
    }),
  );
}
