// The PMO dashboard's aggregates (the charts); the table itself uses GET /api/commitments.
import type { FastifyInstance } from "fastify";
import { DashboardQuery, type DashboardSummary } from "../../core/api/dashboard-contract";
import { parseStrictQuery } from "../commitments/commitment-query";
import { dashboardSummary } from "../dashboard/dashboard.service";
import { dayIn } from "../../core/text/zoned-time";
import { storedClockOf } from "../people/person-settings";
import type { RouteDeps } from "./route-deps";

export async function dashboardRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  app.get("/api/dashboard/summary", async (request): Promise<DashboardSummary> => {
    const query = parseStrictQuery(DashboardQuery, request.query);
    // Without the caller's own date, "overdue" and "this week" follow their time zone on the server.
    const today = query.today ?? dayIn((await storedClockOf(deps.db, deps.config.tenantDefaults, request.principal.tenantId, request.principal.email)).timeZone, new Date());
    return dashboardSummary(deps.db, request.principal, { ...query, today });
  });
}
