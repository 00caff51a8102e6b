// What the event-based nudges say, ja and en. Outlook caps these: an InsightMessage's text at 150
// characters and its action text at 30; a Smart Alert's cancel label at 20 (its message at 500).
import type { Lang } from "../api/primitives";

export interface EventStrings {
  insight(departments: number): string;
  /** The departments are unknown (no sign-in in this Outlook, or the directory did not answer). */
  insightUnknownDepartments(attendees: number): string;
  insightAction: string;
  sendBlocked(departments: number): string;
  openPane: string;
}

export const EVENT_STRINGS: Readonly<Record<Lang, EventStrings>> = Object.freeze({
  ja: {
    insight: (n: number) => `この会議は ${n} 部門にまたがっています — 共通の目的から始めましょう`,
    insightUnknownDepartments: (n: number) => `参加者 ${n} 人の会議にまだ共通の目的がありません — 複数の部門が集まるなら、共通の目的から始めましょう`,
    insightAction: "Common Purpose を開く",
    sendBlocked: (n: number) =>
      `この会議は ${n} 部門にまたがっていますが、共通の目的がまだありません。Common Purpose を開いて共通の目的からアジェンダを作るか、このまま送信してください。`,
    openPane: "Common Purpose を開く",
  },
  en: {
    insight: (n: number) => `This meeting spans ${n} departments — start from the shared objective`,
    insightUnknownDepartments: (n: number) => `${n} attendees and no shared objective yet — if departments meet, start from the objective you share`,
    insightAction: "Open Common Purpose",
    sendBlocked: (n: number) =>
      `This meeting spans ${n} departments but has no shared objective yet. Open Common Purpose to start the agenda from the objective you share, or send it anyway.`,
    openPane: "Open Common Purpose",
  },
});
