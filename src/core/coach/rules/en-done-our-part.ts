import type { CoachRule } from "../coach-types";
import { en } from "../rule-pattern";

/** "We've done our part": finishing one's own part instead of the objective. */
export const enDoneOurPart: CoachRule = {
  id: "en-done-our-part",
  langs: ["en"],
  severity: "info",
  patterns: [en("\\bwe(?:'ve|\\s{1,3}have)?\\s{1,3}(?:already\\s{1,3})?(?:done|did)\\s{1,3}our\\s{1,3}(?:part|bit|share)\\b")],
  explanation: {
    ja: "自分の持ち分が終わっても、目的はまだ達成されていません。残りを相手任せにせず、次に一緒にできることを話しましょう。",
    en: "Finishing your own part does not reach the objective yet. Rather than leaving the rest to others, talk about what you can do next together.",
  },
  suggestion: {
    ja: "私たちの分は進みました。{objective}の達成に向けて、{department}と次に一緒にできることを決めましょう。",
    en: "Our part is moving. What can we do next with {department} to reach {objective}?",
  },
};
