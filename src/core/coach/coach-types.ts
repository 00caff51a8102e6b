// The coach's vocabulary: a rule is data (patterns + texts), a finding is where one rule matched.
import type { Lang } from "../api/contract";

export type CoachSeverity = "info" | "warning";

/** Text in both UI languages. */
export interface Bilingual {
  ja: string;
  en: string;
}

export interface CoachRule {
  /** Stable id, e.g. "ja-others-job"; tests and the API name rules by it. */
  id: string;
  /** Languages the patterns are written for: the suggestion is given in the first of them. */
  langs: readonly Lang[];
  severity: CoachSeverity;
  /**
   * Patterns over the NORMALISED text (see normalize-text.ts). Linear by construction: only bounded
   * quantifiers ({m,n}, ?) — a test rejects `*`, `+` and nested quantified groups. A named group
   * `dept` (often inside a lookbehind) names the department the wording points at.
   */
  patterns: readonly RegExp[];
  explanation: Bilingual;
  /** Rewording that names the shared objective: {objective} and {department} are filled in. */
  suggestion: Bilingual;
}

export interface CoachFinding {
  ruleId: string;
  severity: CoachSeverity;
  /** [start, end) of the matched wording in the ORIGINAL text. */
  span: [number, number];
  /** [start, end) of the sentence around it: what "use suggestion" replaces. */
  replaceSpan: [number, number];
  /** The original text of `span`. */
  text: string;
  /** Why this wording hurts cooperation, in the UI language. */
  explanation: string;
  /** An objective-centred rewording, in the language of the matched text. */
  suggestion: string;
}

export interface AnalyzeOptions {
  /** UI language of the explanations (suggestions follow the text's own language). */
  lang?: Lang;
  /** The shared objective's title, named in suggestions. */
  objective?: string;
  /** Department names of the meeting: recognised even without a 部/team suffix. */
  departments?: readonly string[];
}

/** Work counters: how analysis scales is checked by counting, not by the clock. */
export interface AnalyzeStats {
  /** Characters handed to the regex engine (text length × patterns run). */
  charsScanned: number;
  /** Calls of RegExp.prototype.exec. */
  regexExecs: number;
}
