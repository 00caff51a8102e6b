import { describe, expect, it } from "vitest";
import { summarizeRequests, type RequestFacts } from "../../../src/core/dashboard/request-summary";

const at = (hours: number) => new Date(Date.UTC(2026, 3, 1) + hours * 3_600_000).toISOString();
const fact = (fromDepartment: string, toDepartment: string, status: RequestFacts["status"], answeredAfterHours: number | null): RequestFacts => ({
  fromDepartment,
  toDepartment,
  status,
  createdAt: at(0),
  answeredAt: answeredAfterHours === null ? null : at(answeredAfterHours),
});

describe("summarizeRequests", () => {
  it("counts each direction by status, most asked first, and each asked department's median hours to a first answer", () => {
    const summary = summarizeRequests([
      fact("営業部", "企画部", "countered", 2),
      fact("営業部", "企画部", "accepted", 10),
      fact("営業部", "企画部", "open", null),
      fact("企画部", "営業部", "accepted", 24),
      fact("企画部", "営業部", "declined", 48),
      fact("技術部", "営業部", "open", null),
    ]);
    expect(summary.pairs).toEqual([
      { from: "営業部", to: "企画部", asked: 3, open: 1, countered: 1, accepted: 1, declined: 0, withdrawn: 0 },
      { from: "企画部", to: "営業部", asked: 2, open: 0, countered: 0, accepted: 1, declined: 1, withdrawn: 0 },
      { from: "技術部", to: "営業部", asked: 1, open: 1, countered: 0, accepted: 0, declined: 0, withdrawn: 0 },
    ]);
    expect(summary.byDepartment).toEqual([
      { department: "企画部", received: 3, answered: 2, unanswered: 1, medianHoursToAnswer: 6 },
      { department: "営業部", received: 3, answered: 2, unanswered: 1, medianHoursToAnswer: 36 },
    ]);
  });

  it("has no median for a department that has answered nothing, and nothing at all for no requests", () => {
    expect(summarizeRequests([fact("営業部", "企画部", "open", null)]).byDepartment).toEqual([
      { department: "企画部", received: 1, answered: 0, unanswered: 1, medianHoursToAnswer: null },
    ]);
    expect(summarizeRequests([])).toEqual({ pairs: [], byDepartment: [] });
  });
});
