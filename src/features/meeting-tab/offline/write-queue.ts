// The meeting tab's writes, in order, surviving a flaky network and reloads. Every write the user
// makes goes through here: sent at once when online; kept (in local storage, with its
// Idempotency-Key) when offline or when the network fails, and sent again in order on reconnect
// with backoff. The server replays a write it already applied, so a resend never duplicates.
// A 412 parks the write as a conflict for the user to decide; any other 4xx parks it as failed with
// the server's reason — in both cases with the text kept. A 401 pauses everything until sign-in.
import { Commitment, Contribution } from "../../../core/api/contract";
import { backoffDelay } from "../../../platform/http/backoff";
import { newIdempotencyKey } from "../../../platform/http/request";
import { ApiError, type ApiClient, type LocalStore } from "../../../platform/ports";
import { parseQueue, sendWrite, type QueuedWrite, type WriteIntent } from "./queued-write";

export type SubmitOutcome =
  | { kind: "done"; result: unknown }
  /** Kept for later (offline, network down, or behind earlier writes); the queue shows it. */
  | { kind: "queued" }
  /** Someone changed it meanwhile: the queue holds both versions for the user to decide. */
  | { kind: "conflict" }
  /** Refused (4xx); not queued — the caller keeps the text and shows the reason. */
  | { kind: "failed"; error: ApiError };

export interface WriteQueueSnapshot {
  writes: readonly QueuedWrite[];
  /** A 401 that a silent token refresh could not fix: nothing is sent until the user signs in. */
  needsSignIn: boolean;
  /** The key of the write on the wire, if any. */
  sending: string | null;
}

export interface WriteQueueOptions {
  api: ApiClient;
  store: LocalStore;
  /** Where this queue lives in the store (per user and agenda). */
  storageKey: string;
  isOnline?: () => boolean;
  newKey?: () => string;
  now?: () => Date;
  /** Base of the retry backoff after a network failure (default 1 s, at most 30 s). */
  retryBaseMs?: number;
  /** After the server accepted a write: show its result at once. */
  onSent?: (intent: WriteIntent, result: unknown) => void;
}

export interface WriteQueue {
  snapshot(): WriteQueueSnapshot;
  subscribe(listener: () => void): () => void;
  submit(intent: WriteIntent): Promise<SubmitOutcome>;
  /** Sends what is pending, in order (on reconnect, after sign-in, on a retry timer). */
  flush(): Promise<void>;
  /** Conflict: send mine (or the merged text) again on top of their version. */
  keepMine(key: string, text?: string): void;
  /** Conflict ("use theirs") or failed: forget my write. */
  discard(key: string): void;
  /** Failed: try again as it is. */
  retry(key: string): void;
  /** The user signed in again: resume. */
  signedIn(): void;
  /**
   * Stops sending (and any retry timer) until start(); writes stay queued and stored. Both can be
   * called any number of times: React's StrictMode runs an effect's setup, cleanup and setup again
   * on the same memoized queue, which must then work as before.
   */
  stop(): void;
  /** Sends again (a new queue starts sending at once): flushes what is pending. */
  start(): void;
}

const isTransient = (e: ApiError) => e.isNetwork || e.status === 408 || e.status === 429 || e.status >= 500;
const toApiError = (err: unknown): ApiError =>
  err instanceof ApiError ? err : new ApiError(0, "network", err instanceof Error ? err.message : String(err));

