import type { CoachRule } from "../coach-types";
import { gap, ja } from "../rule-pattern";

/** 「うちは5人しかいないから無理ですよ」: the team's limits as the reason to stop talking. */
export const jaCapacityExcuse: CoachRule = {
  id: "ja-capacity-excuse",
  langs: ["ja"],
  severity: "warning",
  patterns: [
    ja(
      `(?:しか(?:いない|ない|おらず)|足りない|足りず|不足して|余裕(?:が|は)ない|手が回らない|忙しい|人手不足|少人数)${gap(15)}(?:無理|できない|厳しい|不可能|難しい|しかね)`,
    ),
  ],
  explanation: {
    ja: "人数や余裕の不足は大切な事実ですが、「無理」で終わると相談が止まります。制約を共有したうえで、目的のためにできる範囲を一緒に決めましょう。",
    en: "Limited people or time is a real constraint, but ending with \"impossible\" stops the conversation. Share the constraint and agree together on what you can do for the objective.",
  },
  suggestion: {
    ja: "私たちは人数が限られていますが、{objective}のためにできる範囲を一緒に決めさせてください。",
    en: "We have limited people, but let's agree together on the part we can take on for {objective}.",
  },
};
