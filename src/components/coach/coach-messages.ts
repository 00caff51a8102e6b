// The coach's UI strings (ja, en), kept with the coach components so they ship together.
import type { Lang } from "../../core/api/contract";

const MESSAGES = {
  ja: {
    region: "目的コーチのヒント",
    hint: "目的から話すと、協力が生まれやすくなります",
    why: "なぜ？",
    hideWhy: "閉じる",
    use: "提案を使う",
    suggestion: "言い換えの例：",
    score: "目的ファースト {score}",
    scoreTitle: "目的ファースト・スコア（0〜100）：共通の目的から始まり、各部署ができることを書き、コミットメントが目的につながっているほど高くなります。",
    scoreNone: "目的ファースト —",
    column: "目的ファースト",
  },
  en: {
    region: "Purpose coach hints",
    hint: "Starting from the objective makes cooperation easier",
    why: "Why?",
    hideWhy: "Hide",
    use: "Use suggestion",
    suggestion: "Try instead:",
    score: "Purpose-first {score}",
    scoreTitle: "Purpose-first score (0–100): higher when the meeting starts from the shared objective, every department says what it can do, and commitments serve the objective.",
    scoreNone: "Purpose-first —",
    column: "Purpose-first",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type CoachMessageKey = keyof (typeof MESSAGES)["ja"];

export function coachText(lang: Lang, key: CoachMessageKey, score?: number): string {
  const text: string = MESSAGES[lang][key];
  return score === undefined ? text : text.replace("{score}", String(score));
}
