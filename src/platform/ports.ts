// The ports between the app and its hosts. Features depend only on these interfaces; each has a
// real adapter (Office.js, teams-js, fetch, local dev tokens) and a fake (tests and /preview).
// Entries pick the implementation — nothing else does.
import type { Agenda, AgendaChangeEvent, AgendaCreate, AgendaListQuery, AgendaPatch, AgendaView, Commitment, CommitmentCreate, CommitmentPatch, Contribution, ContributionCreate, ContributionPatch, Department, DepartmentCreate, DepartmentUpdate, DirectoryEntry, Objective, ObjectiveCreate, Page } from "../core/api/contract";
import type { Me } from "../core/api/me-contract";
import type { Lang } from "../core/api/primitives";
import type { CommitmentListQuery } from "../core/api/commitment-list-contract";
import type { DashboardQuery, DashboardSummary } from "../core/api/dashboard-contract";
import type { CommitmentSyncRequest, CommitmentSyncResult } from "../core/api/reminders-contract";
import type { CarriedForward } from "../core/api/contract";
import type { ObjectiveListQuery, ObjectiveMerge, ObjectivePatch } from "../core/api/objective-library-contract";
import type { RequestCreate, RequestListQuery, RequestPage, RequestPatch, RequestRespond, RequestRespondResult, RequestSummary, RequestSummaryQuery, RequestExportQuery } from "../core/api/request-contract";
import type { DepartmentRequest } from "../core/api/request-view";

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
  userHint: {
    email: string | null;
    name: string | null;
    tenantId: string | null;
    /** Guests and anonymous meeting participants may not create an agenda here (a hint; absent = member). */
    kind?: "member" | "guest" | "anonymous";
  };
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
  /**
   * App caching: Teams shows this (cached) page again, possibly for another tab or meeting. The
   * handler gets the new context and must re-bind to it. Never fires where caching is unsupported.
   */
  onContextChange(handler: (context: TeamsContext) => void): () => void;
  /** App caching: Teams is about to cache the page; what must finish first returns a promise. */
  onBeforeUnload(handler: () => void | Promise<void>): () => void;
  /** Config page: tell Teams whether Save is enabled, and what to save. */
  setConfigValid(valid: boolean): void;
  onConfigSave(handler: () => Promise<{ entityId: string; contentUrl: string; suggestedDisplayName: string }>): void;
  canShareToStage(): Promise<boolean>;
  shareToStage(url: string): Promise<void>;
}

// ── Identity ─────────────────────────────────────────────────────────────────────────────────
export interface Auth {
  /** A bearer token for our API; re-acquired silently when expired, or rejects with SignInRequiredError. */
  getToken(options?: { forceRefresh?: boolean; interactive?: boolean }): Promise<string>;
}

// ── Local storage (drafts, the offline write queue) ─────────────────────────────────────────
/** A small synchronous key-value store kept across reloads (localStorage, or memory in tests). */
export interface LocalStore {
  get(key: string): string | null;
  /** Never throws: a full or disabled store just keeps nothing (the UI still works). */
  set(key: string, value: string): void;
  remove(key: string): void;
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
    /** On a 403 "not an attendee": the meeting's organizer, whom to ask to be added. */
    readonly organizerName?: string,
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
  /**
   * "live" = streaming; "reconnecting" after a drop; "polling" when streaming is unavailable;
   * "refused" = the server said 403/404: the subscription has ended and will not retry.
   */
  onStatus?(status: "live" | "reconnecting" | "polling" | "refused"): void;
}

/** How a write is sent: the version it was based on, and the key that makes a resend a replay. */
export interface WriteOptions {
  /** Sent as If-Match: the server answers 412 (error.current = its state) when it changed since. */
  ifMatch?: number;
  /** One key per intended write, reused for every resend (the server replays the first answer). */
  idempotencyKey?: string;
}

