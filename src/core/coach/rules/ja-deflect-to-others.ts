import type { CoachRule } from "../coach-types";
import { JA_DEPT, ja } from "../rule-pattern";

/** 「マーケティング部がやるべきでしょう」「営業に回してください」: handing the work elsewhere. */
export const jaDeflectToOthers: CoachRule = {
  id: "ja-deflect-to-others",
  langs: ["ja"],
  severity: "warning",
  patterns: [
    ja(`(?<=${JA_DEPT})(?:が|で)(?:やる|考える|対応する|決める|巻き取る|動く|処理する|持つ)(?:べき|こと(?:じゃない|だ|だろ))`),
    ja(`(?<=${JA_DEPT})(?:が|で)(?:やれば|考えれば|対応すれば|決めれば|動けば)いい`),
    ja(`(?<=${JA_DEPT})(?:に|へ)(?:回して|振って|投げて|丸投げ|言って|聞いて)(?!み)`),
  ],
  explanation: {
    ja: "仕事を他部署へ渡す言い方は、目的を「向こうの問題」にしてしまいます。誰がやるかの前に、一緒に何ができるかを話しましょう。",
    en: "Handing the work to another department turns the objective into \"their problem\". Before deciding who does it, talk about what you can do together.",
  },
  suggestion: {
    ja: "{objective}のために、{department}と一緒に進め方を考えましょう。私たちにできることもあります。",
    en: "Let's work out with {department} how to move {objective} forward — there is a part we can take on too.",
  },
};
