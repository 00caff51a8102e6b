// POST /api/coach/analyze for integrators: the very same core analysis the clients run locally.
import type { z } from "zod";
import type { CoachAnalyzeRequest, CoachAnalyzeResponse } from "../../core/api/coach-contract";
import { analyze, wordingScore } from "../../core/coach/analyze";

export function analyzeForApi(input: z.output<typeof CoachAnalyzeRequest>): CoachAnalyzeResponse {
  const findings = analyze(input.text, {
    ...(input.lang !== undefined ? { lang: input.lang } : {}),
    ...(input.objective !== undefined ? { objective: input.objective } : {}),
    ...(input.departments !== undefined ? { departments: input.departments } : {}),
    ...(input.ownDepartment !== undefined ? { ownDepartment: input.ownDepartment } : {}),
    ...(input.context !== undefined ? { context: input.context } : {}),
  });
  return { findings, score: wordingScore(findings) };
}
