// One write the user meant to make, as the offline queue keeps it (JSON, in local storage): what to
// send, the version it was based on, and the Idempotency-Key chosen once when the user acted, so
// every resend — after a reload, after a lost answer — is a replay of the same write on the server.
import { Agenda, type Commitment, type CommitmentCreate, type CommitmentStatus, type Contribution, type ContributionCreate } from "../../../core/api/contract";
import type { RequestCreate, RequestRespond } from "../../../core/api/request-contract";
import { ApiError, type ApiClient } from "../../../platform/ports";

export type WriteIntent =
  | { kind: "addContribution"; agendaId: string; input: ContributionCreate }
  /** baseText: the text the user started from (shown next to theirs in a conflict). */
  | { kind: "editContribution"; agendaId: string; id: string; version: number; text: string; baseText: string }
  | { kind: "deleteContribution"; agendaId: string; id: string; version: number; text: string }
  | { kind: "addCommitment"; agendaId: string; input: CommitmentCreate }
  /**
   * version: the commitment's version the user acted on (sent as If-Match; absent in writes queued
   * before versions existed, which then keep last-writer-wins). dueDate: shown as "mine" in a conflict.
   */
  | { kind: "setCommitmentStatus"; agendaId: string; id: string; status: CommitmentStatus; action: string; version?: number; dueDate?: string }
  /**
   * Obstacles are a list on the agenda itself: version and obstacles are the agenda as the user saw
   * it, so a resend is the very same PATCH (a replay); text goes on top of whatever is there by then.
   */
  | { kind: "addObstacle"; agendaId: string; version: number; obstacles: string[]; text: string }
  | { kind: "addRequest"; agendaId: string; input: RequestCreate }
  /** text: what the answer is about (the request), shown in the pending list. */
  | { kind: "respondRequest"; agendaId: string; id: string; input: RequestRespond; text: string };

export type WriteState = "pending" | "conflict" | "failed";

export interface WriteFailure {
  status: number;
  code: string;
  message: string;
}

export interface QueuedWrite {
  key: string;
  intent: WriteIntent;
  state: WriteState;
  /** Failed tries (network, 5xx, 408, 429) since the last success, for the backoff. */
  attempts: number;
  queuedAt: string;
  /** Why it failed (state "failed"), from the server. */
  failure?: WriteFailure;
  /** The server's current contribution (state "conflict"); null when it is gone. */
  theirs?: Contribution | null;
  /** The server's current commitment (state "conflict" of a commitment write); null when unreadable. */
  theirsCommitment?: Commitment | null;
}

/** Sends one write; resolves with what the server answered (undefined for a delete). */
export function sendWrite(api: ApiClient, key: string, intent: WriteIntent): Promise<unknown> {
  const idempotencyKey = key;
  switch (intent.kind) {
    case "addContribution":
      return api.addContribution(intent.agendaId, intent.input, { idempotencyKey });
    case "editContribution":
      return api.updateContribution(intent.id, { text: intent.text }, { ifMatch: intent.version, idempotencyKey });
    case "deleteContribution":
      return api.deleteContribution(intent.id, { ifMatch: intent.version, idempotencyKey });
    case "addCommitment":
      return api.addCommitment(intent.agendaId, intent.input, { idempotencyKey });
    case "setCommitmentStatus":
      return api.updateCommitment(
        intent.id,
        { status: intent.status },
        intent.version === undefined ? { idempotencyKey } : { ifMatch: intent.version, idempotencyKey },
      );
    case "addObstacle":
      return appendObstacle(api, key, intent);
    case "addRequest":
      return api.addRequest(intent.agendaId, intent.input, { idempotencyKey });
    // No If-Match: the server answers a second answer with 409 naming the request's state.
    case "respondRequest":
      return api.respondToRequest(intent.id, intent.input, { idempotencyKey });
  }
}

type AddObstacle = Extract<WriteIntent, { kind: "addObstacle" }>;
const occurrences = (list: readonly string[], text: string) => list.filter((o) => o === text).length;
/** Times the agenda may have moved on between reading it (412) and writing on top of it. */
const OBSTACLE_REBASES = 3;

/**
 * Adds an obstacle on the version the user saw; when others changed the agenda since (412), on
 * theirs — each rebase a request of its own (its own key), unless theirs already holds mine: then an
 * earlier send of this write went through and only its answer was lost.
 */
async function appendObstacle(api: ApiClient, key: string, intent: AddObstacle): Promise<Agenda> {
  const { agendaId, text } = intent;
  try {
    return await api.patchAgenda(agendaId, intent.version, { obstacles: [...intent.obstacles, text] }, { idempotencyKey: key });
  } catch (err) {
    let error = err;
    for (let rebase = 0; rebase < OBSTACLE_REBASES; rebase++) {
      const theirs = error instanceof ApiError && error.status === 412 ? Agenda.safeParse(error.current) : null;
      if (!theirs?.success) throw error;
      if (occurrences(theirs.data.obstacles, text) > occurrences(intent.obstacles, text)) return theirs.data;
      try {
        const obstacles = [...theirs.data.obstacles, text];
        return await api.patchAgenda(agendaId, theirs.data.version, { obstacles }, { idempotencyKey: `${key}:${theirs.data.version}` });
      } catch (next) {
        error = next;
      }
    }
    throw error;
  }
}

/** The text a write carries, shown in the pending list so nothing typed is ever out of sight. */
export function writeText(intent: WriteIntent): string {
  switch (intent.kind) {
    case "addContribution":
      return intent.input.text;
    case "editContribution":
    case "deleteContribution":
      return intent.text;
    case "addCommitment":
      return intent.input.action;
    case "setCommitmentStatus":
      return intent.action;
    case "addObstacle":
      return intent.text;
    case "addRequest":
      return intent.input.text;
    case "respondRequest":
      return intent.input.text || intent.text;
  }
}

/** Reads the stored queue tolerantly: anything unreadable is dropped, never thrown. */
export function parseQueue(raw: string | null): QueuedWrite[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (w): w is QueuedWrite =>
        typeof w === "object" && w !== null && typeof (w as QueuedWrite).key === "string" && typeof (w as QueuedWrite).intent === "object",
    );
  } catch {
    return [];
  }
}
