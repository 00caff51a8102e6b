// /healthz for load balancers, monitoring and `npm start` users: is the process up and the database
// reachable — and is its storage sound? `status` is "ok", "degraded" (answering, but the storage has
// a problem: a full disk, a corrupt file, failing I/O — db/storage-health.ts; `problems` says which)
// or "unavailable" (503: the database does not answer).
import type { FastifyInstance } from "fastify";
import { SqliteAdapter, sql } from "kysely";
import type { Db } from "../db/database";
import type { StorageHealth } from "../db/storage-health";
import type { RouteDeps } from "./route-deps";

export function dbKindOf(db: Db): "sqlite" | "postgres" {
  return db.getExecutor().adapter instanceof SqliteAdapter ? "sqlite" : "postgres";
}

export async function healthRoutes(app: FastifyInstance, deps: RouteDeps, storage?: StorageHealth): Promise<void> {
  const kind = dbKindOf(deps.db);
  app.get("/healthz", async (request, reply) => {
    reply.header("cache-control", "no-store");
    try {
      await sql`select 1`.execute(deps.db);
    } catch (error) {
      request.log.error({ err: error }, "health check: database unavailable");
      return reply.code(503).send({ status: "unavailable", db: kind, authMode: deps.config.authMode });
    }
    const problems = storage?.current() ?? [];
    if (problems.length > 0) return { status: "degraded", db: kind, authMode: deps.config.authMode, problems };
    return { status: "ok", db: kind, authMode: deps.config.authMode };
  });
}
