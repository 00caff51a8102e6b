import { describe, expect, it } from "vitest";
import { asksOnlyOthers } from "../../../src/core/coach/asks-only-others";
import { scoreAgenda, type ScoreInput } from "../../../src/core/coach/score-agenda";

const agenda: ScoreInput["agenda"] = {
  objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
  desiredOutcome: "来月の提案先を3社決める",
  departments: [
    { name: "営業部", mission: "大手企業との長期的な関係を築く" },
    { name: "企画部", mission: "新しい事業を形にする" },
  ],
  obstacles: [],
  lang: "ja",
};
const good: ScoreInput = {
  agenda,
  contributions: [
    { department: "営業部", text: "既存顧客の声を毎週共有します" },
    { department: "企画部", text: "提案書のたたき台を用意します" },
  ],
  commitments: [{ ownerEmail: "a@x.example", dueDate: "2026-12-20", servesObjective: "提案先を増やす", action: "顧客リストを作る", status: "open" }],
};

const check = (input: ScoreInput, id: string) => scoreAgenda(input).checks.find((c) => c.id === id)?.value;

describe("scoreAgenda", () => {
  it("gives a purpose-first agenda 100, with weights adding up to 100", () => {
    const result = scoreAgenda(good);
    expect(result.score).toBe(100);
    expect(result.checks.reduce((n, c) => n + c.weight, 0)).toBe(100);
    expect(result.findingCount).toBe(0);
  });

  it("needs the objective first (title and desired outcome)", () => {
    expect(check({ ...good, agenda: { ...agenda, objectiveTitle: "" } }, "objective-first")).toBe(0.25);
    expect(check({ ...good, agenda: { ...agenda, desiredOutcome: "" } }, "objective-first")).toBe(0.75);
  });

  it("needs every department to say what it can do — role-centred or ask-only texts do not count", () => {
    const roleCentred = { ...good, contributions: [good.contributions[0]!, { department: "企画部", text: "それは営業部の仕事でしょう" }] };
    expect(check(roleCentred, "every-department-offers")).toBe(0.5);
    expect(scoreAgenda(roleCentred).score).toBeLessThan(100);
    const missing = { ...good, contributions: [good.contributions[0]!] };
    expect(check(missing, "every-department-offers")).toBe(0.5);
  });

  it("flags contributions that only ask others to act", () => {
    const asking = { ...good, contributions: [...good.contributions, { department: "企画部", text: "営業部に顧客リストを出してほしい" }] };
    expect(check(asking, "no-ask-only")).toBeCloseTo(2 / 3);
  });

  it("keeps missions in the appendix", () => {
    const restated = { ...good, contributions: [{ department: "営業部", text: "大手企業との長期的な関係を築くのが私たちです" }, good.contributions[1]!] };
    expect(check(restated, "missions-in-appendix")).toBeLessThan(1);
  });

  it("needs every live commitment to have an owner, a due date and a link to the objective", () => {
    const loose = { ...good, commitments: [...good.commitments, { ...good.commitments[0]!, servesObjective: "" }] };
    expect(check(loose, "commitments-complete")).toBe(0.5);
    const dropped = { ...good, commitments: [...good.commitments, { ...good.commitments[0]!, servesObjective: "", status: "dropped" as const }] };
    expect(check(dropped, "commitments-complete")).toBe(1);
    expect(check({ ...good, commitments: [] }, "commitments-complete")).toBe(0);
  });

  it("stays within 0–100 for an empty agenda", () => {
    const empty = scoreAgenda({ agenda: { ...agenda, objectiveTitle: "", desiredOutcome: "", departments: [] }, contributions: [], commitments: [] });
    expect(empty.score).toBeGreaterThanOrEqual(0);
    expect(empty.score).toBeLessThanOrEqual(100);
  });
});

describe("asksOnlyOthers", () => {
  it("is true for a request with no offer, in ja and en", () => {
    expect(asksOnlyOthers("営業部に顧客リストを出してほしい")).toBe(true);
    expect(asksOnlyOthers("Sales should send us the customer list.")).toBe(true);
  });
  it("is false when we offer something too, or only offer", () => {
    expect(asksOnlyOthers("顧客リストをください。代わりに分析は私たちがします")).toBe(false);
    expect(asksOnlyOthers("We will prepare the demo.")).toBe(false);
    expect(asksOnlyOthers("提案書のたたき台を用意します")).toBe(false);
  });
});
