import { describe, expect, it } from "vitest";
import { analyze, applySuggestion, wordingScore } from "../../../src/core/coach/analyze";
import { COACH_KINDS } from "../../../src/core/coach/coach-types";
import { KIND_TEXTS } from "../../../src/core/coach/kind-texts";

const OBJECTIVE = "大手企業向けのCRMビジネスを拡大する";

describe("analyze", () => {
  it("finds the story's own line, naming its kind, with spans in the original text", () => {
    const text = "ご意見ありがとうございます。それは営業部の仕事でしょう。";
    const [finding, ...rest] = analyze(text, { lang: "ja", objective: OBJECTIVE });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: "ja-deflection", kind: "deflection", severity: "warning" });
    // The polite ending folds into one unit (でしょう → だろう), so the span takes all of it.
    expect(text.slice(...finding!.span)).toBe("営業部の仕事でしょう");
    expect(finding?.text).toBe("営業部の仕事でしょう");
    expect(text.slice(...finding!.replaceSpan)).toBe("それは営業部の仕事でしょう");
  });

  it("names the shared objective and the other department in the rewording", () => {
    const [finding] = analyze("それは営業部の仕事でしょう", { lang: "ja", objective: OBJECTIVE });
    expect(finding?.suggestion).toContain(`「${OBJECTIVE}」`);
    expect(finding?.suggestion).toContain("営業部");
    const [en] = analyze("That's Sales' job.", { lang: "en", objective: "Grow the CRM business" });
    expect(en?.suggestion).toBe("What can Sales and we do together for “Grow the CRM business”?");
  });

  it("gives each kind its own rewording, filled with the objective and the other department", () => {
    const capacity = analyze("うちは5人しかいないから無理ですよ", { objective: OBJECTIVE, departments: ["営業部", "企画部"], ownDepartment: "企画部" });
    expect(capacity.map((f) => f.kind)).toEqual(["capacity"]);
    expect(capacity[0]?.suggestion).toBe(`今は手一杯ですが、「${OBJECTIVE}」のために来月から半日ずつ時間を空けられるよう調整します。優先順位は営業部と相談させてください。`);
    const rules = analyze("KPIに入っていないので、うちはやりません", { objective: OBJECTIVE });
    expect(rules[0]?.kind).toBe("rules");
    expect(rules[0]?.suggestion).toContain("ルール");
    const conditional = analyze("Only if it's formally assigned to us.", { lang: "en", objective: "Grow the CRM business" });
    expect(conditional[0]?.kind).toBe("conditional");
    expect(conditional[0]?.suggestion).toContain("“Grow the CRM business”");
  });

  it("has an explanation and a rewording naming the objective for every kind, in both languages", () => {
    for (const kind of COACH_KINDS) {
      const text = KIND_TEXTS[kind];
      for (const lang of ["ja", "en"] as const) {
        expect(text.explanation[lang]).not.toBe("");
        expect(text.suggestion[lang]).toContain("{objective}");
        for (const inContext of Object.values(text.inContext ?? {})) expect(inContext[lang]).toContain("{objective}");
      }
    }
  });

  it("turns a limitation with an offer into no finding (the cooperative override)", () => {
    expect(analyze("うちの範囲外だけど、この目的のためなら週に半日は出せます")).toEqual([]);
    expect(analyze("今は手一杯ですが、来月から半日ずつ時間を空けられるよう調整します")).toEqual([]);
    expect(analyze("That's not our remit, but here's what we can do: a first draft by Friday.")).toEqual([]);
    expect(analyze("We're swamped this month. Instead, we'll lend one engineer from May.")).toEqual([]);
    // An offer that waits for a formal assignment stays a conditional refusal.
    expect(analyze("正式に依頼が来たら対応します").map((f) => f.kind)).toEqual(["conditional"]);
  });

  it("recognises the tenant's own department names without a unit word", () => {
    const [finding] = analyze("それはCRM推進の仕事でしょう", { objective: OBJECTIVE, departments: ["CRM推進", "営業部"] });
    expect(finding?.kind).toBe("deflection");
    expect(finding?.suggestion).toContain("CRM推進");
    const [en] = analyze("That's Revenue Enablement's call.", { lang: "en", departments: ["Revenue Enablement"] });
    expect(en?.suggestion).toContain("Revenue Enablement");
  });

  it("rewords a declined request as a counter-offer", () => {
    const [finding] = analyze("今月は手一杯なのでお受けできません", { objective: OBJECTIVE, context: "decline", departments: ["営業部"] });
    expect(finding?.kind).toBe("capacity");
    expect(finding?.suggestion).toContain("来月から半日ずつなら");
    expect(finding?.suggestion).toContain("営業部");
  });

  it("falls back to 'the shared objective' when none is given", () => {
    const [finding] = analyze("That's not our job.", { lang: "en" });
    expect(finding?.suggestion).toContain("our shared objective");
  });

  it("explains in the UI language but suggests in the text's language", () => {
    const [finding] = analyze("それは営業部の仕事でしょう", { lang: "en" });
    expect(finding?.explanation).toMatch(/another department/);
    expect(finding?.suggestion).toMatch(/一緒に/);
  });

  it("handles mixed languages in one text, in order", () => {
    const text = "That's not our job. それは経理部の仕事でしょう。We only do backend.";
    expect(analyze(text).map((f) => f.ruleId)).toEqual(["en-scope", "ja-deflection", "en-mission"]);
  });

  it("replaces the sentence of a finding when a suggestion is used", () => {
    const text = "ありがとうございます。それは営業部の仕事でしょう。来週の予定は変わりません。";
    const [finding] = analyze(text, { objective: OBJECTIVE });
    const next = applySuggestion(text, finding!);
    expect(next.startsWith("ありがとうございます。")).toBe(true);
    expect(next.endsWith("。来週の予定は変わりません。")).toBe(true);
    expect(next).toContain(OBJECTIVE);
    expect(analyze(next)).toEqual([]);
  });

  it("scores wording: 100 without findings, lower for each", () => {
    expect(wordingScore([])).toBe(100);
    expect(wordingScore(analyze("That's not our job."))).toBe(75);
    expect(wordingScore(analyze("That's not our job. That's Sales' job. We're too busy. Stay in your lane. Not my problem."))).toBe(0);
  });
});
