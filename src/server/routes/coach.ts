// The purpose coach over HTTP, for integrators (the apps run the coach locally, per keystroke).
import type { FastifyInstance } from "fastify";
import { CoachAnalyzeRequest, type CoachAnalyzeResponse } from "../../core/api/coach-contract";
import { analyzeForApi } from "../coach/coach.service";
import { parseInput } from "../http/validate";
import type { RouteDeps } from "./route-deps";

export async function coachRoutes(app: FastifyInstance, _deps: RouteDeps): Promise<void> {
  // A pure computation sent as POST (the text can be long): nothing is stored, no idempotency key needed.
  app.post("/api/coach/analyze", async (request): Promise<CoachAnalyzeResponse> => {
    return analyzeForApi(parseInput(CoachAnalyzeRequest, request.body, "body"));
  });
}
