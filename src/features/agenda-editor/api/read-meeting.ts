// Reads what the agenda needs from the Outlook item: subject, times, the Teams links in the body and
// the attendees with their departments (from our directory, since Outlook knows only names).
import type { Attendee, AttendeeRole, DirectoryEntry } from "../../../core/api/contract";
import { findTeamsJoinUrl, parseTeamsThreadId } from "../../../core/meeting/teams-link";
import type { ApiClient, BodyFormat, MeetingItem } from "../../../platform/ports";
import type { MeetingFacts } from "../draft";

export interface MeetingRead {
  facts: MeetingFacts;
  bodyFormat: BodyFormat;
  agendaId: string | null;
  /** Why the departments could not be looked up; the attendees then have department "". */
  directoryError: unknown;
}

interface Person {
  email: string;
  name: string;
  role: AttendeeRole;
}

function uniquePeople(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.email.trim().toLowerCase();
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Directory answers of this pane by lower-case email: a save asks only about people not asked about yet. */
export type DirectoryCache = Map<string, DirectoryEntry>;

export async function resolveAttendees(api: ApiClient, people: Person[], cache: DirectoryCache = new Map()): Promise<Attendee[]> {
  const unique = uniquePeople(people);
  if (unique.length === 0) return [];
  const unknown = unique.map((p) => p.email.trim()).filter((email) => !cache.has(email.toLowerCase()));
  if (unknown.length > 0) for (const e of await api.resolveDirectory(unknown)) cache.set(e.email.toLowerCase(), e);
  return unique.map((p) => {
    const entry = cache.get(p.email.trim().toLowerCase());
    return {
      email: p.email.trim().toLowerCase(),
      name: entry?.name || p.name,
      department: entry?.department ?? "",
      role: p.role,
    };
  });
}

function withoutDepartments(people: Person[]): Attendee[] {
  return uniquePeople(people).map((p) => ({ email: p.email.trim().toLowerCase(), name: p.name, department: "", role: p.role }));
}

export async function readMeeting(item: MeetingItem, api: ApiClient, cache?: DirectoryCache): Promise<MeetingRead> {
  const [subject, organizerEmail, outlookAttendees, times, bodyFormat, agendaId] = await Promise.all([
    item.getSubject(),
    item.getOrganizerEmail(),
    item.getAttendees(),
    item.getTimes(),
    item.getBodyFormat(),
    item.getAgendaId(),
  ]);
  // Links live in href attributes, so read HTML bodies as HTML.
  const body = await item.getBody(bodyFormat);
  const people: Person[] = [
    ...(organizerEmail ? [{ email: organizerEmail, name: "", role: "organizer" as const }] : []),
    ...outlookAttendees.map((a) => ({ email: a.email, name: a.name, role: a.kind })),
  ];
  // A failed lookup must not take the pane down: the organizer can still enter departments by hand.
  let directoryError: unknown = null;
  const attendees = await resolveAttendees(api, people, cache).catch((err: unknown) => {
    directoryError = err;
    return withoutDepartments(people);
  });
  return {
    facts: {
      subject,
      attendees,
      organizerEmail,
      startsAt: times.start ? times.start.toISOString() : null,
      endsAt: times.end ? times.end.toISOString() : null,
      teamsThreadId: parseTeamsThreadId(body),
      joinUrl: findTeamsJoinUrl(body),
    },
    bodyFormat,
    agendaId,
    directoryError,
  };
}
