// The words of the agenda block, ja and en. The section order and headings follow DESIGN.md §7:
// the shared objective comes first, each department's mission only in the appendix.
import type { CommitmentStatus } from "../api/contract";
import type { Lang } from "../api/primitives";

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
  /**
   * Carry-forward: the open commitments of earlier meetings on the objective, the first part of
   * section 4. "{count}" is how many are open, "{overdue}" how many of them are past due.
   */
  carriedHeading: string;
  carriedHeadingOverdue: string;
  carriedMeetingColumn: string;
  /** Marks a carried item whose due date has passed. */
  carriedOverdueLabel: string;
  /** Plain text: "{date}" is a carried item's due date. */
  carriedDue: string;
  /** Plain text: "{meeting}" is the earlier meeting, its subject and date. */
  carriedFrom: string;
  /** "{count}" is replaced by how many more are not listed. */
  carriedMore: string;
  /** Above this meeting's own commitments, shown only when carried-forward items precede them. */
  commitmentsOwnHeading: string;
  /** Section 2's list of the requests between departments still open (shown only when there are). */
  requestsHeading: string;
  /** "{date}": when the asking department needs it. */
  requestNeededBy: string;
  /** Before the asked department's counter-offer. */
  requestCounterLabel: string;
  /** "{department}": whose answer the request waits for. */
  requestWaitingFor: string;
  /** "{meeting}": the earlier meeting a still-waiting request comes from. */
  requestCarriedFrom: string;
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
    appendixHeading: "付録：各部門のミッション",
    missionEmpty: "（ミッション未登録）",
    appendixEmpty: "（部門なし）",
    liveLinkLabel: "ライブアジェンダを開く",
    carriedHeading: "前回からの持ち越し {count}件",
    carriedHeadingOverdue: "前回からの持ち越し {count}件（期限切れ {overdue}）",
    carriedMeetingColumn: "どの会議で",
    carriedOverdueLabel: "期限切れ",
    carriedDue: "期限 {date}",
    carriedFrom: "{meeting}より",
    carriedMore: "ほか {count} 件は、ライブアジェンダで確認できます",
    commitmentsOwnHeading: "この会議のコミットメント",
    requestsHeading: "お互いへのお願い",
    requestNeededBy: "{date}までに",
    requestCounterLabel: "代案",
    requestWaitingFor: "{department}の回答待ち",
    requestCarriedFrom: "「{meeting}」から持ち越し",
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
    carriedHeading: "Carried over from earlier meetings: {count}",
    carriedHeadingOverdue: "Carried over from earlier meetings: {count} ({overdue} overdue)",
    carriedMeetingColumn: "From meeting",
    carriedOverdueLabel: "overdue",
    carriedDue: "due {date}",
    carriedFrom: "from {meeting}",
    carriedMore: "{count} more in the live agenda",
    commitmentsOwnHeading: "This meeting's commitments",
    requestsHeading: "What we ask of each other",
    requestNeededBy: "needed by {date}",
    requestCounterLabel: "Counter-offer",
    requestWaitingFor: "waiting for {department}",
    requestCarriedFrom: "carried over from \"{meeting}\"",
  },
});

/** How many carried-forward commitments are open, and how many of them are past due. */
export interface CarriedCount {
  total: number;
  overdue: number;
  /** True when more may be overdue than counted (only part of the list was sent). */
  overdueAtLeast?: boolean;
}

/**
 * The heading of the carry-forward part, e.g. 「前回からの持ち越し 4件（期限切れ 1）」 or
 * "Carried over from earlier meetings: 4 (1 overdue)". The body and the Teams tab both use it.
 */
export function carriedHeadingText(lang: Lang, count: CarriedCount): string {
  const s = AGENDA_STRINGS[lang];
  const overdue = `${count.overdue}${count.overdueAtLeast ? "+" : ""}`;
  return (count.overdue > 0 ? s.carriedHeadingOverdue : s.carriedHeading)
    .replace("{count}", String(count.total))
    .replace("{overdue}", overdue);
}

/** The words every carry-forward heading starts with (either language), to recognise one in a body. */
export const CARRIED_HEADING_PREFIXES: readonly string[] = Object.values(AGENDA_STRINGS).map((s) =>
  s.carriedHeading.slice(0, s.carriedHeading.indexOf("{count}")).replace(/[\s:：]+$/u, ""),
);
