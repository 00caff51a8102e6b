// The purpose coach's part of the API contract (POST /api/coach/analyze), kept apart from the
// resource schemas in contract.ts; the same rules apply (server and clients share these).
import { z } from "zod";
import { COACH_KINDS } from "../coach/coach-types";
import { Lang } from "./primitives";

// ── Purpose coach ─────────────────────────────────────────────────────────────────────────────
/**
 * Characters one request may analyze: a whole agenda's wording is a few thousand; the analysis costs
 * CPU in proportion, so a longer text is refused (413) rather than stalling everyone else's requests.
 */
export const COACH_TEXT_MAX = 20_000;
/** Findings one answer carries at most (the score still counts them all); `truncated` says more exist. */
export const COACH_FINDINGS_MAX = 100;
export const CoachAnalyzeRequest = z
  .object({
    text: z.string().max(COACH_TEXT_MAX),
    /** Language of the explanations; suggestions follow the text's own language. */
    lang: Lang.optional(),
    /** The shared objective named in suggestions. */
    objective: z.string().trim().max(500).optional(),
    departments: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    /** The writer's own department: suggestions name the other one of `departments`. */
    ownDepartment: z.string().trim().min(1).max(200).optional(),
    /** Where the text is written: contribution, obstacle, serves (a commitment's link), decline (a request's refusal). */
    context: z.enum(["contribution", "obstacle", "serves", "decline"]).optional(),
  })
  .strict();
export type CoachAnalyzeRequest = z.input<typeof CoachAnalyzeRequest>;
const Span = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
export const CoachKind = z.enum(COACH_KINDS);
export const CoachFinding = z.object({
  ruleId: z.string(),
  /** What kind of role-centred wording it is; its explanation and rewording are for that kind. */
  kind: CoachKind,
  severity: z.enum(["info", "warning"]),
  /** [start, end) of the wording in the text sent, in UTF-16 code units. */
  span: Span,
  /** [start, end) of the sentence a suggestion replaces. */
  replaceSpan: Span,
  text: z.string(),
  explanation: z.string(),
  suggestion: z.string(),
});
export type CoachFinding = z.infer<typeof CoachFinding>;
export const CoachAnalyzeResponse = z.object({
  findings: z.array(CoachFinding),
  /** 0–100 for the wording of this text (100 = nothing role-centred). */
  score: z.number().int().min(0).max(100).optional(),
  /** True when the text had more than COACH_FINDINGS_MAX findings and only the first ones are listed. */
  truncated: z.boolean().optional(),
});
export type CoachAnalyzeResponse = z.infer<typeof CoachAnalyzeResponse>;
