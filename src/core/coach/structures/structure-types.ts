// A structure is a short sequence of lexicon categories with limits on what lies between them:
// "a reason, then a refusal within 25 characters", "another department, の, a role noun, a copula".
// Structures are data; match-structure.ts runs them over one sentence's tags.
import type { CoachKind } from "../coach-types";
import type { TagCat } from "../lexicon/lexicon-types";

export interface Step {
  /** The category (or any of the categories) of the tag this step takes. */
  cat: TagCat | readonly TagCat[];
  /** At most this many characters between the previous step's tag and this one (default 20). */
  gap?: number;
  /** The text between the previous step's tag and this one is exactly one of these. */
  via?: readonly string[];
  /** The text between the previous step's tag and this one starts with one of these. */
  after?: readonly string[];
  /** No tag of these categories between the previous step's tag and this one. */
  not?: readonly TagCat[];
  /** First step only: at most this many characters, softeners aside, since the clause began. */
  lead?: number;
  /** The tag must name a department or team (営業部, Sales), not "they" or 「向こう」. */
  named?: boolean;
  /**
   * The speaker's side: "we", or a department named as the subject of its own refusal ("Finance
   * does not have the capacity"): a step of category "we" also takes a named department.
   */
  party?: boolean;
}

export interface Structure {
  /** Stable id, e.g. "ja-scope-we-role-not": tests name structures by it. */
  id: string;
  /** The kind it names; "reason": the kind of the reason the sentence gives (reason-kind.ts). */
  kind: CoachKind | "reason";
  steps: readonly Step[];
  /** The sentence ends within this many characters after the last step (a trailing reason: 「…ので。」). */
  end?: number;
  /** Holds only in a sentence that is not a question (「担当外でしょうか」 asks, it does not refuse). */
  statement?: boolean;
  /** Holds only in a sentence with none of these (「どの部署にお願いすれば…」 asks who; it does not push). */
  unless?: readonly TagCat[];
}
