// Taking a suggestion: kept apart from the analysis so a field can apply one without loading the coach.
import type { CoachFinding } from "./coach-types";

/** The text with one finding's sentence replaced by its suggestion. */
export function applySuggestion(text: string, finding: Pick<CoachFinding, "replaceSpan" | "suggestion">): string {
  const [start, end] = finding.replaceSpan;
  return text.slice(0, start) + finding.suggestion + text.slice(end);
}
