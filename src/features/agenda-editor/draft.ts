// What the organizer is editing, and how it becomes an API request or a preview. Pure functions:
// the hook owns state, these only translate between shapes.
import { CONTRIBUTION_MAX, DESIRED_OUTCOME_MAX, OBJECTIVE_TITLE_MAX, type Agenda, type AgendaCreate, type AgendaDepartment, type AgendaPatch, type AgendaSlot, type AgendaView, type Attendee, type CarriedForward, type Contribution, type Department } from "../../core/api/contract";
import { type Lang } from "../../core/api/primitives";
import { departmentKey, isOfDepartment } from "../../core/meeting/departments";

const MISSION_MAX = 2000;

export interface EditorDraft {
  objectiveId: string | null;
  objectiveTitle: string;
  /** A typed (new) objective joins the organization's library only when the organizer ticks this. */
  addObjectiveToLibrary: boolean;
  desiredOutcome: string;
  departments: AgendaDepartment[];
  /** The language of the inserted agenda — not of the pane. */
  lang: Lang;
}

/** What the add-in reads from the Outlook item, refreshed before every save. */
export interface MeetingFacts {
  subject: string;
  attendees: Attendee[];
  organizerEmail: string;
  startsAt: string | null;
  endsAt: string | null;
  teamsThreadId: string | null;
  joinUrl: string | null;
}

export function emptyDraft(lang: Lang): EditorDraft {
  return { objectiveId: null, objectiveTitle: "", addObjectiveToLibrary: false, desiredOutcome: "", departments: [], lang };
}

export function draftFromAgenda(agenda: Agenda): EditorDraft {
  return {
    objectiveId: agenda.objectiveId,
    objectiveTitle: agenda.objectiveTitle,
    addObjectiveToLibrary: false,
    desiredOutcome: agenda.desiredOutcome,
    departments: agenda.departments.map((d) => ({ ...d })),
    lang: agenda.lang,
  };
}

/** The departments the attendees span, each with its mission from the tenant's library. */
export function departmentsWithMissions(names: readonly string[], library: readonly Department[]): AgendaDepartment[] {
  return names.map((name) => {
    const known = library.find((d) => departmentKey(d.name) === departmentKey(name));
    return { name, mission: known?.mission ?? "" };
  });
}

// ── The department slots ("what can each of us do for it") ────────────────────────────────────
/** The saved slot of one department, when there is one. */
export interface SavedSlot {
  contribution: Contribution;
  /** Someone of the department confirmed (or rewrote) it: it is theirs, the pane only shows it. */
  theirs: boolean;
}

/** The saved slots by department key. */
export function savedSlots(view: AgendaView | null, organizerEmail: string): Map<string, SavedSlot> {
  const slots = new Map<string, SavedSlot>();
  for (const c of view?.contributions ?? []) {
    if (!c.proposal) continue;
    const theirs = c.proposal.status === "confirmed" && c.proposal.confirmedByEmail !== organizerEmail.toLowerCase();
    slots.set(departmentKey(c.department), { contribution: c, theirs });
  }
  return slots;
}

/** The slot texts the organizer can still change, as the pane's fields start (and stay after a save). */
export function slotTextsOf(view: AgendaView | null, organizerEmail: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [key, slot] of savedSlots(view, organizerEmail)) if (!slot.theirs) texts[key] = slot.contribution.text;
  return texts;
}

/** What the request carries: one slot per named department the organizer may still write for. */
export function slotsToSend(draft: EditorDraft, slots: Readonly<Record<string, string>>, saved: Map<string, SavedSlot>): AgendaSlot[] {
  return draft.departments
    .filter((d) => d.name.trim() !== "" && !saved.get(departmentKey(d.name))?.theirs)
    .map((d) => ({ department: d.name.trim(), text: (slots[departmentKey(d.name)] ?? "").trim() }))
    .filter((s, i, all) => all.findIndex((o) => departmentKey(o.department) === departmentKey(s.department)) === i);
}

// ── Validation ────────────────────────────────────────────────────────────────────────────────
export type DraftProblem =
  | { field: "objectiveTitle"; kind: "required" | "tooLong" }
  | { field: "desiredOutcome"; kind: "tooLong" }
  | { field: "departments"; index: number; kind: "required" | "duplicate" }
  | { field: "mission"; index: number; kind: "tooLong" }
  | { field: "slot"; department: string; kind: "tooLong" };

/** The `data-field` of the control a problem belongs to (focus goes there). */
export function problemTarget(problem: DraftProblem): string {
  switch (problem.field) {
    case "objectiveTitle":
      return "objective";
    case "desiredOutcome":
      return "outcome";
    case "departments":
      return `department-${problem.index}`;
    case "mission":
      return `mission-${problem.index}`;
    case "slot":
      return `slot-${departmentKey(problem.department)}`;
  }
}

