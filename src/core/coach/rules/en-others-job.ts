import type { CoachRule } from "../coach-types";
import { EN_NOT_OTHERS, EN_POSSESSIVE, EN_ROLE_NOUN, EN_WORD, en } from "../rule-pattern";

/** "That's Sales' job", "Building the CRM is Planning's job": the topic pushed onto another role. */
export const enOthersJob: CoachRule = {
  id: "en-others-job",
  langs: ["en"],
  severity: "warning",
  patterns: [
    en(
      `\\b(?:that|this|it|which)(?:'s|\\s{1,3}is|\\s{1,3}was|\\s{1,3}sounds\\s{1,3}like|\\s{1,3}seems\\s{1,3}like)\\s{1,3}(?:(?:really|clearly|obviously|honestly|just|totally)\\s{1,3})?(?:the\\s{1,3})?${EN_NOT_OTHERS}(?<dept>${EN_WORD}(?:\\s{1,3}${EN_WORD})?(?:\\s{1,3}${EN_WORD})?)${EN_POSSESSIVE}\\s{1,3}${EN_ROLE_NOUN}\\b`,
    ),
    en(`\\b(?:is|are)\\s{1,3}(?:the\\s{1,3})?${EN_NOT_OTHERS}(?<dept>${EN_WORD}(?:\\s{1,3}${EN_WORD})?)${EN_POSSESSIVE}\\s{1,3}(?:job|responsibility|problem|call|remit|headache)\\b`),
  ],
  explanation: {
    ja: "役割の線引きから話すと、相手は自分の部署を守る側に回り、協力が止まります。共通の目的から話すと、どちらも「自分たちに何ができるか」を考え始めます。",
    en: "Drawing role boundaries puts the other department on the defensive and stalls cooperation. Starting from the shared objective makes both sides ask what they can do.",
  },
  suggestion: {
    ja: "{objective}のために、{department}と私たちで何ができるか、一緒に考えませんか。",
    en: "What can {department} and we do together for {objective}?",
  },
};
