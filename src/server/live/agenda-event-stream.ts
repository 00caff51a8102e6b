// GET /api/agendas/:id/events as server-sent events. Each event is the whole new AgendaView with
// `id: <revision>`, so a client that reconnects with Last-Event-ID gets exactly one catch-up event
// if it missed anything, and a client can never apply changes out of order (revisions only grow).
import type { FastifyReply, FastifyRequest } from "fastify";
import type { AgendaChangeEvent } from "../../core/api/contract";
import { canOpenAgenda } from "../agendas/agenda-access";
import { loadAgendaView } from "../agendas/agenda-view";
import type { RouteDeps } from "../routes/route-deps";

export const SSE_RETRY_MS = 2000;
/** Keeps proxies and load balancers from closing an idle stream. */
export const SSE_HEARTBEAT_MS = 15_000;

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

// The fan-out hands the same event object to every viewer of the agenda: serialise it once.
const formatted = new WeakMap<AgendaChangeEvent, string>();

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

  const send = (event: AgendaChangeEvent) => {
    if (ended || event.revision <= lastSent) return;
    // Removed from the meeting while watching: stop, and let the reconnect get its 403.
    if (!canOpenAgenda(event.view.agenda, principal)) return end();
    lastSent = event.revision;
    res.write(formatChangeEvent(event));
  };

  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    open.delete(end);
    res.end();
  };

  // Subscribe before reading the catch-up view, so no change can fall between the two.
  const unsubscribe = deps.live.subscribe(principal.tenantId, agendaId, send);
  const heartbeat = setInterval(() => {
    if (!ended) res.write(": ping\n\n");
  }, SSE_HEARTBEAT_MS);
  open.add(end);
  res.on("close", end);
  res.on("error", end);
  // A client that left while access was being checked has already fired "close": stop now, or the
  // subscriber and its heartbeat would live until shutdown.
  if (request.raw.destroyed || res.destroyed || res.socket?.destroyed) return end();

  try {
    const view = await loadAgendaView(deps.db, principal.tenantId, agendaId);
    if (!view) return end();
    send({ agendaId, revision: view.agenda.revision, kind: "agenda", view });
  } catch (error) {
    request.log.error({ err: error, agendaId }, "could not load the agenda for its live stream");
    end();
  }
}
