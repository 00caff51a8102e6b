import type { CoachRule } from "../coach-types";
import { en, gap } from "../rule-pattern";

/** "We only have five people, so there's no way", "we don't have the bandwidth". */
export const enCapacityExcuse: CoachRule = {
  id: "en-capacity-excuse",
  langs: ["en"],
  severity: "warning",
  patterns: [
    en("\\b(?:we|i|my\\s{1,3}team|our\\s{1,3}team|they)\\s{1,3}(?:don't|do\\s{1,3}not|doesn't|does\\s{1,3}not|simply\\s{1,3}don't)\\s{1,3}have\\s{1,3}(?:(?:the|enough|any)\\s{1,3})?(?:bandwidth|capacity|resources|time|headcount|people|budget)\\b"),
    en(`\\bonly\\s{1,3}(?:have\\s{1,3})?(?:[\\p{L}\\p{N}-]{1,20}\\s{1,3})?(?:people|engineers|staff|heads|developers|of\\s{1,3}us)\\b${gap(40)}\\b(?:no\\s{1,3}way|can't|cannot|impossible|not\\s{1,3}possible|won't|couldn't)`),
    en("\\b(?:we're|we\\s{1,3}are|i'm|i\\s{1,3}am|we've\\s{1,3}been)\\s{1,3}(?:(?:way|far|just|simply)\\s{1,3})?too\\s{1,3}(?:busy|stretched|swamped|small|thin)\\b"),
    en("\\b(?:(?:can't|cannot|won't)\\s{1,3}take\\s{1,3}(?:that|this|it)\\s{1,3}on|no\\s{1,3}way\\s{1,3}(?:we|i)\\s{1,3}can)\\b"),
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
