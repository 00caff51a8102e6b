// The decisions behind Outlook's event-based activation, as pure functions: the handlers in
// src/entries/outlook-events only read the item, call these, and write what they say. They run in
// Outlook's JavaScript-only runtime, so nothing here may touch a DOM, storage or the network.
import type { Lang } from "../api/primitives";
import { departmentKey } from "../meeting/departments";
import { EVENT_STRINGS } from "./event-messages";

/** The ribbon button that opens the task pane (manifest control id), used as commandId. */
export const OPEN_PANE_COMMAND_ID = "openCommonPurposePane";

export interface MeetingSignals {
  /**
   * The attendees' (and organizer's) departments, "" for a person the directory does not know;
   * "unknown" when the directory could not be asked at all (no token, offline, error).
   */
  departments: readonly string[] | "unknown";
  /** The body already holds our agenda block. */
  bodyHasAgenda: boolean;
  /** The agenda id stored in the item's custom properties, if any. */
  agendaId: string | null;
  /** A shared objective is set for this meeting (our agenda block carries one). */
  hasObjective: boolean;
  /** Distinct attendees other than the organizer, read from the item (no token needed). */
  attendeeCount: number;
  lang: Lang;
}

/**
 * Without the directory (no token, offline) only the item itself can be read: a meeting with at least
 * this many attendees besides the organizer and no agenda gets a gentler nudge that doesn't claim to
 * know the departments. Smaller meetings stay quiet, so the nudge keeps its meaning.
 */
export const LOCAL_NUDGE_MIN_ATTENDEES = 3;

export type NudgeDecision = { kind: "none" } | { kind: "insight"; message: string; actionText: string; commandId: string };

export type SendDecision =
  | { kind: "allow" }
  | { kind: "block"; errorMessage: string; cancelLabel: string; commandId: string; sendModeOverride: "promptUser" };

/** How many distinct known departments; null when the departments are unknown. */
export function departmentCount(signals: Pick<MeetingSignals, "departments">): number | null {
  if (signals.departments === "unknown") return null;
  return new Set(signals.departments.map(departmentKey).filter((k) => k !== "")).size;
}

/**
 * appointmentOrganizerOpened / appointmentAttendeesChanged: suggest the shared-objective agenda when
 * the attendees span two or more departments and the body has no agenda yet. With the departments
 * unknown, only a larger meeting with neither an agenda block nor a saved agenda gets the gentler
 * local nudge: a wrong nudge teaches people to ignore the add-in.
 */
export function decideNudge(signals: MeetingSignals): NudgeDecision {
  if (signals.bodyHasAgenda) return { kind: "none" };
  const strings = EVENT_STRINGS[signals.lang];
  const count = departmentCount(signals);
  if (count === null) {
    if (signals.agendaId !== null || signals.attendeeCount < LOCAL_NUDGE_MIN_ATTENDEES) return { kind: "none" };
    return { kind: "insight", message: strings.insightUnknownDepartments(signals.attendeeCount), actionText: strings.insightAction, commandId: OPEN_PANE_COMMAND_ID };
  }
  if (count < 2) return { kind: "none" };
  return { kind: "insight", message: strings.insight(count), actionText: strings.insightAction, commandId: OPEN_PANE_COMMAND_ID };
}

/**
 * appointmentSending: a Smart Alert (promptUser, so "Send anyway" stays possible) when a
 * cross-department meeting has no shared objective. Anything unknown lets the meeting go: the
 * add-in must never stand between the organizer and their invitation because of its own failure.
 */
export function decideSend(signals: MeetingSignals): SendDecision {
  const count = departmentCount(signals);
  if (count === null || count < 2) return { kind: "allow" };
  if (signals.hasObjective || signals.bodyHasAgenda) return { kind: "allow" };
  const strings = EVENT_STRINGS[signals.lang];
  return {
    kind: "block",
    errorMessage: strings.sendBlocked(count),
    cancelLabel: strings.openPane,
    commandId: OPEN_PANE_COMMAND_ID,
    sendModeOverride: "promptUser",
  };
}

export type EventKind = "opened" | "attendeesChanged" | "sending";

/** One entry point for all three events. */
export function decide(event: "opened" | "attendeesChanged", signals: MeetingSignals): NudgeDecision;
export function decide(event: "sending", signals: MeetingSignals): SendDecision;
export function decide(event: EventKind, signals: MeetingSignals): NudgeDecision | SendDecision {
  return event === "sending" ? decideSend(signals) : decideNudge(signals);
}
