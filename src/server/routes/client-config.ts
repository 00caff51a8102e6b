// GET /api/client-config: what a page needs to know before it can sign in. Public by design: a
// client id, scope and authority are not secrets (they are in the app manifest too).
import type { FastifyInstance } from "fastify";
import type { ClientConfig } from "../../core/api/sign-in-contract";
import type { Config } from "../config";
import type { RouteDeps } from "./route-deps";

export function clientConfigOf(config: Config): ClientConfig {
  const entra = config.entra;
  if (config.authMode !== "entra" || !entra) return { authMode: "local", taskSync: false };
  // The scope is requested on the API's Application ID URI (api://<host>/<clientId> by default).
  const resource = entra.audience.find((a) => a.startsWith("api://")) ?? `api://${entra.clientId}`;
  return {
    authMode: "entra",
    clientId: entra.clientId,
    apiScope: `${resource}/${entra.requiredScope}`,
    authority: entra.authority,
    // The same condition as sync/commitment-sync-for.ts: Graph on behalf of the user needs the secret.
    taskSync: entra.clientSecret !== null,
  };
}

export async function clientConfigRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const body = clientConfigOf(deps.config);
  app.get("/api/client-config", async (_request, reply) => {
    reply.header("cache-control", "no-cache");
    return body;
  });
}
