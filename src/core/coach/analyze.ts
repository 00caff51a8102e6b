// The purpose coach: finds role-centred wording and proposes an objective-centred rewording.
// Runs everywhere src/core runs (task pane, Teams tab, Outlook's JS-only runtime, the server): no
// morphological analyser, only lexicons and structures (detect.ts), linear in the text.
import type { Lang } from "../api/primitives";
import type { AnalyzeOptions, AnalyzeStats, CoachFinding } from "./coach-types";
import { type Detection, detect } from "./detect";
import { fillSuggestion } from "./fill-suggestion";
import { KIND_TEXTS, suggestionTemplate } from "./kind-texts";
import { normalizeText, originalSpan } from "./normalize-text";
import { sentenceAround } from "./sentence-bounds";

export { applySuggestion } from "./apply-suggestion";

/** Findings ordered by position; at most one per sentence. Never throws on any string. */
export function analyze(text: string, options: AnalyzeOptions = {}, stats?: AnalyzeStats): CoachFinding[] {
  if (typeof text !== "string" || text.trim().length === 0) return [];
  const uiLang: Lang = options.lang ?? "ja";
  const norm = normalizeText(text);
  return detect(norm, text, { departments: options.departments, stats }).map((d) => toFinding(d, text, norm, uiLang, options));
}

function toFinding(d: Detection, text: string, norm: ReturnType<typeof normalizeText>, uiLang: Lang, options: AnalyzeOptions): CoachFinding {
  const first = d.tags[0];
  const last = d.tags[d.tags.length - 1];
  const span = originalSpan(norm, first?.start ?? d.sentence.start, last?.end ?? d.sentence.end, text.length);
  const named = d.sentence.tags.find((t) => t.cat === "other" && t.named);
  const department = named ? text.slice(...originalSpan(norm, named.start, named.end, text.length)) : otherDepartment(options);
  const kindText = KIND_TEXTS[d.kind];
  return {
    ruleId: `${d.lang}-${d.kind}`,
    kind: d.kind,
    severity: kindText.severity,
    span,
    replaceSpan: sentenceAround(text, span[0], span[1]),
    text: text.slice(span[0], span[1]),
    explanation: kindText.explanation[uiLang],
    suggestion: fillSuggestion(suggestionTemplate(d.kind, d.lang, options.context), d.lang, options.objective, department),
  };
}

/** The department the writer is not in, when the meeting's departments leave exactly one. */
function otherDepartment(options: AnalyzeOptions): string | undefined {
  const own = options.ownDepartment?.trim();
  const others = (options.departments ?? []).map((d) => d.trim()).filter((d) => d.length > 0 && d !== own);
  return others.length === 1 ? others[0] : undefined;
}

/** A 0–100 score of one text's wording: 100 without findings, less for each (warnings weigh more). */
export function wordingScore(findings: readonly CoachFinding[]): number {
  const penalty = findings.reduce((sum, f) => sum + (f.severity === "warning" ? 25 : 10), 0);
  return Math.max(0, 100 - penalty);
}
