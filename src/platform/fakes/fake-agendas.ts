// The agenda rules of the fake API, mirroring the server's (src/server/agendas): who may open an
// agenda, how attendees are normalized around the organizer, missions filled from the library,
// the objective must exist, and the three ways of finding meetings.
import type { z } from "zod";
import type { Agenda, AgendaDepartment, AgendaListQuery, AgendaView, Attendee, Department, DirectoryEntry, Objective } from "../../core/api/contract";
import type { Me } from "../../core/api/me-contract";
import { ApiError } from "../ports";
import { badRequest, forbidden, notFound } from "./fake-api-errors";

type ListQuery = z.output<typeof AgendaListQuery>;

export const canOpen = (agenda: Agenda, me: Me) =>
  agenda.organizerEmail === me.email || agenda.attendees.some((a) => a.email === me.email);
export const isOrganizer = (agenda: Agenda, me: Me) => agenda.organizerEmail === me.email;

/** 404 when unknown, 403 when the caller is neither organizer nor attendee. */
export function openView(views: Map<string, AgendaView>, id: string, me: Me): AgendaView {
  const view = views.get(id);
  if (!view) throw notFound("Agenda");
  if (!canOpen(view.agenda, me)) {
    // Like the server: the 403 names the organizer, so the page can say whom to ask.
    const organizer = view.agenda.attendees.find((a) => a.email === view.agenda.organizerEmail)?.name.trim() || undefined;
    throw new ApiError(403, "forbidden", "Only the meeting's attendees and organizer can open this agenda", undefined, undefined, organizer);
  }
  return view;
}

/** The organizer is always an attendee (role "organizer"); duplicates by email are dropped. */
export function normalizeAttendees(attendees: readonly Attendee[], organizer: Attendee): Attendee[] {
  const seen = new Set<string>();
  const out: Attendee[] = [];
  for (const a of attendees) {
    if (seen.has(a.email)) continue;
    seen.add(a.email);
    if (a.email === organizer.email) {
      out.push({ ...a, name: a.name || organizer.name, department: a.department || organizer.department, role: "organizer" });
    } else {
      out.push({ ...a, role: a.role === "organizer" ? "required" : a.role });
    }
  }
  return seen.has(organizer.email) ? out : [organizer, ...out];
}

export function organizerOf(me: Me, directory: readonly DirectoryEntry[]): Attendee {
  const department = directory.find((d) => d.email === me.email)?.department ?? me.department;
  return { email: me.email, name: me.name, department, role: "organizer" };
}

/** Departments sent without a mission get the library's mission (for the appendix). */
export function withMissions(departments: readonly AgendaDepartment[], library: readonly Department[]): AgendaDepartment[] {
  return departments.map((d) => (d.mission === "" ? { ...d, mission: library.find((l) => l.name === d.name)?.mission ?? "" } : d));
}

export function assertObjective(objectives: readonly Objective[], id: string | null | undefined): void {
  if (id && !objectives.some((o) => o.id === id)) {
    throw badRequest("objectiveId: there is no such objective in your organization's library", "objectiveId");
  }
}

/** Exactly one way of finding meetings: by Teams thread, by join URL, or by a time range. */
export function agendaMatcher(q: ListQuery): (a: Agenda) => boolean {
  const modes = [q.teamsThreadId, q.joinUrl, q.from ?? q.to].filter((v) => v !== undefined).length;
  if (modes !== 1) {
    throw badRequest("Give exactly one of: teamsThreadId, joinUrl, or from and to", modes === 0 ? "query" : "teamsThreadId");
  }
  if (q.teamsThreadId !== undefined) return (a) => a.teamsThreadId === q.teamsThreadId;
  if (q.joinUrl !== undefined) return (a) => a.joinUrl === q.joinUrl;
  if (q.from === undefined) throw badRequest("from is required with to", "from");
  if (q.to === undefined) throw badRequest("to is required with from", "to");
  const from = Date.parse(q.from);
  const to = Date.parse(q.to);
  if (from >= to) throw badRequest("to must be later than from", "to");
  return (a) => a.startsAt !== null && Date.parse(a.startsAt) >= from && Date.parse(a.startsAt) < to;
}

export const staleAgenda = (current: Agenda) =>
  new ApiError(412, "precondition_failed", "The agenda was changed by someone else", undefined, structuredClone(current));

/** Departments a person may write for: the agenda's own, plus their attendee department. */
export function departmentsFor(agenda: Agenda, me: Me): string[] {
  const own = agenda.attendees.find((a) => a.email === me.email)?.department ?? "";
  const names = agenda.departments.map((d) => d.name);
  return own !== "" && !names.includes(own) ? [...names, own] : names;
}
