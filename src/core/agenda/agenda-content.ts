// What the agenda block says, decided once for both the HTML and the plain-text renderer: the
// language's words, the department slots in a stable order, and user text made marker-safe.
import type { AgendaView, Contribution } from "../api/contract";
import type { Lang } from "../api/primitives";
import { departmentKey, spannedDepartments } from "../meeting/departments";
import { waitingDepartment } from "../meeting/request-rules";
import { neutralizeMarkers } from "./agenda-markers";
import { AGENDA_STRINGS, type AgendaStrings, type CarriedCount } from "./agenda-strings";

export interface ContributionLine {
  text: string;
  author: string;
}

export interface DepartmentSlot {
  name: string;
  /** Empty: the renderer shows an empty slot for the department's attendees to fill. */
  contributions: ContributionLine[];
}

export interface CommitmentRow {
  owner: string;
  ownerDepartment: string;
  action: string;
  /** The label of a closed status (done/dropped); null while open. */
  status: string | null;
  helpsDepartment: string | null;
  dueDate: string;
  servesObjective: string;
}

/** An open commitment of an earlier meeting on the same objective (the first part of section 4). */
export interface CarriedRow {
  owner: string;
  ownerDepartment: string;
  action: string;
  helpsDepartment: string | null;
  dueDate: string;
  /** Due before the reader's today. */
  overdue: boolean;
  meetingSubject: string;
  /** When the meeting was, an ISO date-time; the renderer shows its date. */
  meetingAt: string;
}

/** A request between departments still waiting for an answer (section 2, after the departments). */
export interface RequestLine {
  from: string;
  to: string;
  text: string;
  neededBy: string | null;
  /** The asked department's counter-offer, while the asking department has not answered it. */
  counter: string | null;
  waitingFor: string;
  /** The earlier meeting's subject, for a request carried over from it; null for this meeting's own. */
  carriedFrom: string | null;
}

export interface AgendaContent {
  lang: Lang;
  strings: AgendaStrings;
  objectiveTitle: string;
  desiredOutcome: string;
  departments: DepartmentSlot[];
  /** Open requests, oldest first; accepted ones are commitments (section 4), closed ones are left out. */
  requests: RequestLine[];
  obstacles: string[];
  commitments: CommitmentRow[];
  missions: { name: string; mission: string }[];
  carried: CarriedRow[];
  /** Open carried-forward commitments that are not listed (beyond the server's limit). */
  carriedMore: number;
  /** All open carried-forward commitments, listed or not, and how many are past due. */
  carriedCount: CarriedCount;
}

const clean = (s: string): string => neutralizeMarkers(s.trim());

/**
 * Who a contribution is from: the organizer's proposal for a department says so until someone of
 * the department confirms it, then it is theirs.
 */
export function contributionAuthor(c: Contribution, strings: AgendaStrings): string {
  const author = clean(c.authorName) || clean(c.authorEmail);
  if (c.proposal?.status === "proposed") return strings.proposedBy.replace("{name}", () => author);
  if (c.proposal?.status === "confirmed") return clean(c.proposal.confirmedByName) || author;
  return clean(c.authorName);
}

/**
 * One slot per department: the agenda's own departments first (their order is the organizer's),
 * then departments of attendees, then departments that only appear through a contribution.
 */
function departmentSlots(view: AgendaView, strings: AgendaStrings): DepartmentSlot[] {
  const slots = new Map<string, DepartmentSlot>();
  const add = (name: string) => {
    const key = departmentKey(name);
    if (key !== "" && !slots.has(key)) slots.set(key, { name: clean(name), contributions: [] });
  };
  view.agenda.departments.forEach((d) => add(d.name));
  spannedDepartments(view.agenda.attendees).forEach(add);
  view.contributions.forEach((c) => add(c.department));
  for (const c of view.contributions) {
    const text = clean(c.text);
    if (text === "") continue;
    slots.get(departmentKey(c.department))?.contributions.push({ text, author: contributionAuthor(c, strings) });
  }
  return [...slots.values()];
}

/**
 * Only what is still open: a client may hold an item it has just marked done. The server lists
 * them due date first, so when the last one listed is overdue, unlisted ones may be too.
 */
function carriedOf(view: AgendaView, today: string): Pick<AgendaContent, "carried" | "carriedMore" | "carriedCount"> {
  const items = view.carriedForward?.items ?? [];
  const open = items.filter((c) => c.status === "open");
  const carried = open.map((c) => ({
    owner: clean(c.ownerName) || clean(c.ownerEmail),
    ownerDepartment: clean(c.ownerDepartment),
    action: clean(c.action),
    helpsDepartment: c.helpsDepartment ? clean(c.helpsDepartment) || null : null,
    dueDate: c.dueDate,
    overdue: c.dueDate < today,
    meetingSubject: clean(c.meeting.subject),
    meetingAt: c.meeting.at,
  }));
  const carriedMore = Math.max(0, (view.carriedForward?.total ?? 0) - items.length);
  const lastListed = items[items.length - 1];
  const carriedCount: CarriedCount = {
    total: carried.length + carriedMore,
    overdue: carried.filter((c) => c.overdue).length,
    overdueAtLeast: carriedMore > 0 && lastListed !== undefined && lastListed.dueDate < today,
  };
  return { carried, carriedMore, carriedCount };
}

/** This meeting's requests still waiting, then those carried over from earlier meetings on the objective. */
function requestLines(view: AgendaView): RequestLine[] {
  const own = (view.requests ?? []).map((r) => ({ r, carriedFrom: null as string | null }));
  const carried = (view.carriedRequests ?? []).map((r) => ({ r, carriedFrom: clean(r.meeting.subject) }));
  return [...own, ...carried].flatMap(({ r, carriedFrom }) => {
    const waitingFor = waitingDepartment(r);
    if (waitingFor === null) return [];
    const counter = r.status === "countered" ? clean(r.responseText) || null : null;
    return [{ from: clean(r.fromDepartment), to: clean(r.toDepartment), text: clean(r.text), neededBy: r.neededBy, counter, waitingFor: clean(waitingFor), carriedFrom }];
  });
}

/** `today` (YYYY-MM-DD, the reader's date) decides which carried-forward items are overdue. */
export function agendaContent(view: AgendaView, lang: Lang = view.agenda.lang, today = ""): AgendaContent {
  const strings = AGENDA_STRINGS[lang];
  const { agenda } = view;
  return {
    lang,
    strings,
    objectiveTitle: clean(agenda.objectiveTitle),
    desiredOutcome: clean(agenda.desiredOutcome),
    departments: departmentSlots(view, strings),
    requests: requestLines(view),
    obstacles: agenda.obstacles.map(clean).filter((o) => o !== ""),
    commitments: view.commitments.map((c) => ({
      owner: clean(c.ownerName) || clean(c.ownerEmail),
      ownerDepartment: clean(c.ownerDepartment),
      action: clean(c.action),
      status: c.status === "open" ? null : strings.statusLabels[c.status],
      helpsDepartment: c.helpsDepartment ? clean(c.helpsDepartment) || null : null,
      dueDate: c.dueDate,
      servesObjective: clean(c.servesObjective),
    })),
    missions: agenda.departments.map((d) => ({ name: clean(d.name), mission: clean(d.mission) })),
    ...carriedOf(view, today),
  };
}
