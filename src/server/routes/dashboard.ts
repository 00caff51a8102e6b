// The PMO dashboard's aggregates (the charts); the table itself uses GET /api/commitments.
import type { FastifyInstance } from "fastify";
import { DashboardQuery, type DashboardSummary } from "../../core/api/dashboard-contract";
import { parseStrictQuery } from "../commitments/commitment-query";
import { dashboardSummary } from "../dashboard/dashboard.service";
import type { RouteDeps } from "./route-deps";

export async function dashboardRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  app.get("/api/dashboard/summary", async (request): Promise<DashboardSummary> => {
    const query = parseStrictQuery(DashboardQuery, request.query);
    return dashboardSummary(deps.db, request.principal, query);
  });
}
