// The coach's UI strings (ja, en), kept with the coach components so they ship together.
import type { Lang } from "../../core/api/primitives";

const MESSAGES = {
  ja: {
    region: "目的コーチのヒント",
    hint: "目的から話すと、協力が生まれやすくなります",
    why: "なぜ？",
    hideWhy: "閉じる",
    use: "提案を使う",
    suggestion: "言い換えの例：",
    score: "目的ファースト {score}",
    scoreTitle: "目的ファースト・スコア（0〜100）：共通の目的から始まり、各部門ができることを書き、コミットメントが目的につながっているほど高くなります。",
    scoreNone: "目的ファースト —",
    column: "目的ファースト",
    "kind.scope": "担当範囲の線引き",
    "kind.capacity": "余力を理由にした断り",
    "kind.experience": "経験のなさを理由にした断り",
    "kind.mission": "ミッションを壁にしている",
    "kind.turf": "縄張りを守る言い方",
    "kind.blame": "相手のせいにしている",
    "kind.rules": "規定・KPIを盾にしている",
    "kind.conditional": "条件付きの断り",
    "kind.deflection": "他部署への押し付け",
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
    "kind.scope": "Drawing the line at our scope",
    "kind.capacity": "Capacity as the reason to say no",
    "kind.experience": "No experience as the reason to say no",
    "kind.mission": "Our mission as a wall",
    "kind.turf": "Guarding turf",
    "kind.blame": "Blaming another department",
    "kind.rules": "Rules or KPIs as a shield",
    "kind.conditional": "A refusal waiting for a condition",
    "kind.deflection": "Pushing the work onto others",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type CoachMessageKey = keyof (typeof MESSAGES)["ja"];

export function coachText(lang: Lang, key: CoachMessageKey, score?: number): string {
  const text: string = MESSAGES[lang][key];
  return score === undefined ? text : text.replace("{score}", String(score));
}
