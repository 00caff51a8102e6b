// The words of the agenda block, ja and en. The section order and headings follow DESIGN.md §7:
// the shared objective comes first, each department's mission only in the appendix.
import type { CommitmentStatus, Lang } from "../api/contract";

export interface AgendaStrings {
  objectiveHeading: string;
  desiredOutcomeLabel: string;
  desiredOutcomeEmpty: string;
  contributionsHeading: string;
  /** The empty slot of a department nobody has written for yet. */
  contributionsEmptySlot: string;
  /** The one slot shown when the agenda has no departments yet. */
  contributionsNoDepartments: string;
  /** Who wrote a department's slot the organizer proposed and nobody of it confirmed yet ("{name}"). */
  proposedBy: string;
  obstaclesHeading: string;
  obstaclesEmptySlot: string;
  commitmentsHeading: string;
  commitmentColumns: { who: string; what: string; due: string; serves: string };
  commitmentsEmptySlot: string;
  /** Only closed statuses are shown; an open commitment needs no label. */
  statusLabels: Record<Exclude<CommitmentStatus, "open">, string>;
  helpsLabel: string;
  appendixHeading: string;
  missionEmpty: string;
  appendixEmpty: string;
  liveLinkLabel: string;
  /** Carry-forward: open commitments of earlier meetings on the objective, above section 1 (unnumbered). */
  carriedHeading: string;
  carriedMeetingColumn: string;
  /** "{count}" is replaced by how many more are not listed. */
  carriedMore: string;
}

export const AGENDA_STRINGS: Readonly<Record<Lang, AgendaStrings>> = Object.freeze({
  ja: {
    objectiveHeading: "共通の目的",
    desiredOutcomeLabel: "この会議で決めること",
    desiredOutcomeEmpty: "（会議の前に記入してください）",
    contributionsHeading: "目的のために、それぞれ何ができるか",
    contributionsEmptySlot: "（この部門の参加者が、目的のためにできることを記入してください）",
    contributionsNoDepartments: "（各部門の参加者が、目的のためにできることを記入してください）",
    proposedBy: "提案：{name}（主催者）",
    obstaclesHeading: "一緒に解決すること",
    obstaclesEmptySlot: "（目的の達成を妨げていることを記入してください）",
    commitmentsHeading: "フォローアップのコミットメント",
    commitmentColumns: { who: "誰が", what: "何を", due: "いつまでに", serves: "目的にどう役立つか" },
    commitmentsEmptySlot: "（会議の中で記入してください）",
    statusLabels: { done: "完了", dropped: "取り下げ" },
    helpsLabel: "支援先",
    appendixHeading: "付録: 各部門のミッション",
    missionEmpty: "（ミッション未登録）",
    appendixEmpty: "（部門なし）",
    liveLinkLabel: "ライブアジェンダを開く",
    carriedHeading: "前回からの持ち越し（同じ目的の以前の会議で、まだ完了していないコミットメント）",
    carriedMeetingColumn: "どの会議で",
    carriedMore: "ほか {count} 件は、ライブアジェンダで確認できます",
  },
  en: {
    objectiveHeading: "Shared objective",
    desiredOutcomeLabel: "What this meeting should decide",
    desiredOutcomeEmpty: "(to be filled in before the meeting)",
    contributionsHeading: "What can each of us do for it?",
    contributionsEmptySlot: "(attendees from this department: add what you can do for the objective)",
    contributionsNoDepartments: "(each department: add what you can do for the objective)",
    proposedBy: "Proposed by {name} (organizer)",
    obstaclesHeading: "Obstacles we solve together",
    obstaclesEmptySlot: "(add what stands in the way of the objective)",
    commitmentsHeading: "Follow-up commitments",
    commitmentColumns: {
      who: "Who",
      what: "What",
      due: "By when",
      serves: "How it serves the objective",
    },
    commitmentsEmptySlot: "(to be recorded during the meeting)",
    statusLabels: { done: "Done", dropped: "Dropped" },
    helpsLabel: "Helps",
    appendixHeading: "Appendix: department missions (for reference)",
    missionEmpty: "(no mission recorded)",
    appendixEmpty: "(no departments)",
    liveLinkLabel: "Open the live agenda",
    carriedHeading: "Carried forward from earlier meetings (open commitments on this objective)",
    carriedMeetingColumn: "From meeting",
    carriedMore: "{count} more in the live agenda",
  },
});
