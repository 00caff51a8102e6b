// Live changes of one agenda. Server-sent events over fetch (EventSource can't send a bearer token),
// reconnecting with backoff and `Last-Event-ID` = the last revision seen, so the server catches us up.
// When streaming keeps failing (or a proxy hands back something that isn't a stream), poll instead.
// The server may end a stream on purpose, and each way is handled without bothering the user:
// - it closes a stream that fell behind (or restarts): reconnect at once and catch up with one event;
// - `event: reauth` before closing: the token expired — get a fresh one, then reconnect;
// - 429 with Retry-After: too many live views open — poll meanwhile, stream again after that time.
// A refusal (403: not an attendee; 404: no such agenda) is final: asking again cannot change it, so the
// subscription ends and says so ("refused") instead of retrying.
import { AgendaChangeEvent, type AgendaView } from "../../core/api/contract";
import { ApiError, type Auth, type LiveHandlers, type LiveSubscription } from "../ports";
import { backoffDelay, sleep } from "./backoff";
import { SseParser } from "./sse-parser";

export interface LiveEventsOptions {
  /** The agenda's /events URL. */
  url: string;
  auth: Auth;
  fetch: typeof fetch;
  /** GET the agenda's view (used while polling). */
  poll: () => Promise<AgendaView>;
  pollIntervalMs?: number;
  reconnectBaseMs?: number;
  reconnectMaxMs?: number;
  /** Consecutive failed connections before falling back to polling. */
  maxStreamFailures?: number;
  /** No byte (not even a heartbeat) for this long means the connection is dead. */
  idleTimeoutMs?: number;
  /** While polling, try streaming again this often. */
  streamRetryMs?: number;
  /** The revision the caller already has; older events are ignored. */
  sinceRevision?: number;
}

type StreamOutcome = "dropped" | "failed" | "not-a-stream" | "closed" | "reauth" | "refused" | { busyForMs: number };

/** Retry-After in seconds (or an HTTP date), as milliseconds; null when absent or unreadable. */
function retryAfterMsOf(header: string | null): number | null {
  if (header === null || header.trim() === "") return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

const isRefusal = (status: number) => status === 403 || status === 404;

export function subscribeLive(opts: LiveEventsOptions, handlers: LiveHandlers): LiveSubscription {
  const pollIntervalMs = opts.pollIntervalMs ?? 2_000;
  const maxFailures = opts.maxStreamFailures ?? 3;
  const idleTimeoutMs = opts.idleTimeoutMs ?? 45_000;
  const backoff = { baseDelayMs: opts.reconnectBaseMs ?? 500, maxDelayMs: opts.reconnectMaxMs ?? 15_000 };
  const life = new AbortController();
  let lastRevision = opts.sinceRevision ?? 0;
  let status: "live" | "reconnecting" | "polling" | "refused" | null = null;
  let serverRetryMs: number | null = null;

  const setStatus = (next: "live" | "reconnecting" | "polling" | "refused") => {
    if (status === next || life.signal.aborted) return;
    status = next;
    handlers.onStatus?.(next);
  };
  const deliver = (event: AgendaChangeEvent) => {
    if (life.signal.aborted || event.revision <= lastRevision) return;
    lastRevision = event.revision;
    handlers.onChange(event);
  };

  /** One connection, until it ends. */
  async function stream(refreshToken: boolean): Promise<StreamOutcome | "unauthorized"> {
    const conn = new AbortController();
    const stop = () => conn.abort();
    life.signal.addEventListener("abort", stop);
    let idle: ReturnType<typeof setTimeout> | undefined;
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(() => conn.abort(new Error("idle")), idleTimeoutMs);
    };
    let received = false;
    let reauth = false;
    try {
      const token = await opts.auth.getToken(refreshToken ? { forceRefresh: true } : undefined);
      const headers: Record<string, string> = { accept: "text/event-stream", authorization: `Bearer ${token}` };
      if (lastRevision > 0) headers["last-event-id"] = String(lastRevision);
      touch();
      const response = await opts.fetch(opts.url, { headers, signal: conn.signal });
      if (response.status === 401) return "unauthorized";
      if (isRefusal(response.status)) return "refused";
      if (response.status === 429) {
        void response.body?.cancel().catch(() => undefined);
        return { busyForMs: Math.max(1_000, retryAfterMsOf(response.headers.get("retry-after")) ?? 10_000) };
      }
      if (!response.ok) return "failed";
      const type = response.headers.get("content-type") ?? "";
      if (!response.body || !type.includes("text/event-stream")) {
        void response.body?.cancel().catch(() => undefined);
        return "not-a-stream";
      }
      setStatus("live");
      const parser = new SseParser((e) => {
        if (e.event === "reauth") reauth = true;
        if (e.event !== "change") return;
        try {
          const parsed = AgendaChangeEvent.safeParse(JSON.parse(e.data));
          if (parsed.success) deliver(parsed.data);
        } catch {
          // A malformed event is skipped; the next one carries the whole view anyway.
        }
      });
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received = true;
        touch();
        parser.feed(decoder.decode(value, { stream: true }));
        serverRetryMs = parser.retryMs;
      }
      return life.signal.aborted ? "closed" : reauth ? "reauth" : received ? "dropped" : "failed";
    } catch {
      if (life.signal.aborted) return "closed";
      return received ? "dropped" : "failed";
    } finally {
      clearTimeout(idle);
      life.signal.removeEventListener("abort", stop);
      conn.abort();
    }
  }

  /** Polls until closed, refused, or until it is time to try streaming again. */
  async function pollFor(ms: number): Promise<"refused" | void> {
    setStatus("polling");
    const until = Date.now() + ms;
    while (!life.signal.aborted && Date.now() < until) {
      try {
        const view = await opts.poll();
        deliver({ agendaId: view.agenda.id, revision: view.agenda.revision, kind: "agenda", view });
      } catch (err) {
        if (err instanceof ApiError && isRefusal(err.status)) return "refused";
        // Offline or a server hiccup: the next tick tries again.
      }
      await sleep(pollIntervalMs, life.signal);
    }
  }

  async function run(): Promise<void> {
    let failures = 0;
    let refresh = false;
    for (;;) {
      const outcome = await stream(refresh);
      refresh = false;
      if (outcome === "closed" || life.signal.aborted) return;
      if (outcome === "refused") return setStatus("refused");
      if (typeof outcome === "object") {
        // The server has as many streams as it serves for us: poll until it says to try again.
        await pollFor(outcome.busyForMs);
        continue;
      }
      if (outcome === "reauth") {
        // The server ended the stream because our token expired: a fresh token, and straight back.
        refresh = true;
        failures = 0;
        setStatus("reconnecting");
        continue;
      }
      if (outcome === "unauthorized") {
        refresh = true;
        failures++;
      } else if (outcome === "dropped") {
        failures = 0;
      } else {
        failures++;
      }
      if (outcome === "not-a-stream" || failures >= maxFailures) {
        if ((await pollFor(opts.streamRetryMs ?? 60_000)) === "refused") return setStatus("refused");
        failures = maxFailures - 1; // one more failed try goes straight back to polling
        continue;
      }
      setStatus("reconnecting");
      await sleep(failures === 0 ? (serverRetryMs ?? backoff.baseDelayMs) : backoffDelay(failures, backoff), life.signal);
    }
  }

  run().catch(() => undefined); // only ever ends by close(), whose abort rejects the pending sleep
  return {
    close() {
      life.abort();
    },
  };
}
