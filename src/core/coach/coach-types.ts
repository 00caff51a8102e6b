// The coach's vocabulary: a finding is role-centred wording of one kind, with why it hurts and a rewording.
import type { Lang } from "../api/primitives";

export type CoachSeverity = "info" | "warning";

/** Text in both UI languages. */
export interface Bilingual {
  ja: string;
  en: string;
}

/**
 * What kind of role-centred wording a finding is: the reason given (scope, capacity, experience,
 * rules, mission), the move made (deflection to another party, blame, turf guarding), or a refusal
 * that waits for a condition. Each kind has its own explanation and rewording (kind-texts.ts).
 */
export const COACH_KINDS = ["scope", "capacity", "experience", "mission", "turf", "blame", "rules", "conditional", "deflection"] as const;
export type CoachKind = (typeof COACH_KINDS)[number];

export interface CoachFinding {
  /** `<lang>-<kind>` of the wording, e.g. "ja-deflection": stable, for tests and integrations. */
  ruleId: string;
  kind: CoachKind;
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
  /**
   * Department names of the meeting and of the tenant's directory: recognised as parties even
   * without a 部/team suffix (「CRM推進」, "Customer Success").
   */
  departments?: readonly string[];
  /** The writer's own department: the other one of `departments` is named in suggestions. */
  ownDepartment?: string;
  /**
   * Where the text is written: suggestions read as a contribution, an obstacle, how a commitment
   * serves the objective, or the reason for declining a request (a counter-offer).
   */
  context?: CoachContext;
}

export type CoachContext = "contribution" | "obstacle" | "serves" | "decline";

/** Work counters: how analysis scales is checked by counting, not by the clock. */
export interface AnalyzeStats {
  /** Characters read by the tagger (the normalised text, once). */
  charsScanned: number;
  /** Trie steps the tagger took: at most MAX_ENTRY per character. */
  trieSteps: number;
  /** Tags structures were tried on. */
  tagsMatched: number;
}
