import type { CoachRule } from "../coach-types";
import { en } from "../rule-pattern";

/** "Stay in your lane", "stay out of our area": guarding turf instead of inviting help. */
export const enTurfGuarding: CoachRule = {
  id: "en-turf-guarding",
  langs: ["en"],
  severity: "warning",
  patterns: [
    en("\\b(?:stay\\s{1,3}in\\s{1,3}your\\s{1,3}(?:own\\s{1,3})?lane|(?:stay|keep)\\s{1,3}out\\s{1,3}of\\s{1,3}(?:our|my)\\b|not\\s{1,3}your\\s{1,3}(?:call|business|place|concern)\\b|mind\\s{1,3}your\\s{1,3}own\\b|our\\s{1,3}turf\\b)"),
  ],
  explanation: {
    ja: "縄張りを守る言い方は、助けの申し出まで遠ざけます。目的のために、他部署の視点を取り入れる方法を考えましょう。",
    en: "Guarding turf keeps away offers of help as well. Look for ways the other department's view can serve the objective.",
  },
  suggestion: {
    ja: "{objective}のために、{department}の視点も活かせる進め方を一緒に決めましょう。",
    en: "Let's agree on a way of working that uses {department}'s view for {objective}.",
  },
};
