// The one API contract: server routes validate with these schemas and clients type their calls
// with the inferred types. Changing a schema here changes the HTTP API — keep it backwards compatible.
import { z } from "zod";
import { boundedText as text, Email, Id, IsoDate, IsoDateTime, Lang, requiredText as name } from "./primitives";
import { CarriedRequest, DepartmentRequest } from "./request-view";

// ── Objectives ────────────────────────────────────────────────────────────────────────────────
export const Objective = z.object({
  id: Id,
  title: name(500),
  description: text(4000),
  createdAt: IsoDateTime,
  /** Set when a PMO archived it (or merged it into `mergedIntoId`): gone from the picker, agendas keep it. */
  archivedAt: IsoDateTime.nullable().optional(),
  mergedIntoId: Id.nullable().optional(),
  /** Optimistic concurrency of a PMO's edit: PATCH needs `If-Match: "<version>"`. */
  version: z.number().int().positive().optional(),
  /** How many agendas use it; only in the library's management listing (`?include=all`). */
  agendaCount: z.number().int().nonnegative().optional(),
});
export type Objective = z.infer<typeof Objective>;
export const ObjectiveCreate = z.object({ title: name(500), description: text(4000).default("") }).strict();
export type ObjectiveCreate = z.input<typeof ObjectiveCreate>;

// ── Departments ───────────────────────────────────────────────────────────────────────────────
export const Department = z.object({
  id: Id,
  name: name(200),
  mission: text(2000),
  updatedAt: IsoDateTime,
});
export type Department = z.infer<typeof Department>;
export const DepartmentCreate = z.object({ name: name(200), mission: text(2000).default("") }).strict();
export type DepartmentCreate = z.input<typeof DepartmentCreate>;
/** Only what is sent changes: no defaults here, or a rename would blank the mission. */
export const DepartmentUpdate = z.object({ name: name(200).optional(), mission: text(2000).optional() }).strict();
export type DepartmentUpdate = z.input<typeof DepartmentUpdate>;

// ── Directory ─────────────────────────────────────────────────────────────────────────────────
export const DirectoryResolveRequest = z.object({ emails: z.array(Email).min(1).max(500) }).strict();
export type DirectoryResolveRequest = z.input<typeof DirectoryResolveRequest>;
/** department is "" when the directory does not know it (the "unknown department" group). */
export const DirectoryEntry = z.object({ email: Email, name: z.string(), department: z.string() });
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;
/** POST /api/directory/import (text/csv "email,name,department"): how many people were written. */
export const DirectoryImportResult = z.object({ imported: z.number().int().nonnegative() });
export type DirectoryImportResult = z.infer<typeof DirectoryImportResult>;

// ── Agendas ───────────────────────────────────────────────────────────────────────────────────
export const AttendeeRole = z.enum(["organizer", "required", "optional"]);
export type AttendeeRole = z.infer<typeof AttendeeRole>;
export const Attendee = z.object({
  email: Email,
  name: text(200).default(""),
  /** Department name; "" when unknown. */
  department: text(200).default(""),
  role: AttendeeRole.default("required"),
});
export type Attendee = z.infer<typeof Attendee>;

/** A department as snapshotted into one agenda: its mission goes to the appendix. */
export const AgendaDepartment = z.object({ name: name(200), mission: text(2000).default("") });
export type AgendaDepartment = z.infer<typeof AgendaDepartment>;

export const TeamsThreadId = z
  .string()
  .max(300)
  .regex(/^19:meeting_[A-Za-z0-9_-]+@thread\.v2$/, "must be a Teams meeting thread id (19:meeting_…@thread.v2)");

export const OBJECTIVE_TITLE_MAX = 500;
export const DESIRED_OUTCOME_MAX = 2000;
export const CONTRIBUTION_MAX = 2000;

/**
 * The organizer's proposal of what one department can do (section 2), saved with the agenda as that
 * department's contribution. Empty text withdraws a proposal that nobody of the department has
 * confirmed yet.
 */
