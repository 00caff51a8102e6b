import type { FastifyInstance } from "fastify";
import type { Me } from "../../core/api/me-contract";
import { directoryFor } from "../directory/directory-for";
import { bearerTokenOf } from "../directory/directory-lookup";
import { describeMe } from "../me/me.service";
import type { RouteDeps } from "./route-deps";

export async function meRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const lookup = directoryFor(deps);
  app.get("/api/me", async (request): Promise<Me> =>
    describeMe(lookup, request.principal, { bearerToken: bearerTokenOf(request.headers.authorization), log: request.log }),
  );
}
