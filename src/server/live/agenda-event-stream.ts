// GET /api/agendas/:id/events as server-sent events. Each event is the whole new AgendaView with
// `id: <revision>`, so a client that reconnects with Last-Event-ID gets exactly one catch-up event
// if it missed anything, and a client can never apply changes out of order (revisions only grow).
// A stream can't hurt the server: one that is not read fast enough is closed once more than
// MAX_BUFFERED_BYTES wait for its client (who reconnects and catches up with one event) instead of
// buffering every view in memory; a stream ends when the token that opened it expires, telling the
// client to sign in again (`event: reauth`); and stream-limits.ts caps how many are open.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { AgendaChangeEvent } from "../../core/api/contract";
import { canOpenAgenda } from "../agendas/agenda-access";
import { loadAgendaView } from "../agendas/agenda-view";
import type { RouteDeps } from "../routes/route-deps";

export const SSE_RETRY_MS = 2000;
/** Keeps proxies and load balancers from closing an idle stream. */
export const SSE_HEARTBEAT_MS = 15_000;
/** A stream with more than this waiting to be sent is closed rather than fed. */
export const MAX_BUFFERED_BYTES = 1_048_576;
/**
 * What may wait (the response head, the retry line, a ping) without counting against the bound:
 * a view larger than the bound still reaches a client that keeps up — else a large meeting's
 * stream would close before its first event, every time its client reconnects.
 */
const HEADROOM_BYTES = 16_384;
/** Sent before a stream ends because its token expired: the client gets a new token and reconnects. */
export const REAUTH_FRAME = `event: reauth\ndata: {"reason":"token_expired"}\n\n`;

/** Streams still open, so that closing the app can end them (they never end by themselves). */
export type OpenStreams = Set<() => void>;

/** The revision the client already has: Last-Event-ID header, or ?lastEventId= (EventSource polyfills). */
export function lastEventIdOf(request: FastifyRequest): number | undefined {
  const header = request.headers["last-event-id"];
  const query = (request.query as Record<string, unknown> | undefined)?.lastEventId;
  const raw = typeof header === "string" && header.trim() !== "" ? header : typeof query === "string" ? query : undefined;
  if (raw === undefined || !/^\s*\d{1,15}\s*$/.test(raw)) return undefined;
  return Number(raw);
}

// The fan-out hands the same event object to every viewer of the agenda: serialise it once, and
// encode it once — every stream's socket queue then holds a reference to one shared buffer, not a copy.
const formatted = new WeakMap<AgendaChangeEvent, string>();
const encoded = new WeakMap<AgendaChangeEvent, Buffer>();

/** The event's frame as bytes, shared by every stream that sends it. */
export function changeEventBytes(event: AgendaChangeEvent): Buffer {
  let bytes = encoded.get(event);
  if (bytes === undefined) {
    bytes = Buffer.from(formatChangeEvent(event), "utf8");
    encoded.set(event, bytes);
  }
  return bytes;
}

export function formatChangeEvent(event: AgendaChangeEvent): string {
  let frame = formatted.get(event);
  if (frame === undefined) {
    frame = `id: ${event.revision}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`;
    formatted.set(event, frame);
  }
  return frame;
}

/** Takes over the response (access must already be checked) and streams until either side closes. */
export async function streamAgendaEvents(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: Pick<RouteDeps, "db" | "live">,
  agendaId: string,
  open: OpenStreams,
  /** Called once when the stream ends, however it ends (frees its slot in stream-limits.ts). */
  onEnd?: () => void,
): Promise<void> {
  const principal = request.principal;
  let lastSent = lastEventIdOf(request) ?? 0;
  let ended = false;

  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    // The socket serves only this stream: when the stream ends (removed attendee, server closing)
    // the connection goes too, instead of idling in keep-alive and holding up a shutdown.
    connection: "close",
    "x-accel-buffering": "no",
    "x-content-type-options": "nosniff",
  });
  res.write(`retry: ${SSE_RETRY_MS}\n\n`);

  /**
   * Writes unless the client has fallen behind: then the stream is cut, and its buffer freed. What
   * waits counts with the frame about to join it, so a stream holds at most the bound, or one frame
   * when a single view is larger than that.
   */
  const write = (frame: string | Buffer) => {
    const size = typeof frame === "string" ? Buffer.byteLength(frame) : frame.length;
    if (res.writableLength > HEADROOM_BYTES && res.writableLength + size > MAX_BUFFERED_BYTES) {
      request.log.info({ agendaId, buffered: res.writableLength }, "closed a live stream whose client does not keep up; it reconnects and catches up");
      return end(true);
    }
    res.write(frame);
  };

  const send = (event: AgendaChangeEvent) => {
    if (ended || event.revision <= lastSent) return;
    // Removed from the meeting while watching: stop, and let the reconnect get its 403.
    if (!canOpenAgenda(event.view.agenda, principal)) return end();
    // Not lastSent yet: a stream cut before this write has not delivered it.
    write(changeEventBytes(event));
    if (!ended) lastSent = event.revision;
  };

  const end = (abort = false) => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    clearTimeout(expiry);
    unsubscribe();
    open.delete(end);
    onEnd?.();
    // A client that stopped reading would never take what end() still flushes: drop it instead.
    if (abort) res.destroy();
    else res.end();
  };

  // Subscribe before reading the catch-up view, so no change can fall between the two.
  const unsubscribe = deps.live.subscribe(principal.tenantId, agendaId, send);
  const heartbeat = setInterval(() => {
    if (!ended) write(": ping\n\n");
  }, SSE_HEARTBEAT_MS);
  // The token was checked once, when the stream opened: end the stream when it expires.
  const expiry = setTimeout(
    () => {
      if (ended) return;
      res.write(REAUTH_FRAME);
      end();
    },
    Math.min(2 ** 31 - 1, Math.max(0, (principal.expiresAt ?? Number.MAX_SAFE_INTEGER) - Date.now())),
  );
  open.add(end);
  res.on("close", () => end());
  res.on("error", () => end());
  // A client that left while access was being checked has already fired "close": stop now, or the
  // subscriber and its heartbeat would live until shutdown.
  if (request.raw.destroyed || res.destroyed || res.socket?.destroyed) return end();
  expiry.unref?.();

  try {
    const view = await loadAgendaView(deps.db, principal.tenantId, agendaId);
    if (!view) return end();
    send({ agendaId, revision: view.agenda.revision, kind: "agenda", view });
  } catch (error) {
    request.log.error({ err: error, agendaId }, "could not load the agenda for its live stream");
    end();
  }
}
