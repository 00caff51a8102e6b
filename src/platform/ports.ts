// The ports between the app and its hosts. Features depend only on these interfaces; each has a
// real adapter (Office.js, teams-js, fetch, local dev tokens) and a fake (tests and /preview).
// Entries pick the implementation — nothing else does.
import type {
  Agenda,
  AgendaChangeEvent,
  AgendaCreate,
  AgendaListQuery,
  AgendaPatch,
  AgendaView,
  Commitment,
  CommitmentCreate,
  CommitmentListQuery,
  CommitmentPatch,
  Contribution,
  ContributionCreate,
  ContributionPatch,
  Department,
  DepartmentCreate,
  DepartmentUpdate,
  DirectoryEntry,
  Lang,
  Me,
  Objective,
  ObjectiveCreate,
  Page,
} from "../core/api/contract";
import type { DashboardQuery, DashboardSummary } from "../core/api/dashboard-contract";

// ── Outlook: the appointment being composed ──────────────────────────────────────────────────
export type BodyFormat = "html" | "text";

export interface MeetingAttendee {
  email: string;
  name: string;
  /** "optional" attendees come from optionalAttendees. */
  kind: "required" | "optional";
}

export interface MeetingItem {
  /** `Office.context.displayLanguage` mapped to ja/en. */
  displayLanguage(): Lang;
  getSubject(): Promise<string>;
  getBodyFormat(): Promise<BodyFormat>;
  getBody(format: BodyFormat): Promise<string>;
  /** Replaces the whole body. Never saves the item (saving an existing meeting sends updates). */
  setBody(body: string, format: BodyFormat): Promise<void>;
  getAttendees(): Promise<MeetingAttendee[]>;
  getOrganizerEmail(): Promise<string>;
  getTimes(): Promise<{ start: Date | null; end: Date | null }>;
  /** The agenda id stored in this item's custom properties (per add-in, per item). */
  getAgendaId(): Promise<string | null>;
  setAgendaId(id: string): Promise<void>;
}

// ── Teams: the meeting tab's host ────────────────────────────────────────────────────────────
export type TeamsTheme = "default" | "dark" | "contrast";
export type TeamsFrame = "content" | "settings" | "sidePanel" | "meetingStage" | "browser";

export interface TeamsContext {
  locale: string;
  theme: TeamsTheme;
  frame: TeamsFrame;
  /** Hints only — never proof of identity (the token is). */
  userHint: { email: string | null; name: string | null; tenantId: string | null };
  /** The meeting chat id, `19:meeting_…@thread.v2`, when inside a meeting. */
  chatId: string | null;
  /** Set after configuration: the agenda this tab is bound to. */
  entityId: string | null;
  hostName: string;
}

export interface TeamsMeeting {
  /** Resolves with the context; rejects outside Teams (the composition root then uses a fake). */
  initialize(): Promise<TeamsContext>;
  onThemeChange(handler: (theme: TeamsTheme) => void): () => void;
  /** Config page: tell Teams whether Save is enabled, and what to save. */
  setConfigValid(valid: boolean): void;
  onConfigSave(handler: () => Promise<{ entityId: string; contentUrl: string; suggestedDisplayName: string }>): void;
  canShareToStage(): Promise<boolean>;
  shareToStage(url: string): Promise<void>;
}

// ── Identity ─────────────────────────────────────────────────────────────────────────────────
export interface Auth {
  /** A bearer token for our API; re-acquired silently when expired, or rejects with SignInRequiredError. */
  getToken(options?: { forceRefresh?: boolean }): Promise<string>;
}

export class SignInRequiredError extends Error {
  constructor(message = "Sign-in required") {
    super(message);
    this.name = "SignInRequiredError";
  }
}

// ── Our HTTP API (DESIGN.md §4) ──────────────────────────────────────────────────────────────
/** Every failed call rejects with this: code/message from the server, or "network" when offline. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly current?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export interface LiveSubscription {
  close(): void;
}

export interface LiveHandlers {
  onChange(event: AgendaChangeEvent): void;
  /** "live" = streaming; "reconnecting" after a drop; "polling" when streaming is unavailable. */
  onStatus?(status: "live" | "reconnecting" | "polling"): void;
}

export interface ApiClient {
  me(): Promise<Me>;
  listObjectives(): Promise<Objective[]>;
  createObjective(input: ObjectiveCreate): Promise<Objective>;
  listDepartments(): Promise<Department[]>;
  createDepartment(input: DepartmentCreate): Promise<Department>;
  updateDepartment(id: string, input: DepartmentUpdate): Promise<Department>;
  resolveDirectory(emails: string[]): Promise<DirectoryEntry[]>;

  createAgenda(input: AgendaCreate): Promise<Agenda>;
  getAgenda(id: string): Promise<AgendaView>;
  /** Rejects with ApiError status 412 (error.current = the server's agenda) on a stale version. */
  patchAgenda(id: string, version: number, patch: AgendaPatch): Promise<Agenda>;
  findAgendas(query: AgendaListQuery): Promise<Agenda[]>;
  renderAgenda(id: string, format: BodyFormat, lang?: Lang): Promise<string>;
  /** Server-sent events with reconnect and catch-up by revision; polling fallback. */
  subscribeAgenda(id: string, handlers: LiveHandlers): LiveSubscription;

  addContribution(agendaId: string, input: ContributionCreate): Promise<Contribution>;
  updateContribution(id: string, input: ContributionPatch): Promise<Contribution>;
  deleteContribution(id: string): Promise<void>;

  addCommitment(agendaId: string, input: CommitmentCreate): Promise<Commitment>;
  updateCommitment(id: string, patch: CommitmentPatch): Promise<Commitment>;
  listCommitments(query: CommitmentListQuery): Promise<Page<Commitment>>;
  /** A URL (with whatever auth it needs) or a Blob of the CSV export. */
  exportCommitmentsCsv(query: CommitmentListQuery): Promise<Blob>;
  /** PMO only: the dashboard's aggregates (by department, matrix, weekly completion and purpose score, by objective). */
  dashboardSummary(query?: DashboardQuery): Promise<DashboardSummary>;
}
