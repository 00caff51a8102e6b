// The kind of a refusal that a general structure caught (「…お答えできません」, "we can't"): the reason
// the sentence gives decides it — a condition, rules, experience, mission, ownership, capacity, another
// party — and a refusal with none of them draws the line at scope.
import type { CoachKind } from "../coach-types";
import type { Tag, TagCat } from "../lexicon/lexicon-types";

const REASONS: ReadonlyArray<readonly [CoachKind, readonly TagCat[]]> = [
  ["conditional", ["condGate", "condWhole", "untilThen"]],
  ["rules", ["rules", "ruleBar", "rulesOut"]],
  ["experience", ["experience", "inexperienced"]],
  ["mission", ["mission", "onlyDo"]],
  ["turf", ["owned", "withhold", "prohibit", "unilateral", "gate"]],
  ["capacity", ["capacity", "busy", "few"]],
  ["blame", ["blameCause", "blameAct", "innocent"]],
  ["deflection", ["push", "pushAway", "upTo", "should"]],
];

export function reasonKind(tags: readonly Tag[]): CoachKind {
  for (const [kind, cats] of REASONS) if (tags.some((t) => cats.includes(t.cat))) return kind;
  return "scope";
}
