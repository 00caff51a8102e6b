// Every rule in a positive and a negative case, run through the rule alone (so a pass cannot come
// from another rule) and through the whole coach.
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/coach/analyze";
import { COACH_RULES } from "../../../src/core/coach/rule-list";

const CASES: Record<string, { positive: string[]; negative: string[] }> = {
  "ja-others-job": {
    positive: ["それは営業部の仕事でしょう", "その件は経理の管轄ですよね", "それって開発チームの担当じゃないですか"],
    negative: ["開発部の担当は山田さんです", "営業部の仕事として、新規開拓を進めています"],
  },
  "ja-not-our-job": {
    positive: ["それは担当外です", "うちの仕事ではありません", "私たちには関係ありません", "うちは知りません"],
    negative: ["この機能は今回のリリースの対象外です", "私たちの担当として、テストを引き受けます"],
  },
  "ja-deflect-to-others": {
    positive: ["それは企画部がやるべきでしょう", "人事部が考えればいいんですよ", "その作業は開発に回してください"],
    negative: ["企画部がAIに取り組めるよう、研修を用意します", "開発部に聞いてみます"],
  },
  "ja-capacity-excuse": {
    positive: ["うちは5人しかいないから無理ですよ", "人が足りないので対応できません", "忙しいので、とても無理です"],
    negative: ["うちは5人しかいませんが、すぐに動けます", "少人数なので、できる範囲を一緒に決めましょう"],
  },
  "ja-flat-refusal": {
    positive: ["うちでは対応しかねます", "こちらでは無理です", "うちの部ではそういう対応はしていません"],
    negative: ["うちの部では何ができるか考えてみます", "こちらでは来週から対応を始めます"],
  },
  "ja-mission-defense": {
    positive: ["うちのミッションは品質保証なので、そこまではやりません", "我々は開発しかやらない", "設計だけやっていればいい"],
    negative: ["付録：営業部のミッションは大手企業との関係構築です", "企画部の役割は、事業のアイデアを形にすることです"],
  },
  "ja-turf-guarding": {
    positive: ["うちの領域に口を出さないでほしい", "正直、関わりたくないです"],
    negative: ["口頭で説明します", "関わる部署を一覧にしました"],
  },
  "ja-done-our-part": {
    positive: ["うちはやることはやったので", "あとは営業次第です"],
    negative: ["あとは一緒に考えましょう", "次はやることを一覧にします"],
  },
  "en-others-job": {
    positive: ["That's Sales' job.", "Building the CRM is Planning's job.", "It's the product team's call."],
    negative: ["It's everyone's job to make this work.", "That's Anna's laptop on the desk."],
  },
  "en-not-our-job": {
    positive: ["That's not our job.", "This is outside our remit.", "Why should we do that?", "That's on them.", "We're only responsible for the backend."],
    negative: ["This feature is out of scope for this release.", "Our job is to help Sales win."],
  },
  "en-deflect-to-others": {
    positive: ["Sales should handle that.", "Let Engineering deal with it.", "Leave it to Operations.", "That's for Legal to decide.", "The rest is up to Marketing."],
    negative: ["We should handle this together.", "Leave it to me.", "The vendor should deliver the hardware by May."],
  },
  "en-capacity-excuse": {
    positive: ["We don't have the bandwidth for that.", "We only have five people, so no way.", "We're too busy.", "We can't take that on."],
    negative: ["We only have five people, but we can review the designs.", "We don't have the data yet."],
  },
  "en-we-only-do": {
    positive: ["We only do infrastructure.", "We don't do that here.", "That's not what we do.", "Our mission is strictly compliance."],
    negative: ["We just shipped version 2.3.", "We only have two slots left this week."],
  },
  "en-turf-guarding": {
    positive: ["Stay in your lane.", "Stay out of our area, please.", "That's not your call."],
    negative: ["Stay in touch!", "Keep your notes in the shared folder."],
  },
  "en-done-our-part": {
    positive: ["We've done our part.", "We did our bit already."],
    negative: ["We've done the first part of the migration.", "Our part is ready; what can we do next together?"],
  },
};

describe("coach rules", () => {
  it("has a case table for exactly the registered rules", () => {
    expect(Object.keys(CASES).sort()).toEqual(COACH_RULES.map((r) => r.id).sort());
  });

  for (const rule of COACH_RULES) {
    describe(rule.id, () => {
      const cases = CASES[rule.id] ?? { positive: [], negative: [] };
      it.each(cases.positive)("flags %s", (text) => {
        const own = analyze(text, { lang: "en" }, undefined, [rule]);
        expect(own.map((f) => f.ruleId)).toContain(rule.id);
        expect(analyze(text).some((f) => f.ruleId === rule.id)).toBe(true);
      });
      it.each(cases.negative)("leaves %s alone", (text) => {
        expect(analyze(text, { lang: "en" }, undefined, [rule])).toEqual([]);
      });
      it("is data: languages, severity, explanation and a suggestion naming the objective", () => {
        expect(rule.langs.length).toBeGreaterThan(0);
        expect(["info", "warning"]).toContain(rule.severity);
        expect(rule.explanation.ja).not.toBe("");
        expect(rule.explanation.en).not.toBe("");
        expect(rule.suggestion.ja).toContain("{objective}");
        expect(rule.suggestion.en).toContain("{objective}");
      });
    });
  }
});
