// The purpose coach: finds role-centred wording and proposes an objective-centred rewording.
// Runs everywhere src/core runs (task pane, Teams tab, Outlook's JS-only runtime, the server).
import type { Lang } from "../api/contract";
import type { AnalyzeOptions, AnalyzeStats, CoachFinding, CoachRule } from "./coach-types";
import { fillSuggestion } from "./fill-suggestion";
import { normalizeText, originalSpan } from "./normalize-text";
import { COACH_RULES } from "./rule-list";
import { sentenceAround } from "./sentence-bounds";

/** Findings ordered by position; at most one per sentence and rule. Never throws on any string. */
export function analyze(text: string, options: AnalyzeOptions = {}, stats?: AnalyzeStats, rules: readonly CoachRule[] = COACH_RULES): CoachFinding[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const uiLang: Lang = options.lang ?? "ja";
  const norm = normalizeText(text);
  const findings: CoachFinding[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const textLang = rule.langs[0] ?? uiLang;
    for (const pattern of rule.patterns) {
      // A fresh copy: global regexes carry lastIndex, and rules are shared module state.
      const re = new RegExp(pattern.source, pattern.flags);
      if (stats) stats.charsScanned += norm.text.length;
      for (;;) {
        if (stats) stats.regexExecs += 1;
        const m = re.exec(norm.text);
        if (!m) break;
        if (m[0].length === 0) re.lastIndex += 1;
        const deptIndices = m.indices?.groups?.dept;
        const normStart = deptIndices ? Math.min(deptIndices[0], m.index) : m.index;
        const span = originalSpan(norm, normStart, m.index + m[0].length, text.length);
        const replaceSpan = sentenceAround(text, span[0], span[1]);
        const key = `${rule.id}:${replaceSpan[0]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const department = m.groups?.dept ? text.slice(...originalSpan(norm, deptIndices?.[0] ?? 0, deptIndices?.[1] ?? 0, text.length)) : undefined;
        findings.push({
          ruleId: rule.id,
          severity: rule.severity,
          span,
          replaceSpan,
          text: text.slice(span[0], span[1]),
          explanation: rule.explanation[uiLang],
          suggestion: fillSuggestion(rule.suggestion[textLang], textLang, options.objective, department ?? otherDepartment(options.departments)),
        });
      }
    }
  }
  return findings.sort((a, b) => a.span[0] - b.span[0] || a.ruleId.localeCompare(b.ruleId));
}

function otherDepartment(departments: readonly string[] | undefined): string | undefined {
  if (!departments || departments.length === 0) return undefined;
  return departments.length === 1 ? departments[0] : undefined;
}

/** The text with one finding's sentence replaced by its suggestion. */
export function applySuggestion(text: string, finding: Pick<CoachFinding, "replaceSpan" | "suggestion">): string {
  const [start, end] = finding.replaceSpan;
  return text.slice(0, start) + finding.suggestion + text.slice(end);
}

/** A 0–100 score of one text's wording: 100 without findings, less for each (warnings weigh more). */
export function wordingScore(findings: readonly CoachFinding[]): number {
  const penalty = findings.reduce((sum, f) => sum + (f.severity === "warning" ? 25 : 10), 0);
  return Math.max(0, 100 - penalty);
}
