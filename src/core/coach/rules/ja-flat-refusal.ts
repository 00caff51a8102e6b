import type { CoachRule } from "../coach-types";
import { JA_WE, JA_WE_UNIT, gap, ja } from "../rule-pattern";

/** 「うちでは対応しかねます」「うちでは無理です」: a refusal in the name of the department. */
export const jaFlatRefusal: CoachRule = {
  id: "ja-flat-refusal",
  langs: ["ja"],
  severity: "warning",
  patterns: [
    ja(`${JA_WE}${JA_WE_UNIT}(?:は|では|には|じゃ|から)${gap(8)}(?:無理|やらない|やれない|対応しない|しかね|何も言えない|してい(?:ない|なかった))`),
  ],
  explanation: {
    ja: "部署の名前で断ると、相手には「目的より部署が大事」と聞こえます。できない理由と一緒に、目的のためにできることを添えると、話が前に進みます。",
    en: "Refusing in the department's name sounds like the department matters more than the objective. Pair the reason with something you can do for it.",
  },
  suggestion: {
    ja: "そのままでは難しいですが、{objective}のために私たちにできることを考えてみます。",
    en: "That exact request is hard for us, but let us look at what we can do for {objective}.",
  },
};
