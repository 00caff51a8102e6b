// The PMO's view of requests between departments: who asks whom and how it stands, and how fast
// each asked department answers (median of the time to its first answer). Pure, so the server and
// the fake compute it the same way.
import type { RequestDepartmentAnswers, RequestPairCount, RequestSummary } from "../api/request-contract";
import type { RequestStatus } from "../api/request-view";

export interface RequestFacts {
  fromDepartment: string;
  toDepartment: string;
  status: RequestStatus;
  createdAt: string;
  /** The first answer's time; null while unanswered. */
  answeredAt: string | null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}

/** Pairs most asked first (then by name); departments by name. */
export function summarizeRequests(facts: readonly RequestFacts[]): RequestSummary {
  const pairs = new Map<string, RequestPairCount>();
  const answers = new Map<string, { received: number; hours: number[] }>();
  for (const f of facts) {
    const key = `${f.fromDepartment}\u0000${f.toDepartment}`;
    const pair = pairs.get(key) ?? { from: f.fromDepartment, to: f.toDepartment, asked: 0, open: 0, countered: 0, accepted: 0, declined: 0, withdrawn: 0 };
    pair.asked += 1;
    pair[f.status] += 1;
    pairs.set(key, pair);
    const to = answers.get(f.toDepartment) ?? { received: 0, hours: [] };
    to.received += 1;
    if (f.answeredAt !== null) to.hours.push(Math.max(0, Date.parse(f.answeredAt) - Date.parse(f.createdAt)) / 3_600_000);
    answers.set(f.toDepartment, to);
  }
  const byDepartment: RequestDepartmentAnswers[] = [...answers.entries()]
    .map(([department, a]) => ({ department, received: a.received, answered: a.hours.length, unanswered: a.received - a.hours.length, medianHoursToAnswer: median(a.hours) }))
    .sort((a, b) => a.department.localeCompare(b.department));
  const sortedPairs = [...pairs.values()].sort((a, b) => b.asked - a.asked || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return { pairs: sortedPairs, byDepartment };
}
