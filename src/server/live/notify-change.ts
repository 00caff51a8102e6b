import type { FastifyBaseLogger } from "fastify";
import type { ChangeKind, LiveEvents } from "../routes/route-deps";

/**
 * Tells live viewers about a committed change. A failure here must not fail the write the client
 * already got committed: it is logged, and viewers catch up on their next reconnect.
 */
export async function notifyAgendaChanged(
  live: LiveEvents,
  log: FastifyBaseLogger,
  tenantId: string,
  agendaId: string,
  kind: ChangeKind,
): Promise<void> {
  try {
    await live.agendaChanged(tenantId, agendaId, kind);
  } catch (error) {
    log.error({ err: error, agendaId }, "could not send a live agenda change");
  }
}
