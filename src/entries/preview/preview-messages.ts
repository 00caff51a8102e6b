// Words of the simulated compose window's body-format switch, ja and en (kept with the preview).
import type { Lang } from "../../core/api/primitives";

export const PREVIEW_FORMAT_TEXT: Readonly<Record<Lang, { label: string; html: string; text: string; hint: string }>> = {
  ja: { label: "本文の形式", html: "HTML", text: "テキスト", hint: "切り替えると新しい会議として作り直します。" },
  en: { label: "Body format", html: "HTML", text: "Plain text", hint: "Switching starts a new meeting." },
};
