// The purpose-first score of one agenda (0–100): how well the meeting starts from the shared
// objective. Built from the agenda's own checks plus the coach's findings; stored with the
// agenda and shown in the task pane, the Teams tab and the PMO dashboard.
import type { Agenda, Commitment, Contribution } from "../api/contract";
import type { Lang } from "../api/primitives";
import { analyze } from "./analyze";
import { asksOnlyOthers } from "./asks-only-others";

export type AgendaCheckId = "objective-first" | "every-department-offers" | "missions-in-appendix" | "commitments-complete" | "no-ask-only" | "wording";

export interface AgendaCheck {
  id: AgendaCheckId;
  /** Points this check can give; the weights add up to 100. */
  weight: number;
  /** 0–1: how far the agenda meets it. */
  value: number;
}

export interface AgendaScore {
  score: number;
  checks: AgendaCheck[];
  /** Role-centred findings across the agenda's texts. */
  findingCount: number;
}

/** What the score reads: the parts of an AgendaView that matter, so callers can pass less. */
export interface ScoreInput {
  agenda: Pick<Agenda, "objectiveTitle" | "desiredOutcome" | "departments" | "obstacles" | "lang">;
  contributions: readonly Pick<Contribution, "department" | "text">[];
  commitments: readonly Pick<Commitment, "ownerEmail" | "dueDate" | "servesObjective" | "action" | "status">[];
}

/**
 * How the score reads a text. The defaults analyse it afresh; the server passes memoised ones, since
 * it rescores the agenda on every write and most of its texts have not changed.
 */
export interface TextChecks {
  /** Number of coach findings in `text` (what analyze(text, options).length gives). */
  findingCount(text: string, options: { lang: Lang; objective: string }): number;
  asksOnlyOthers(text: string): boolean;
}

export const FRESH_TEXT_CHECKS: TextChecks = {
  findingCount: (text, options) => analyze(text, options).length,
  asksOnlyOthers,
};

const WEIGHTS: Record<AgendaCheckId, number> = {
  "objective-first": 20,
  "every-department-offers": 25,
  "missions-in-appendix": 10,
  "commitments-complete": 25,
  "no-ask-only": 10,
  wording: 10,
};

const ratio = (good: number, total: number) => (total === 0 ? 0 : good / total);

export function scoreAgenda(input: ScoreInput, textChecks: TextChecks = FRESH_TEXT_CHECKS): AgendaScore {
  const { agenda, contributions, commitments } = input;
  const options = { lang: agenda.lang, objective: agenda.objectiveTitle };
  const flagged = (text: string) => textChecks.findingCount(text, options);
  const asksOnlyOthers = (text: string) => textChecks.asksOnlyOthers(text);

  // The objective comes first: a title, and what this meeting should decide for it.
  const objectiveFirst = (agenda.objectiveTitle.trim() ? 0.75 : 0) + (agenda.desiredOutcome.trim() ? 0.25 : 0);

  // Every department has at least one "what we can do" contribution.
  const offers = (c: Pick<Contribution, "text">) => flagged(c.text) === 0 && !asksOnlyOthers(c.text);
  const departments = agenda.departments.map((d) => d.name);
  const offering = departments.filter((name) => contributions.some((c) => c.department === name && offers(c)));

  // Missions belong in the appendix: not restated in what people write in the meeting.
  const written = [agenda.desiredOutcome, ...agenda.obstacles, ...contributions.map((c) => c.text), ...commitments.map((c) => c.action)];
  const missions = agenda.departments.map((d) => d.mission.trim()).filter((m) => m.length >= 8);
  const restated = written.filter((text) => missions.some((m) => text.includes(m))).length;

  // Every live commitment has an owner, a due date and a link to the objective.
  const live = commitments.filter((c) => c.status !== "dropped");
  const complete = live.filter((c) => c.ownerEmail && c.dueDate && c.servesObjective.trim() !== "").length;

  const askOnly = contributions.filter((c) => asksOnlyOthers(c.text)).length;
  const findingCount = written.concat(commitments.map((c) => c.servesObjective)).reduce((n, text) => n + flagged(text), 0);

  const values: Record<AgendaCheckId, number> = {
    "objective-first": objectiveFirst,
    "every-department-offers": ratio(offering.length, departments.length),
    "missions-in-appendix": written.length === 0 ? 1 : Math.max(0, 1 - restated / Math.max(1, written.length) * 2),
    "commitments-complete": ratio(complete, live.length),
    "no-ask-only": contributions.length === 0 ? 1 : 1 - ratio(askOnly, contributions.length),
    wording: Math.max(0, 1 - findingCount / 3),
  };
  const checks = (Object.keys(WEIGHTS) as AgendaCheckId[]).map((id) => ({ id, weight: WEIGHTS[id], value: values[id] }));
  const score = Math.round(checks.reduce((sum, c) => sum + c.weight * c.value, 0));
  return { score: Math.min(100, Math.max(0, score)), checks, findingCount };
}
