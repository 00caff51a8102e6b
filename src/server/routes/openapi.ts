// GET /api/openapi.json — public, built once on first request (when every route is registered).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildOpenApiDocument } from "../openapi/openapi-document";
import { PROJECT_ROOT } from "../project-root";
import type { RouteDeps } from "./route-deps";

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

export async function openapiRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  let document: string | undefined;
  app.get("/api/openapi.json", async (_request, reply) => {
    document ??= JSON.stringify(
      buildOpenApiDocument({
        serverUrl: deps.config.publicUrl,
        version: packageVersion(),
        isRegistered: (method, path) => app.hasRoute({ method, url: path }),
      }),
    );
    return reply.type("application/json; charset=utf-8").header("cache-control", "no-cache").send(document);
  });
}
