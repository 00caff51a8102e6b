// Reads what the event decisions need from the item: who is invited (always — no token needed),
// their departments (through our directory, when this Outlook gives a token), whether the body holds
// our agenda, the stored agenda id, the language.
import { hasAgendaBlock } from "../../core/agenda/merge-agenda";
import type { MeetingSignals } from "../../core/events/decide";
import type { ResolveDepartments } from "../../platform/office/events-directory";
import type { MeetingItem } from "../../platform/ports";

export type EventItem = Pick<MeetingItem, "displayLanguage" | "getAttendees" | "getOrganizerEmail" | "getBodyFormat" | "getBody" | "getAgendaId">;

export interface SignalSources {
  item: EventItem;
  /** null: no way to reach the API from this runtime (no origin known) — departments stay unknown. */
  resolveDepartments: ResolveDepartments | null;
  log?: (message: string, error: unknown) => void;
}

const normalize = (email: string) => email.trim().toLowerCase();

async function people(item: EventItem): Promise<{ organizer: string; attendees: string[] }> {
  const [attendees, organizer] = await Promise.all([item.getAttendees(), item.getOrganizerEmail().catch(() => "")]);
  const me = normalize(organizer);
  const others = [...new Set(attendees.map((a) => normalize(a.email)).filter((e) => e !== "" && e !== me))];
  return { organizer: me, attendees: others };
}

async function departments(sources: SignalSources, who: { organizer: string; attendees: string[] }): Promise<MeetingSignals["departments"]> {
  if (!sources.resolveDepartments) return "unknown";
  const emails = [...new Set([who.organizer, ...who.attendees].filter((e) => e !== ""))];
  if (emails.length === 0) return [];
  try {
    const entries = await sources.resolveDepartments(emails);
    return entries.map((e) => e.department);
  } catch (error) {
    // No token in this Outlook, offline, or a failed lookup: "unknown" never blocks anybody, and only
    // the local checks of the item decide the nudge.
    sources.log?.("directory lookup failed", error);
    return "unknown";
  }
}

export async function readSignals(sources: SignalSources): Promise<MeetingSignals> {
  const { item } = sources;
  const [format, agendaId, who] = await Promise.all([item.getBodyFormat(), item.getAgendaId(), people(item)]);
  const [body, depts] = await Promise.all([item.getBody(format), departments(sources, who)]);
  const bodyHasAgenda = hasAgendaBlock(body, format);
  return {
    departments: depts,
    bodyHasAgenda,
    agendaId,
    // Our agenda always carries an objective; an agenda id means one was saved for this meeting.
    hasObjective: bodyHasAgenda || agendaId !== null,
    attendeeCount: who.attendees.length,
    lang: item.displayLanguage(),
  };
}
