// Reads what the event decisions need from the item: departments (through our directory, when the
// runtime can reach it), whether the body holds our agenda, the stored agenda id, the language.
import { hasAgendaBlock } from "../../core/agenda/merge-agenda";
import type { MeetingSignals } from "../../core/events/decide";
import type { ResolveDepartments } from "../../platform/office/events-directory";
import type { MeetingItem } from "../../platform/ports";

export type EventItem = Pick<MeetingItem, "displayLanguage" | "getAttendees" | "getOrganizerEmail" | "getBodyFormat" | "getBody" | "getAgendaId">;

export interface SignalSources {
  item: EventItem;
  /** null: no way to reach the API from this runtime (yet) — departments stay unknown. */
  resolveDepartments: ResolveDepartments | null;
  log?: (message: string, error: unknown) => void;
}

async function departments(sources: SignalSources): Promise<MeetingSignals["departments"]> {
  if (!sources.resolveDepartments) return "unknown";
  try {
    const [attendees, organizer] = await Promise.all([
      sources.item.getAttendees(),
      sources.item.getOrganizerEmail().catch(() => ""),
    ]);
    const emails = [...new Set([organizer, ...attendees.map((a) => a.email)].map((e) => e.trim().toLowerCase()).filter((e) => e !== ""))];
    if (emails.length === 0) return [];
    const entries = await sources.resolveDepartments(emails);
    return entries.map((e) => e.department);
  } catch (error) {
    // A failed lookup must not nudge or block anybody: "unknown" decides nothing.
    sources.log?.("directory lookup failed", error);
    return "unknown";
  }
}

export async function readSignals(sources: SignalSources): Promise<MeetingSignals> {
  const { item } = sources;
  const [format, agendaId, depts] = await Promise.all([item.getBodyFormat(), item.getAgendaId(), departments(sources)]);
  const body = await item.getBody(format);
  const bodyHasAgenda = hasAgendaBlock(body, format);
  return {
    departments: depts,
    bodyHasAgenda,
    agendaId,
    // Our agenda always carries an objective; an agenda id means one was saved for this meeting.
    hasObjective: bodyHasAgenda || agendaId !== null,
    lang: item.displayLanguage(),
  };
}
