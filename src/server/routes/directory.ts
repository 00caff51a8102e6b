// Names and departments of people by email: how the add-in groups a meeting's attendees.
import type { FastifyInstance } from "fastify";
import { DirectoryResolveRequest } from "../../core/api/contract";
import type { DirectoryEntry } from "../../core/api/contract";
import { directoryFor } from "../directory/directory-for";
import { bearerTokenOf } from "../directory/directory-lookup";
import { resolveDirectory } from "../directory/directory.service";
import { parseInput } from "../http/validate";
import type { RouteDeps } from "./route-deps";

export async function directoryRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const lookup = directoryFor(deps);
  // A read sent as POST (the email list can be long): no idempotency key needed.
  app.post("/api/directory/resolve", async (request): Promise<DirectoryEntry[]> => {
    const { emails } = parseInput(DirectoryResolveRequest, request.body, "body");
    return resolveDirectory(lookup, request.principal.tenantId, emails, {
      bearerToken: bearerTokenOf(request.headers.authorization),
      log: request.log,
    });
  });
}
