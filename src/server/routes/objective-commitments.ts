// Carry-forward for a meeting that has no agenda yet: the Outlook task pane asks, as soon as the
// organizer picks an objective, what earlier meetings on it still owe. Any user of the tenant may
// ask (the objective library is tenant-wide; see src/server/agendas/carry-forward.ts for what is
// shown and why); an objective of another tenant is a 404, like an unknown one.
import type { FastifyInstance } from "fastify";
import { OpenCommitmentsQuery, type CarriedForward } from "../../core/api/contract";
import { listCarriedForward } from "../agendas/carry-forward";
import { notFound } from "../http/http-error";
import { parseInput } from "../http/validate";
import { findObjectiveRow } from "../objectives/objective.repository";
import { IdParams } from "./agendas";
import type { RouteDeps } from "./route-deps";

export async function objectiveCommitmentRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  app.get("/api/objectives/:id/open-commitments", async (request): Promise<CarriedForward> => {
    const { id } = parseInput(IdParams, request.params, "params");
    const query = parseInput(OpenCommitmentsQuery, request.query, "query");
    const tenantId = request.principal.tenantId;
    if (!(await findObjectiveRow(deps.db, tenantId, id))) throw notFound("Objective");
    return listCarriedForward(deps.db, { tenantId, objectiveId: id, before: query.before ?? new Date().toISOString() });
  });
}
