import type { FastifyBaseLogger } from "fastify";
import type { ChangeKind, LiveEvents } from "../routes/route-deps";

/** The last delivery queued per agenda: the next one starts after it, so viewers get changes in order. */
const queued = new Map<string, Promise<void>>();

/**
 * Tells live viewers about a committed change, without making the writer wait for the delivery
 * (loading the view and writing to every stream): it runs in the background, in order per agenda.
 * A failure here must not fail the write the client already got committed: it is logged, and
 * viewers catch up on their next reconnect. The promise resolves once the delivery is queued.
 */
export async function notifyAgendaChanged(
  live: LiveEvents,
  log: FastifyBaseLogger,
  tenantId: string,
  agendaId: string,
  kind: ChangeKind,
): Promise<void> {
  const key = `${tenantId}\u0000${agendaId}`;
  const deliver = async () => {
    try {
      await live.agendaChanged(tenantId, agendaId, kind);
    } catch (error) {
      log.error({ err: error, agendaId }, "could not send a live agenda change");
    }
  };
  const next = (queued.get(key) ?? Promise.resolve()).then(deliver);
  queued.set(key, next);
  void next.then(() => {
    if (queued.get(key) === next) queued.delete(key);
  });
}

/** Resolves when every delivery queued so far has run (tests, and a graceful shutdown). */
export async function liveDeliveriesSettled(): Promise<void> {
  while (queued.size > 0) await Promise.all([...queued.values()]);
}
