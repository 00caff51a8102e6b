// What the organizer is editing, and how it becomes an API request or a preview. Pure functions:
// the hook owns state, these only translate between shapes.
import type {
  Agenda,
  AgendaCreate,
  AgendaDepartment,
  AgendaPatch,
  AgendaView,
  Attendee,
  CarriedForward,
  Contribution,
  Department,
  Lang,
} from "../../core/api/contract";
import { departmentKey } from "../../core/meeting/departments";

export interface EditorDraft {
  objectiveId: string | null;
  objectiveTitle: string;
  desiredOutcome: string;
  departments: AgendaDepartment[];
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
  return { objectiveId: null, objectiveTitle: "", desiredOutcome: "", departments: [], lang };
}

export function draftFromAgenda(agenda: Agenda): EditorDraft {
  return {
    objectiveId: agenda.objectiveId,
    objectiveTitle: agenda.objectiveTitle,
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

export type DraftProblem =
  | { field: "objectiveTitle"; kind: "required" }
  | { field: "departments"; index: number; kind: "required" | "duplicate" };

export function draftProblems(draft: EditorDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.objectiveTitle.trim() === "") problems.push({ field: "objectiveTitle", kind: "required" });
  const seen = new Set<string>();
  draft.departments.forEach((d, index) => {
    const key = departmentKey(d.name);
    if (key === "") problems.push({ field: "departments", index, kind: "required" });
    else if (seen.has(key)) problems.push({ field: "departments", index, kind: "duplicate" });
    seen.add(key);
  });
  return problems;
}

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

export function toCreate(draft: EditorDraft, facts: MeetingFacts): AgendaCreate {
  return agendaFields(draft, facts);
}

/** Obstacles belong to the meeting tab, so the pane never overwrites them. Links found earlier are kept. */
export function toPatch(draft: EditorDraft, facts: MeetingFacts, saved: Agenda): AgendaPatch {
  const fields = agendaFields(draft, facts);
  return {
    ...fields,
    teamsThreadId: fields.teamsThreadId ?? saved.teamsThreadId,
    joinUrl: fields.joinUrl ?? saved.joinUrl,
  };
}

const PREVIEW_TIME = "1970-01-01T00:00:00.000Z";

/** The draft as an AgendaView, so the preview uses the very renderer that fills the meeting body. */
export function previewView(
  draft: EditorDraft,
  facts: MeetingFacts,
  saved: AgendaView | null,
  /** The organizer's unsaved "what can we do" slots (by departmentKey), shown as they will appear. */
  slots: Readonly<Record<string, string>> = {},
  /** Open commitments of earlier meetings on the chosen objective (they head the block). */
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
  const slotContributions: Contribution[] = draft.departments.flatMap((d, i) => {
    const text = (slots[departmentKey(d.name)] ?? "").trim();
    if (text === "" || d.name.trim() === "") return [];
    return [{ id: `slot-${i}`, agendaId: agenda.id, department: d.name.trim(), authorEmail: agenda.organizerEmail, authorName: "", text, version: 1, createdAt: PREVIEW_TIME, updatedAt: PREVIEW_TIME }];
  });
  const view: AgendaView = { agenda, contributions: [...(saved?.contributions ?? []), ...slotContributions], commitments: saved?.commitments ?? [] };
  return carriedForward ? { ...view, carriedForward } : view;
}
