// POST /api/coach/analyze for integrators: the very same core analysis the clients run locally, on a
// bounded text (COACH_TEXT_MAX, checked by the route) with a bounded answer (COACH_FINDINGS_MAX).
import type { z } from "zod";
import { COACH_FINDINGS_MAX, type CoachAnalyzeRequest, type CoachAnalyzeResponse } from "../../core/api/coach-contract";
import { analyze, wordingScore } from "../../core/coach/analyze";

export function analyzeForApi(input: z.output<typeof CoachAnalyzeRequest>): CoachAnalyzeResponse {
  const findings = analyze(input.text, {
    ...(input.lang !== undefined ? { lang: input.lang } : {}),
    ...(input.objective !== undefined ? { objective: input.objective } : {}),
    ...(input.departments !== undefined ? { departments: input.departments } : {}),
    ...(input.ownDepartment !== undefined ? { ownDepartment: input.ownDepartment } : {}),
    ...(input.context !== undefined ? { context: input.context } : {}),
  });
  const score = wordingScore(findings);
  if (findings.length <= COACH_FINDINGS_MAX) return { findings, score };
  return { findings: findings.slice(0, COACH_FINDINGS_MAX), score, truncated: true };
}
