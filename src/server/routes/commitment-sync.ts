// POST /api/commitments/:id/sync {target: "todo" | "planner", planId?, bucketId?} — see
// sync/commitment-sync.service.ts. Accepts Idempotency-Key, so a retried request never makes a
// second task.
import type { FastifyInstance } from "fastify";
import { CommitmentSyncRequest } from "../../core/api/reminders-contract";
import { bearerTokenOf } from "../directory/directory-lookup";
import { parseInput } from "../http/validate";
import { withIdempotency } from "../idempotency/with-idempotency";
import { commitmentSyncFor } from "../sync/commitment-sync-for";
import { syncCommitment, type CommitmentSyncBackend } from "../sync/commitment-sync.service";
import { IdParams } from "./agendas";
import type { RouteDeps } from "./route-deps";

export async function commitmentSyncRoutes(
  app: FastifyInstance,
  deps: RouteDeps,
  options: { backend?: CommitmentSyncBackend | null } = {},
): Promise<void> {
  const backend = options.backend === undefined ? commitmentSyncFor(deps.config) : options.backend;
  app.post("/api/commitments/:id/sync", async (request, reply) => {
    const { id } = parseInput(IdParams, request.params, "params");
    const input = parseInput(CommitmentSyncRequest, request.body, "body");
    const callerToken = bearerTokenOf(request.headers.authorization);
    return withIdempotency(request, reply, deps, async (tx) => {
      // The Graph call cannot join a database transaction, so the link is NOT stored with the answer:
      // syncCommitment commits it on its own right after Graph made the task. Were link and answer one
      // transaction, a failed record would roll the link back while the task stays in To Do, and the
      // retry (its key freed) would make a second task. Kept apart, a failed record leaves the link,
      // and the retry updates that same task (created=false). Only the answer is sealed in tx.commit.
      const body = await syncCommitment(deps.db, backend, request.principal, callerToken, id, input, request.log);
      return tx.commit(async () => ({ status: 200, body }));
    });
  });
}
