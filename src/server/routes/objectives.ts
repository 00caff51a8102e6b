// The tenant's library of objectives. Any signed-in user of the tenant may read and add; a PMO
// edits, archives and merges (an agenda written with an objective keeps its title).
import type { FastifyInstance } from "fastify";
import { ObjectiveCreate } from "../../core/api/contract";
import type { Objective } from "../../core/api/contract";
import { ObjectiveListQuery, ObjectiveMerge, ObjectivePatch } from "../../core/api/objective-library-contract";
import { etagOf, requireIfMatch } from "../agendas/if-match";
import { withIdempotency } from "../idempotency/with-idempotency";
import { parseInput } from "../http/validate";
import { addObjective, listObjectives, mergeObjective, patchObjective } from "../objectives/objective.service";
import { IdParams } from "./agendas";
import type { RouteDeps } from "./route-deps";

export async function objectiveRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  app.get("/api/objectives", async (request): Promise<Objective[]> =>
    listObjectives(deps.db, request.principal.tenantId, parseInput(ObjectiveListQuery, request.query, "query")),
  );

  app.post("/api/objectives", async (request, reply) => {
    const input = parseInput(ObjectiveCreate, request.body, "body");
    return withIdempotency(request, reply, deps, (tx) =>
      tx.commit(async (trx) => {
        // A title the library already has answers that objective: 200 rather than 201 says nothing new was made.
        const { objective, created } = await addObjective(trx, request.principal, input);
        return { status: created ? 201 : 200, body: objective };
      }),
    );
  });

  app.patch("/api/objectives/:id", (request, reply) =>
    withIdempotency(request, reply, deps, async (tx) => {
      const { id } = parseInput(IdParams, request.params, "params");
      const version = requireIfMatch(request, "objective");
      const patch = parseInput(ObjectivePatch, request.body, "body");
      return tx.commit(async (trx) => {
        const objective = await patchObjective(trx, request.principal, id, version, patch);
        return { status: 200, body: objective, headers: { etag: etagOf(objective.version ?? 1) } };
      });
    }),
  );

  app.post("/api/objectives/:id/merge", (request, reply) =>
    withIdempotency(request, reply, deps, async (tx) => {
      const { id } = parseInput(IdParams, request.params, "params");
      const input = parseInput(ObjectiveMerge, request.body, "body");
      return tx.commit(async (trx) => ({ status: 200, body: await mergeObjective(trx, request.principal, id, input) }));
    }),
  );
}
