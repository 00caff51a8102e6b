// GET /api/outbox (local mode only): the reminders the local Notifier "sent". A PMO sees the whole
// tenant's outbox; anyone else only the messages addressed to them — a reminder is private to its
// recipient, and the PMO already sees every commitment.
import type { FastifyInstance } from "fastify";
import { OutboxQuery, type OutboxMessage } from "../../core/api/reminders-contract";
import { parseStrictQuery } from "../commitments/commitment-query";
import { HttpError } from "../http/http-error";
import { listOutbox } from "../notifier/outbox-notifier";
import { LOCAL_ONLY_REMINDERS } from "./reminders";
import type { RouteDeps } from "./route-deps";

export async function outboxRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  app.get("/api/outbox", async (request): Promise<OutboxMessage[]> => {
    if (deps.config.authMode !== "local") throw new HttpError("conflict", LOCAL_ONLY_REMINDERS);
    const query = parseStrictQuery(OutboxQuery, request.query);
    const { principal } = request;
    return listOutbox(deps.db, principal.tenantId, principal.isPmo ? null : principal.email, query);
  });
}
