// The tenant's library of objectives. Any signed-in user of the tenant may read and add.
import type { FastifyInstance } from "fastify";
import { ObjectiveCreate } from "../../core/api/contract";
import type { Objective } from "../../core/api/contract";
import { withIdempotency } from "../idempotency/with-idempotency";
import { parseInput } from "../http/validate";
import { createObjective, listObjectives } from "../objectives/objective.service";
import type { RouteDeps } from "./route-deps";

export async function objectiveRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  app.get("/api/objectives", async (request): Promise<Objective[]> => listObjectives(deps.db, request.principal.tenantId));

  app.post("/api/objectives", async (request, reply) => {
    const input = parseInput(ObjectiveCreate, request.body, "body");
    return withIdempotency(request, reply, deps, (tx) =>
      tx.commit(async (trx) => ({ status: 201, body: await createObjective(trx, request.principal, input) })),
    );
  });
}