export const AgendaSlot = z.object({ department: name(200), text: text(CONTRIBUTION_MAX) }).strict();
export type AgendaSlot = z.infer<typeof AgendaSlot>;

const agendaFields = {
  subject: text(500).default(""),
  /** An objective from the tenant library; the title is snapshotted into the agenda. */
  objectiveId: Id.nullable().default(null),
  objectiveTitle: name(OBJECTIVE_TITLE_MAX),
  desiredOutcome: text(DESIRED_OUTCOME_MAX).default(""),
  departments: z.array(AgendaDepartment).max(50).default([]),
  attendees: z.array(Attendee).max(500).default([]),
  obstacles: z.array(name(2000)).max(100).default([]),
  lang: Lang.default("ja"),
  startsAt: IsoDateTime.nullable().default(null),
  endsAt: IsoDateTime.nullable().default(null),
  outlookItemId: text(1000).nullable().default(null),
  iCalUId: text(1000).nullable().default(null),
  teamsThreadId: TeamsThreadId.nullable().default(null),
  joinUrl: z.url().max(2000).nullable().default(null),
};

/** Written in the same transaction as the agenda (one request, one live event); organizer only. */
const slots = z.array(AgendaSlot).max(50);
/** Add the typed objective (objectiveId null) to the tenant's library; off unless the organizer chooses it. */
const addObjectiveToLibrary = z.boolean();

export const AgendaCreate = z.object({ ...agendaFields, slots: slots.optional(), addObjectiveToLibrary: addObjectiveToLibrary.optional() }).strict();
export type AgendaCreate = z.input<typeof AgendaCreate>;
/** PATCH body: any subset of the create fields. The version travels in `If-Match`. */
export const AgendaPatch = z
  .object({
    subject: agendaFields.subject.unwrap().optional(),
    objectiveId: Id.nullable().optional(),
    objectiveTitle: name(OBJECTIVE_TITLE_MAX).optional(),
    desiredOutcome: text(DESIRED_OUTCOME_MAX).optional(),
    departments: z.array(AgendaDepartment).max(50).optional(),
    attendees: z.array(Attendee).max(500).optional(),
    obstacles: z.array(name(2000)).max(100).optional(),
    lang: Lang.optional(),
    startsAt: IsoDateTime.nullable().optional(),
    endsAt: IsoDateTime.nullable().optional(),
    outlookItemId: text(1000).nullable().optional(),
    iCalUId: text(1000).nullable().optional(),
    teamsThreadId: TeamsThreadId.nullable().optional(),
    joinUrl: z.url().max(2000).nullable().optional(),
    slots: slots.optional(),
    addObjectiveToLibrary: addObjectiveToLibrary.optional(),
  })
  .strict();
export type AgendaPatch = z.input<typeof AgendaPatch>;

