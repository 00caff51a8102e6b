// /healthz for load balancers and `npm start` users: is the process up and the database reachable?
import type { FastifyInstance } from "fastify";
import { SqliteAdapter, sql } from "kysely";
import type { Db } from "../db/database";
import type { RouteDeps } from "./route-deps";

export function dbKindOf(db: Db): "sqlite" | "postgres" {
  return db.getExecutor().adapter instanceof SqliteAdapter ? "sqlite" : "postgres";
}

export async function healthRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const kind = dbKindOf(deps.db);
  app.get("/healthz", async (request, reply) => {
    reply.header("cache-control", "no-store");
    try {
      await sql`select 1`.execute(deps.db);
      return { status: "ok", db: kind, authMode: deps.config.authMode };
    } catch (error) {
      request.log.error({ err: error }, "health check: database unavailable");
      return reply.code(503).send({ status: "unavailable", db: kind, authMode: deps.config.authMode });
    }
  });
}