/** Whitespace-only counts as empty; lengths are the API's, so a save never fails on them. */
export function draftProblems(draft: EditorDraft, slots: Readonly<Record<string, string>> = {}): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const title = draft.objectiveTitle.trim();
  if (title === "") problems.push({ field: "objectiveTitle", kind: "required" });
  else if (title.length > OBJECTIVE_TITLE_MAX) problems.push({ field: "objectiveTitle", kind: "tooLong" });
  if (draft.desiredOutcome.trim().length > DESIRED_OUTCOME_MAX) problems.push({ field: "desiredOutcome", kind: "tooLong" });
  const seen = new Set<string>();
  draft.departments.forEach((d, index) => {
    const key = departmentKey(d.name);
    if (key === "") problems.push({ field: "departments", index, kind: "required" });
    else if (seen.has(key)) problems.push({ field: "departments", index, kind: "duplicate" });
    seen.add(key);
    if (d.mission.trim().length > MISSION_MAX) problems.push({ field: "mission", index, kind: "tooLong" });
  });
  for (const d of draft.departments) {
    if ((slots[departmentKey(d.name)] ?? "").trim().length > CONTRIBUTION_MAX) problems.push({ field: "slot", department: d.name, kind: "tooLong" });
  }
  return problems;
}

// ── Requests ──────────────────────────────────────────────────────────────────────────────────
function agendaFields(draft: EditorDraft, facts: MeetingFacts) {
  return {
    subject: facts.subject,
    objectiveId: draft.objectiveId,
    objectiveTitle: draft.objectiveTitle.trim(),
    desiredOutcome: draft.desiredOutcome.trim(),
    departments: draft.departments.map((d) => ({ name: d.name.trim(), mission: d.mission.trim() })),
    attendees: facts.attendees,
    lang: draft.lang,
    startsAt: facts.startsAt,
    endsAt: facts.endsAt,
    teamsThreadId: facts.teamsThreadId,
    joinUrl: facts.joinUrl,
  };
}

const libraryChoice = (draft: EditorDraft) => (draft.objectiveId === null && draft.addObjectiveToLibrary ? { addObjectiveToLibrary: true } : {});

export function toCreate(draft: EditorDraft, facts: MeetingFacts, slots: AgendaSlot[] = []): AgendaCreate {
  return { ...agendaFields(draft, facts), ...libraryChoice(draft), slots: slots.filter((s) => s.text !== "") };
}

/** Obstacles belong to the meeting tab, so the pane never overwrites them. Links found earlier are kept. */
export function toPatch(draft: EditorDraft, facts: MeetingFacts, saved: Agenda, slots: AgendaSlot[] = []): AgendaPatch {
  const fields = agendaFields(draft, facts);
  return {
    ...fields,
    ...libraryChoice(draft),
    slots,
    teamsThreadId: fields.teamsThreadId ?? saved.teamsThreadId,
    joinUrl: fields.joinUrl ?? saved.joinUrl,
  };
}

// ── The preview ───────────────────────────────────────────────────────────────────────────────
const PREVIEW_TIME = "1970-01-01T00:00:00.000Z";

/** The draft as an AgendaView, so the preview uses the very renderer that fills the meeting body. */
export function previewView(
  draft: EditorDraft,
  facts: MeetingFacts,
  saved: AgendaView | null,
  /** The organizer's slots (by departmentKey), shown as they will appear: proposed for the department. */
  slots: Readonly<Record<string, string>> = {},
  /** Open commitments of earlier meetings on the chosen objective. */
  carriedForward?: CarriedForward | null,
): AgendaView {
  const base = saved?.agenda;
  const agenda: Agenda = {
    id: base?.id ?? "preview",
    organizerEmail: facts.organizerEmail || base?.organizerEmail || "organizer@example.invalid",
    obstacles: base?.obstacles ?? [],
    outlookItemId: base?.outlookItemId ?? null,
    iCalUId: base?.iCalUId ?? null,
    version: base?.version ?? 1,
    revision: base?.revision ?? 1,
    createdAt: base?.createdAt ?? PREVIEW_TIME,
    updatedAt: base?.updatedAt ?? PREVIEW_TIME,
    ...agendaFields(draft, facts),
  };
  const organizer = facts.attendees.find((a) => a.email === agenda.organizerEmail.toLowerCase());
  const known = savedSlots(saved, agenda.organizerEmail);
  const slotContributions: Contribution[] = slotsToSend(draft, slots, known).flatMap((slot, i) => {
    if (slot.text === "") return [];
    const own = isOfDepartment(facts.attendees, agenda.organizerEmail, slot.department);
    const proposal = own
      ? { status: "confirmed" as const, confirmedByEmail: agenda.organizerEmail, confirmedByName: organizer?.name ?? "", confirmedAt: PREVIEW_TIME }
      : { status: "proposed" as const, confirmedByEmail: null, confirmedByName: "", confirmedAt: null };
    return [{ id: `slot-${i}`, agendaId: agenda.id, department: slot.department, authorEmail: agenda.organizerEmail, authorName: organizer?.name ?? "", text: slot.text, version: 1, createdAt: PREVIEW_TIME, updatedAt: PREVIEW_TIME, proposal }];
  });
  // The saved slots the organizer may still change are shown as the fields now say.
  const others = (saved?.contributions ?? []).filter((c) => !(c.proposal && !known.get(departmentKey(c.department))?.theirs));
  const view: AgendaView = { agenda, contributions: [...others, ...slotContributions], commitments: saved?.commitments ?? [] };
  return carriedForward ? { ...view, carriedForward } : view;
}
