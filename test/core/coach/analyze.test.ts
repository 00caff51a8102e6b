import { describe, expect, it } from "vitest";
import { analyze, applySuggestion, wordingScore } from "../../../src/core/coach/analyze";

const OBJECTIVE = "大手企業向けのCRMビジネスを拡大する";

describe("analyze", () => {
  it("finds the issue's own examples, with spans in the original text", () => {
    const text = "ご意見ありがとうございます。それは営業部の仕事でしょう。";
    const [finding, ...rest] = analyze(text, { lang: "ja", objective: OBJECTIVE });
    expect(rest).toEqual([]);
    expect(finding?.ruleId).toBe("ja-others-job");
    expect(finding?.severity).toBe("warning");
    // The polite ending folds into one unit (でしょう → だろう), so the span takes all of it.
    expect(text.slice(...finding!.span)).toBe("営業部の仕事でしょう");
    expect(finding?.text).toBe("営業部の仕事でしょう");
    expect(text.slice(...finding!.replaceSpan)).toBe("それは営業部の仕事でしょう");
  });

  it("names the shared objective and the department in the suggestion", () => {
    const [finding] = analyze("それは営業部の仕事でしょう", { lang: "ja", objective: OBJECTIVE });
    expect(finding?.suggestion).toContain(`「${OBJECTIVE}」`);
    expect(finding?.suggestion).toContain("営業部");
    const [en] = analyze("That's Sales' job.", { lang: "en", objective: "Grow the CRM business" });
    expect(en?.suggestion).toBe("What can Sales and we do together for “Grow the CRM business”?");
  });

  it("falls back to 'the shared objective' when none is given", () => {
    const [finding] = analyze("That's not our job.", { lang: "en" });
    expect(finding?.suggestion).toContain("our shared objective");
  });

  it("explains in the UI language but suggests in the text's language", () => {
    const [finding] = analyze("それは営業部の仕事でしょう", { lang: "en" });
    expect(finding?.explanation).toMatch(/role boundaries/);
    expect(finding?.suggestion).toMatch(/一緒に/);
  });

  it("handles mixed languages in one text, in order", () => {
    const text = "That's not our job. それは経理部の仕事でしょう。We only do backend.";
    expect(analyze(text).map((f) => f.ruleId)).toEqual(["en-not-our-job", "ja-others-job", "en-we-only-do"]);
  });

  it("replaces the sentence of a finding when a suggestion is used", () => {
    const text = "ありがとうございます。それは営業部の仕事でしょう。来週また話しましょう。";
    const [finding] = analyze(text, { objective: OBJECTIVE });
    const next = applySuggestion(text, finding!);
    expect(next.startsWith("ありがとうございます。")).toBe(true);
    expect(next.endsWith("。来週また話しましょう。")).toBe(true);
    expect(next).toContain(OBJECTIVE);
    expect(analyze(next)).toEqual([]);
  });

  it("scores wording: 100 without findings, lower for each", () => {
    expect(wordingScore([])).toBe(100);
    expect(wordingScore(analyze("That's not our job."))).toBe(75);
    expect(wordingScore(analyze("That's not our job. That's Sales' job. We're too busy. Stay in your lane. Not my problem."))).toBe(0);
  });
});