export const Agenda = z.object({
  id: Id,
  organizerEmail: Email,
  subject: z.string(),
  objectiveId: Id.nullable(),
  objectiveTitle: z.string(),
  desiredOutcome: z.string(),
  departments: z.array(AgendaDepartment),
  attendees: z.array(Attendee),
  obstacles: z.array(z.string()),
  lang: Lang,
  startsAt: IsoDateTime.nullable(),
  endsAt: IsoDateTime.nullable(),
  outlookItemId: z.string().nullable(),
  iCalUId: z.string().nullable(),
  teamsThreadId: z.string().nullable(),
  joinUrl: z.string().nullable(),
  /** Optimistic concurrency of the agenda's own fields: PATCH needs `If-Match: "<version>"`. */
  version: z.number().int().positive(),
  /** Bumps on every change to the agenda or its contributions and commitments (live-event ids). */
  revision: z.number().int().positive(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /**
   * Purpose-first score 0–100 (src/core/coach/score-agenda.ts), recomputed on every write; null = not
   * yet scored. Optional so that older servers' and clients' agendas still parse and type-check.
   */
  purposeScore: z.number().int().min(0).max(100).nullable().optional(),
});
export type Agenda = z.infer<typeof Agenda>;

// ── Contributions ─────────────────────────────────────────────────────────────────────────────
/**
 * A contribution the organizer wrote for a department (an AgendaSlot): "proposed" until someone of
 * that department edits or confirms it (PATCH by an attendee of the department; the same text
 * confirms it as it is). The author stays the organizer who proposed it.
 */
export const ContributionProposal = z.object({
  status: z.enum(["proposed", "confirmed"]),
  confirmedByEmail: Email.nullable(),
  confirmedByName: z.string(),
  confirmedAt: IsoDateTime.nullable(),
});
export type ContributionProposal = z.infer<typeof ContributionProposal>;
export const ContributionCreate = z
  .object({ department: name(200), text: name(CONTRIBUTION_MAX) })
  .strict();
export type ContributionCreate = z.input<typeof ContributionCreate>;
export const ContributionPatch = z.object({ text: name(CONTRIBUTION_MAX) }).strict();
export type ContributionPatch = z.input<typeof ContributionPatch>;
export const Contribution = z.object({
  id: Id,
  agendaId: Id,
  department: z.string(),
  authorEmail: Email,
  authorName: z.string(),
  text: z.string(),
  version: z.number().int().positive(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Present on the organizer's department slots only. */
  proposal: ContributionProposal.optional(),
});
export type Contribution = z.infer<typeof Contribution>;

// ── Commitments ───────────────────────────────────────────────────────────────────────────────
export const COMMITMENT_STATUSES = ["open", "done", "dropped"] as const;
export const CommitmentStatus = z.enum(COMMITMENT_STATUSES);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

export const CommitmentCreate = z
  .object({
    ownerEmail: Email,
    ownerName: text(200).default(""),
    /** Defaults to the owner's department from the agenda's attendees. */
    ownerDepartment: text(200).optional(),
    helpsDepartment: text(200).nullable().default(null),
    action: name(2000),
    dueDate: IsoDate,
    /** How it serves the objective (section 4 of the agenda). */
    servesObjective: text(2000).default(""),
    contributionId: Id.nullable().default(null),
    /** A due date before the caller's today is recorded only with this set (the user confirmed it). */
    confirmPastDue: z.boolean().optional(),
  })
  .strict();
export type CommitmentCreate = z.input<typeof CommitmentCreate>;
export const CommitmentPatch = z
  .object({
    status: CommitmentStatus.optional(),
    action: name(2000).optional(),
    dueDate: IsoDate.optional(),
    helpsDepartment: text(200).nullable().optional(),
    servesObjective: text(2000).optional(),
    /** Why the status changed; kept in the history. */
    note: text(1000).optional(),
    /** A new due date before the caller's today is accepted only with this set. */
    confirmPastDue: z.boolean().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).some((k) => k !== "note" && k !== "confirmPastDue"), { message: "nothing to change" });
export type CommitmentPatch = z.input<typeof CommitmentPatch>;

export const CommitmentHistoryEntry = z.object({
  at: IsoDateTime,
  byEmail: Email,
  field: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  note: z.string(),
});
export type CommitmentHistoryEntry = z.infer<typeof CommitmentHistoryEntry>;

export const Commitment = z.object({
  id: Id,
  agendaId: Id,
  objectiveId: Id.nullable(),
  objectiveTitle: z.string(),
  ownerEmail: Email,
  ownerName: z.string(),
  ownerDepartment: z.string(),
  helpsDepartment: z.string().nullable(),
  action: z.string(),
  dueDate: IsoDate,
  servesObjective: z.string(),
  status: CommitmentStatus,
  contributionId: Id.nullable(),
  createdByEmail: Email,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** The latest changes (at most 20; the data export has them all), oldest first. */
  history: z.array(CommitmentHistoryEntry),
  /** How many changes it has had in all. Optional: older servers omit it. */
  historyTotal: z.number().int().nonnegative().optional(),
  /** Optimistic concurrency: +1 on every change; PATCH takes it back in `If-Match` (optional). */
  version: z.number().int().positive(),
  /** The purpose-first score of the commitment's agenda (the PMO's "Purpose-first" column). */
  agendaPurposeScore: z.number().int().min(0).max(100).nullable().optional(),
  /** The request (お願い) whose acceptance made it. Optional: older servers omit it. */
  requestId: Id.nullable().optional(),
});
export type Commitment = z.infer<typeof Commitment>;

export const AgendaListQuery = z
  .object({
    teamsThreadId: TeamsThreadId.optional(),
    joinUrl: z.url().max(2000).optional(),
    from: IsoDateTime.optional(),
    to: IsoDateTime.optional(),
  })
  .strict();
export type AgendaListQuery = z.input<typeof AgendaListQuery>;

export const RenderQuery = z
  .object({ format: z.enum(["html", "text"]).default("html"), lang: Lang.optional() })
  .strict();

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export type Page<T> = { items: T[]; nextCursor: string | null };

// ── Carry-forward ─────────────────────────────────────────────────────────────────
/**
 * An open commitment of an EARLIER meeting on the same objective, shown at the top of the next
 * agenda. Only what the next meeting needs: no history, no contribution, no creator.
 */
export const CarriedCommitment = z.object({
  id: Id,
  agendaId: Id,
  ownerEmail: Email,
  ownerName: z.string(),
  ownerDepartment: z.string(),
  helpsDepartment: z.string().nullable(),
  action: z.string(),
  dueDate: IsoDate,
  servesObjective: z.string(),
  /** "open" from the server; a client shows its own later change (done) in place. */
  status: CommitmentStatus,
  /** The meeting it was made in: its subject, when it was (start, else creation), its organizer. */
  meeting: z.object({ subject: z.string(), at: IsoDateTime, organizerEmail: Email }),
});
export type CarriedCommitment = z.infer<typeof CarriedCommitment>;
/** Due date ascending (so overdue first), at most CARRIED_FORWARD_LIMIT items of `total`. */
export const CarriedForward = z.object({ items: z.array(CarriedCommitment), total: z.number().int().nonnegative() });
export type CarriedForward = z.infer<typeof CarriedForward>;
export const CARRIED_FORWARD_LIMIT = 50;
/** GET /api/objectives/:id/open-commitments — `before`: the new meeting's start (default now). */
export const OpenCommitmentsQuery = z.object({ before: IsoDateTime.optional() }).strict();
export type OpenCommitmentsQuery = z.input<typeof OpenCommitmentsQuery>;

/** One agenda with everything hung on it: what the tab, the pane and the renderer work from. */
export const AgendaView = z.object({
  agenda: Agenda,
  contributions: z.array(Contribution),
  commitments: z.array(Commitment),
  /** Open commitments of earlier meetings on the same objective. Optional: older servers omit it. */
  carriedForward: CarriedForward.optional(),
  /** What the meeting's departments ask of each other, oldest first. Optional: older servers omit it. */
  requests: z.array(DepartmentRequest).optional(),
  /** Requests of earlier meetings on the same objective still waiting for an answer, oldest first (at most 50). */
  carriedRequests: z.array(CarriedRequest).optional(),
});
export type AgendaView = z.infer<typeof AgendaView>;

/** A server-sent event of one agenda (`event: change`, `id: <revision>`): the whole new view. */
export const AgendaChangeEvent = z.object({
  agendaId: Id,
  revision: z.number().int().positive(),
  kind: z.enum(["agenda", "contribution", "commitment", "request"]),
  view: AgendaView,
});
export type AgendaChangeEvent = z.infer<typeof AgendaChangeEvent>;
