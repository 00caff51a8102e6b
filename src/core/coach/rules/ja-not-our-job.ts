import type { CoachRule } from "../coach-types";
import { JA_ROLE_NOUN, JA_WE, JA_WE_UNIT, ja } from "../rule-pattern";

/** 「担当外です」「うちの仕事ではありません」: declining by scope instead of by the objective. */
export const jaNotOurJob: CoachRule = {
  id: "ja-not-our-job",
  langs: ["ja"],
  severity: "warning",
  patterns: [
    ja("(?:担当外|管轄外|所管外|専門外|守備範囲外|畑違い|(?:管轄|担当|所管)が違)"),
    ja(`${JA_WE}${JA_WE_UNIT}の${JA_ROLE_NOUN}じゃない`),
    ja(`${JA_WE}${JA_WE_UNIT}(?:に|には|とは|は)(?:全く|まったく|一切)?関係(?:ない|のない)`),
    ja(`${JA_WE}${JA_WE_UNIT}(?:は|では)知らない`),
  ],
  explanation: {
    ja: "「担当外」で話を閉じると、目的に近づく手がかりも一緒に閉じてしまいます。担当でなくても、目的のためにできる小さなことはあるはずです。",
    en: "Closing a topic as \"not our scope\" also closes a path to the objective. Even outside your role there is usually something small you can do for it.",
  },
  suggestion: {
    ja: "私たちの担当ではありませんが、{objective}のために何か手伝えることはありますか。",
    en: "It isn't our usual area, but how could we help with {objective}?",
  },
};
