import type { CoachRule } from "../coach-types";
import { JA_DEPT, JA_ROLE_NOUN, ja } from "../rule-pattern";

/** 「それは営業部の仕事でしょう」: pushing the topic onto another department's role. */
export const jaOthersJob: CoachRule = {
  id: "ja-others-job",
  langs: ["ja"],
  severity: "warning",
  patterns: [ja(`(?<=${JA_DEPT})の${JA_ROLE_NOUN}(?:だ|じゃない|だろ|であって|なんじゃ|なのでは|なんだ|なの(?:で|では)?)`)],
  explanation: {
    ja: "役割の線引きから話すと、相手は自分の部署を守る側に回り、協力が止まります。共通の目的から話すと、どちらも「自分たちに何ができるか」を考え始めます。",
    en: "Drawing role boundaries puts the other department on the defensive and stalls cooperation. Starting from the shared objective makes both sides ask what they can do.",
  },
  suggestion: {
    ja: "{objective}のために、{department}と私たちで何ができるか、一緒に考えませんか。",
    en: "What can {department} and we do together for {objective}?",
  },
};
