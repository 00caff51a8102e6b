import type { CoachRule } from "../coach-types";
import { ja } from "../rule-pattern";

/** 「うちの領域に口を出さないでほしい」: guarding turf instead of inviting help. */
export const jaTurfGuarding: CoachRule = {
  id: "ja-turf-guarding",
  langs: ["ja"],
  severity: "warning",
  patterns: [ja("(?:口を出さ|口出し(?:しない|するな|は無用)|首を突っ込ま|関わりたくない|余計な(?:こと|口出し)(?:を)?しないで)")],
  explanation: {
    ja: "縄張りを守る言い方は、助けの申し出まで遠ざけます。目的のために、他部署の視点を取り入れる方法を考えましょう。",
    en: "Guarding turf keeps away offers of help as well. Look for ways the other department's view can serve the objective.",
  },
  suggestion: {
    ja: "{objective}のために、{department}の視点も活かせる進め方を一緒に決めましょう。",
    en: "Let's agree on a way of working that uses {department}'s view for {objective}.",
  },
};
