import type { CoachRule } from "../coach-types";
import { en } from "../rule-pattern";

/** "We only do infrastructure", "that's not what we do": the mission as a wall. */
export const enWeOnlyDo: CoachRule = {
  id: "en-we-only-do",
  langs: ["en"],
  severity: "info",
  patterns: [
    en("\\bwe\\s{1,3}(?:only|just|strictly)\\s{1,3}(?:do|handle|build|sell|cover|support|own|deal\\s{1,3}with|work\\s{1,3}on|look\\s{1,3}after|care\\s{1,3}about)\\b"),
    en("\\bwe\\s{1,3}(?:don't|do\\s{1,3}not|never)\\s{1,3}(?:do|handle|touch|cover|own|support|deal\\s{1,3}with)\\s{1,3}(?:that|this|those|these|it)\\b"),
    en("\\b(?:that's|that\\s{1,3}is|this\\s{1,3}is|it's)\\s{1,3}not\\s{1,3}what\\s{1,3}(?:we|i)\\s{1,3}(?:do|are\\s{1,3}here\\s{1,3}for|are\\s{1,3}paid\\s{1,3}for|signed\\s{1,3}up\\s{1,3}for)\\b"),
    en("\\bour\\s{1,3}(?:mission|mandate|job|role|remit|focus)\\s{1,3}is\\s{1,3}(?:only|just|strictly|purely|solely)\\b"),
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
