import type { CoachRule } from "../coach-types";
import { EN_NOT_OTHERS, EN_WORD, en } from "../rule-pattern";

const DO_IT = "(?:handle|own|deal\\s{1,3}with|take\\s{1,3}care\\s{1,3}of|fix|sort|figure|worry\\s{1,3}about|pick\\s{1,3}up)";

/** "Sales should handle that", "Let Engineering deal with it", "the rest is up to Sales". */
export const enDeflectToOthers: CoachRule = {
  id: "en-deflect-to-others",
  langs: ["en"],
  severity: "warning",
  patterns: [
    en(`\\b${EN_NOT_OTHERS}(?<dept>${EN_WORD}(?:\\s{1,3}(?:team|department|dept|group|folks|side|success|ops))?)\\s{1,3}(?:should|needs?\\s{1,3}to|has\\s{1,3}to|have\\s{1,3}to|must|ought\\s{1,3}to)\\s{1,3}(?:(?:really|just)\\s{1,3})?${DO_IT}\\s{1,3}(?:that|this|it)\\b`),
    en(`\\blet\\s{1,3}(?!(?:us|me)\\b)(?<dept>${EN_WORD}(?:\\s{1,3}${EN_WORD})?)\\s{1,3}(?:deal\\s{1,3}with|handle|worry\\s{1,3}about|figure\\s{1,3}out|sort\\s{1,3}out|take\\s{1,3}care\\s{1,3}of)\\s{1,3}(?:it|that|this)\\b`),
    en(`\\bleave\\s{1,3}(?:it|that|this)\\s{1,3}(?:to|for|with)\\s{1,3}(?!(?:me|us)\\b)(?<dept>${EN_WORD})`),
    en(`\\b(?:that's|that\\s{1,3}is|this\\s{1,3}is|it's|it\\s{1,3}is)\\s{1,3}(?:one\\s{1,3})?for\\s{1,3}${EN_NOT_OTHERS}(?<dept>${EN_WORD}(?:\\s{1,3}${EN_WORD})?)\\s{1,3}to\\s{1,3}(?:decide|handle|figure\\s{1,3}out|fix|sort\\s{1,3}out|worry\\s{1,3}about|solve|deal\\s{1,3}with)\\b`),
    en(`\\b(?:the\\s{1,3}rest\\s{1,3}is|it's|it\\s{1,3}is)\\s{1,3}up\\s{1,3}to\\s{1,3}${EN_NOT_OTHERS}(?<dept>${EN_WORD})`),
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
