// Concrete ways to raise the purpose-first score, read from score-agenda's checks (its public API):
// for each check that is not full, what to do and how many points it would add, largest first.
import type { AgendaView } from "../../core/api/contract";
import type { AgendaScore } from "../../core/coach/score-agenda";
import { departmentKey } from "../../core/meeting/departments";
import type { EditorMessageKey } from "./editor-messages";

export interface ScoreTip {
  key: EditorMessageKey;
  params: Record<string, string | number>;
  points: number;
}

/** Points a check still has to give, as the score rounds them (at least 1 when anything is missing). */
const missing = (weight: number, value: number) => Math.max(1, Math.round(weight * (1 - value)));

export function scoreTips(score: AgendaScore, view: AgendaView, separator: string): ScoreTip[] {
  const tips: ScoreTip[] = [];
  const { agenda, contributions, commitments } = view;
  for (const check of score.checks) {
    if (check.value >= 1) continue;
    switch (check.id) {
      case "objective-first":
        // Without a title there is no score yet; what is left is the meeting's desired outcome.
        if (agenda.objectiveTitle.trim() !== "" && agenda.desiredOutcome.trim() === "") {
          tips.push({ key: "tip.outcome", params: { points: missing(check.weight, check.value) }, points: missing(check.weight, check.value) });
        }
        break;
      case "every-department-offers": {
        const count = Math.max(1, agenda.departments.length);
        const each = Math.max(1, Math.round(check.weight / count));
        const silent = agenda.departments
          .map((d) => d.name)
          .filter((name) => !contributions.some((c) => departmentKey(c.department) === departmentKey(name) && c.text.trim() !== ""));
        tips.push(
          silent.length > 0
            ? { key: "tip.offers", params: { points: each, names: silent.join(separator) }, points: each }
            : { key: "tip.offersNoNames", params: { points: each }, points: each },
        );
        break;
      }
      case "missions-in-appendix":
        tips.push({ key: "tip.missions", params: { points: missing(check.weight, check.value) }, points: missing(check.weight, check.value) });
        break;
      case "commitments-complete": {
        const points = missing(check.weight, check.value);
        const live = commitments.filter((c) => c.status !== "dropped");
        tips.push({ key: live.length === 0 ? "tip.commitmentsNone" : "tip.commitments", params: { points }, points });
        break;
      }
      case "no-ask-only":
        tips.push({ key: "tip.askOnly", params: { points: missing(check.weight, check.value) }, points: missing(check.weight, check.value) });
        break;
      case "wording":
        tips.push({ key: "tip.wording", params: { count: score.findingCount, points: missing(check.weight, check.value) }, points: missing(check.weight, check.value) });
        break;
    }
  }
  return tips.sort((a, b) => b.points - a.points);
}