export function createWriteQueue(options: WriteQueueOptions): WriteQueue {
  const { api, store, storageKey } = options;
  const isOnline = options.isOnline ?? (() => typeof navigator === "undefined" || navigator.onLine !== false);
  const newKey = options.newKey ?? newIdempotencyKey;
  const now = options.now ?? (() => new Date());
  // A write cut off mid-send by a reload is simply pending again: resending it is a replay.
  let writes: QueuedWrite[] = parseQueue(store.get(storageKey));
  let needsSignIn = false;
  let sending: string | null = null;
  let snap: WriteQueueSnapshot = { writes, needsSignIn, sending };
  const listeners = new Set<() => void>();
  const waiters = new Map<string, (outcome: SubmitOutcome) => void>();
  let running: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  function changed(persist: boolean) {
    if (persist) {
      if (writes.length === 0) store.remove(storageKey);
      else store.set(storageKey, JSON.stringify(writes));
    }
    snap = { writes, needsSignIn, sending };
    listeners.forEach((l) => l());
  }
  const update = (key: string, patch: Partial<QueuedWrite>) => {
    writes = writes.map((w) => (w.key === key ? { ...w, ...patch } : w));
    changed(true);
  };
  const remove = (key: string) => {
    writes = writes.filter((w) => w.key !== key);
    changed(true);
  };
  const settle = (key: string, outcome: SubmitOutcome) => {
    waiters.get(key)?.(outcome);
    waiters.delete(key);
  };
  const settleAllQueued = () => [...waiters.keys()].forEach((k) => settle(k, { kind: "queued" }));

  function scheduleRetry(attempts: number) {
    if (timer || stopped) return;
    const delay = backoffDelay(attempts, { baseDelayMs: options.retryBaseMs ?? 1000, maxDelayMs: 30_000 });
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delay);
  }

  async function drain(): Promise<void> {
    for (;;) {
      const next = writes.find((w) => w.state === "pending");
      if (!next || needsSignIn || stopped) return settleAllQueued();
      if (!isOnline()) return settleAllQueued();
      sending = next.key;
      changed(false);
      try {
        const result = await sendWrite(api, next.key, next.intent);
        sending = null;
        remove(next.key);
        options.onSent?.(next.intent, result);
        settle(next.key, { kind: "done", result });
      } catch (err) {
        sending = null;
        const error = toApiError(err);
        // An obstacle is added on top of the others' (never a choice for the user): an agenda that
        // kept moving while it was rebased is simply tried again later.
        const obstacleRace = error.status === 412 && next.intent.kind === "addObstacle";
        if (error.status === 412 && !obstacleRace) {
          if (next.intent.kind === "setCommitmentStatus") {
            const theirs = Commitment.safeParse(error.current);
            update(next.key, { state: "conflict", theirsCommitment: theirs.success ? theirs.data : null });
          } else {
            const theirs = Contribution.safeParse(error.current);
            update(next.key, { state: "conflict", theirs: theirs.success ? theirs.data : null });
          }
          settle(next.key, { kind: "conflict" });
        } else if (error.status === 401) {
          needsSignIn = true;
          changed(false);
          return settleAllQueued();
        } else if (isTransient(error) || obstacleRace) {
          const attempts = next.attempts + 1;
          update(next.key, { attempts });
          scheduleRetry(attempts);
          return settleAllQueued();
        } else if (waiters.has(next.key)) {
          // The user is still looking at the form: it keeps the text and shows the reason.
          remove(next.key);
          settle(next.key, { kind: "failed", error });
        } else {
          update(next.key, { state: "failed", failure: { status: error.status, code: error.code, message: error.message } });
        }
      }
    }
  }

  function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await drain();
        } while (again);
      } finally {
        // Cleared in the same tick as the last check of `again`, so no flush() falls in between.
        running = null;
      }
    })();
    return running;
  }

  // A new key: this is a different request (another If-Match), not a resend of the first.
  function requeue(key: string, intent: WriteIntent) {
    writes = writes.map((w) => (w.key === key ? { key: newKey(), intent, state: "pending", attempts: 0, queuedAt: w.queuedAt } : w));
    changed(true);
    void flush();
  }

  return {
    snapshot: () => snap,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    submit(intent) {
      const key = newKey();
      writes = [...writes, { key, intent, state: "pending", attempts: 0, queuedAt: now().toISOString() }];
      changed(true);
      const outcome = new Promise<SubmitOutcome>((resolve) => waiters.set(key, resolve));
      void flush();
      return outcome;
    },
    flush,
    keepMine(key, text) {
      const write = writes.find((w) => w.key === key);
      if (!write || write.state !== "conflict") return;
      if (write.intent.kind === "setCommitmentStatus") {
        if (!write.theirsCommitment) return;
        // Re-apply my status on top of their version: the next If-Match is theirs.
        const { version, dueDate } = write.theirsCommitment;
        requeue(key, { ...write.intent, version, dueDate });
        return;
      }
      if (!write.theirs) return;
      const theirs = write.theirs;
      const intent: WriteIntent =
        write.intent.kind === "editContribution"
          ? { ...write.intent, version: theirs.version, text: text ?? write.intent.text, baseText: theirs.text }
          : write.intent.kind === "deleteContribution"
            ? { ...write.intent, version: theirs.version, text: theirs.text }
            : write.intent;
      requeue(key, intent);
    },
    discard: remove,
    retry(key) {
      update(key, { state: "pending", attempts: 0 });
      void flush();
    },
    signedIn() {
      needsSignIn = false;
      changed(false);
      void flush();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
    start() {
      stopped = false;
      void flush();
    },
  };
}
