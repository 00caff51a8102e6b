import type { CoachRule } from "../coach-types";
import { JA_WE, JA_WE_UNIT, gap, ja } from "../rule-pattern";

/** 「うちのミッションは品質保証なので」: the department's mission as a wall (missions belong in the appendix). */
export const jaMissionDefense: CoachRule = {
  id: "ja-mission-defense",
  langs: ["ja"],
  severity: "info",
  patterns: [
    ja(`${JA_WE}${JA_WE_UNIT}の(?:ミッション|役割|使命|仕事|役目)は${gap(25)}(?:だけ|のみ|であって|なので|だから)`),
    ja("(?:しか|以外は?)(?:やらない|しない|扱わない|対応しない)"),
    ja("だけ(?:やって|して)(?:いれば|れば)いい"),
  ],
  explanation: {
    ja: "部署のミッションは参考として付録にあります。会議では、ミッションの境界ではなく、共通の目的に対して何ができるかを話しましょう。",
    en: "Department missions are in the appendix for reference. In the meeting, talk about what you can do for the shared objective rather than about your mission's borders.",
  },
  suggestion: {
    ja: "私たちの強みを活かして、{objective}のためにできることを考えます。",
    en: "Using what our team is good at, here is what we can do for {objective}.",
  },
};
