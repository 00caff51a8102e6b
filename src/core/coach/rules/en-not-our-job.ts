import type { CoachRule } from "../coach-types";
import { en } from "../rule-pattern";

const OURS = "(?:our|my|the\\s{1,3}team's|our\\s{1,3}team's|my\\s{1,3}team's|our\\s{1,3}department's|this\\s{1,3}team's|this\\s{1,3}department's)";

/** "That's not our job", "outside our remit", "why should we?": declining by scope. */
export const enNotOurJob: CoachRule = {
  id: "en-not-our-job",
  langs: ["en"],
  severity: "warning",
  patterns: [
    en(`\\b(?:not|isn't|aren't|wasn't)\\s{1,3}(?:(?:really|exactly|strictly)\\s{1,3})?${OURS}\\s{1,3}(?:job|problem|responsibility|remit|area|call|concern|department|business|role|scope|wheelhouse|issue|headache|thing)\\b`),
    en(`\\b(?:outside|beyond|out\\s{1,3}of|not\\s{1,3}(?:in|within))\\s{1,3}(?:of\\s{1,3})?${OURS}\\s{1,3}(?:remit|scope|responsibilit(?:y|ies)|mandate|area|lane|job\\s{1,3}description|wheelhouse|department|expertise)\\b`),
    en("\\b(?:above\\s{1,3}my\\s{1,3}pay\\s{1,3}grade|none\\s{1,3}of\\s{1,3}(?:our|my)\\s{1,3}business|why\\s{1,3}should\\s{1,3}(?:we|i)\\b)"),
    en("\\b(?:that's|that\\s{1,3}is|it's|it\\s{1,3}is)\\s{1,3}on\\s{1,3}(?:them|him|her)\\b"),
    en("\\b(?:we're|we\\s{1,3}are|i'm|i\\s{1,3}am|my\\s{1,3}team\\s{1,3}is|our\\s{1,3}team\\s{1,3}is)\\s{1,3}(?:not|only)\\s{1,3}responsible\\s{1,3}for\\b"),
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