export interface ApiClient {
  me(): Promise<Me>;
  /** The picker's library (active objectives); `{ include: "all" }` adds archived ones and agendaCount. */
  listObjectives(query?: ObjectiveListQuery): Promise<Objective[]>;
  /** Carry-forward: open commitments of meetings on the objective before `before` (default: now). */
  openCommitmentsForObjective(objectiveId: string, before?: string): Promise<CarriedForward>;
  createObjective(input: ObjectiveCreate): Promise<Objective>;
  /** PMO only: edit, archive or restore (412 with error.current on a stale version). */
  updateObjective(id: string, version: number, patch: ObjectivePatch): Promise<Objective>;
  /** PMO only: every use of `id` moves to `input.intoId`; resolves with the objective merged into. */
  mergeObjective(id: string, input: ObjectiveMerge): Promise<Objective>;
  listDepartments(): Promise<Department[]>;
  createDepartment(input: DepartmentCreate): Promise<Department>;
  updateDepartment(id: string, input: DepartmentUpdate): Promise<Department>;
  resolveDirectory(emails: string[]): Promise<DirectoryEntry[]>;

  createAgenda(input: AgendaCreate): Promise<Agenda>;
  /** The same create (slots included, one transaction), answered with the whole view (`?return=view`). */
  createAgendaView(input: AgendaCreate): Promise<AgendaView>;
  getAgenda(id: string): Promise<AgendaView>;
  /** Rejects with ApiError status 412 (error.current = the server's agenda) on a stale version. */
  patchAgenda(id: string, version: number, patch: AgendaPatch, options?: Pick<WriteOptions, "idempotencyKey">): Promise<Agenda>;
  /** The same patch, answered with the whole view (`?return=view`): one request, no second read. */
  patchAgendaView(id: string, version: number, patch: AgendaPatch): Promise<AgendaView>;
  findAgendas(query: AgendaListQuery): Promise<Agenda[]>;
  renderAgenda(id: string, format: BodyFormat, lang?: Lang): Promise<string>;
  /** Server-sent events with reconnect and catch-up by revision; polling fallback. */
  subscribeAgenda(id: string, handlers: LiveHandlers): LiveSubscription;

  addContribution(agendaId: string, input: ContributionCreate, options?: WriteOptions): Promise<Contribution>;
  updateContribution(id: string, input: ContributionPatch, options?: WriteOptions): Promise<Contribution>;
  deleteContribution(id: string, options?: WriteOptions): Promise<void>;

  addCommitment(agendaId: string, input: CommitmentCreate, options?: WriteOptions): Promise<Commitment>;
  updateCommitment(id: string, patch: CommitmentPatch, options?: WriteOptions): Promise<Commitment>;
  listCommitments(query: CommitmentListQuery): Promise<Page<Commitment>>;
  /** A URL (with whatever auth it needs) or a Blob of the CSV export. */
  exportCommitmentsCsv(query: CommitmentListQuery): Promise<Blob>;
  /** PMO only: the same filters as an Excel workbook (.xlsx). */
  exportCommitmentsXlsx(query: CommitmentListQuery): Promise<Blob>;
  /** PMO only: the dashboard's aggregates (by department, matrix, weekly completion and purpose score, by objective). */
  dashboardSummary(query?: DashboardQuery): Promise<DashboardSummary>;
  /** The owner or a PMO puts a commitment on their To Do list (or in a Planner plan); 409 without Microsoft Graph. */
  syncCommitment(id: string, request: CommitmentSyncRequest, options?: WriteOptions): Promise<CommitmentSyncResult>;
  /** A department asks another of the meeting for something toward its objective (お願い). */
  addRequest(agendaId: string, input: RequestCreate, options?: WriteOptions): Promise<DepartmentRequest>;
  /** The asking department rewords, re-dates or withdraws an open request (If-Match required: options.ifMatch). */
  updateRequest(id: string, patch: RequestPatch, options?: WriteOptions): Promise<DepartmentRequest>;
  /** Accept (owner + due: a commitment), counter or decline; 409 when it is closed or waits for the other department. */
  respondToRequest(id: string, input: RequestRespond, options?: WriteOptions): Promise<RequestRespondResult>;
  /** Requests of the meetings I attend (a PMO: the tenant's), oldest first. */
  listRequests(query?: RequestListQuery): Promise<RequestPage>;
  /** PMO only: the department matrix of asks and answers, with the median time to answer. */
  requestSummary(query?: RequestSummaryQuery): Promise<RequestSummary>;
  /** PMO only: the requests of the list's filters as CSV (UTF-8 with BOM). */
  exportRequestsCsv(query?: RequestExportQuery): Promise<Blob>;
  /** PMO only: the same as an Excel workbook. */
  exportRequestsXlsx(query?: RequestExportQuery): Promise<Blob>;
  /** Interactive sign-in again (call it from a click: it may open a popup); absent in fakes. */
  signInAgain?(): Promise<void>;
}
