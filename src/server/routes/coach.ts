// The purpose coach over HTTP, for integrators (the apps run the coach locally, per keystroke).
import type { FastifyInstance } from "fastify";
import { COACH_TEXT_MAX, CoachAnalyzeRequest, type CoachAnalyzeResponse } from "../../core/api/coach-contract";
import { analyzeForApi } from "../coach/coach.service";
import { createCpuTurns } from "../http/cpu-turns";
import { HttpError } from "../http/http-error";
import { parseInput } from "../http/validate";
import type { RouteDeps } from "./route-deps";

/** Room for the longest text sent as JSON \uXXXX escapes (6 bytes a character), plus the other fields. */
export const COACH_BODY_LIMIT = COACH_TEXT_MAX * 6 + 65_536;

export const COACH_TEXT_TOO_LONG = `The text is longer than the coach's limit of ${COACH_TEXT_MAX.toLocaleString("en-US")} characters — send it in parts`;

export async function coachRoutes(app: FastifyInstance, _deps: RouteDeps): Promise<void> {
  const turns = createCpuTurns();
  // A pure computation sent as POST (the text can be long): nothing is stored, no idempotency key needed.
  // The analysis costs CPU in proportion to the text, so both the body and the text are bounded.
  app.post("/api/coach/analyze", { bodyLimit: COACH_BODY_LIMIT }, async (request): Promise<CoachAnalyzeResponse> => {
    const text = (request.body as { text?: unknown } | undefined)?.text;
    if (typeof text === "string" && text.length > COACH_TEXT_MAX) {
      throw new HttpError("payload_too_large", COACH_TEXT_TOO_LONG, { field: "text" });
    }
    const input = parseInput(CoachAnalyzeRequest, request.body, "body");
    // Up to ~30 ms of CPU at the limit: in a turn of its own, so other requests get in between.
    return turns.run(() => analyzeForApi(input));
  });
}
