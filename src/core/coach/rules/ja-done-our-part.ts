import type { CoachRule } from "../coach-types";
import { gap, ja } from "../rule-pattern";

/** 「うちはやることはやったので、あとは営業次第です」: finishing one's part instead of the objective. */
export const jaDoneOurPart: CoachRule = {
  id: "ja-done-our-part",
  langs: ["ja"],
  severity: "info",
  patterns: [ja(`(?:やることは(?:やった|やってい)|(?:あとは|後は)${gap(12)}(?:次第|の問題|に任せ|がやれば))`)],
  explanation: {
    ja: "自分の持ち分が終わっても、目的はまだ達成されていません。残りを相手任せにせず、次に一緒にできることを話しましょう。",
    en: "Finishing your own part does not reach the objective yet. Rather than leaving the rest to others, talk about what you can do next together.",
  },
  suggestion: {
    ja: "私たちの分は進みました。{objective}の達成に向けて、{department}と次に一緒にできることを決めましょう。",
    en: "Our part is moving. What can we do next with {department} to reach {objective}?",
  },
};
