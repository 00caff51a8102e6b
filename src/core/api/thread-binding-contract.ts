// The one-agenda-per-Teams-meeting rule as clients see it in a 409.
import { z } from "zod";
import { Email, Id } from "./primitives";

/**
 * A Teams meeting thread binds to one agenda per tenant. A 409 `conflict` with field
 * "teamsThreadId" carries this as `error.current`: whose agenda holds the thread and its id, both
 * only when the caller may open that agenda (null otherwise).
 */
export const TEAMS_THREAD_BOUND = "teams_thread_bound";
export const ThreadBoundConflict = z.object({
  reason: z.literal(TEAMS_THREAD_BOUND),
  /** Who organizes the agenda holding the thread, when the caller may open it; else null. */
  organizerEmail: Email.nullable(),
  /** The caller organizes the agenda holding the thread. */
  yours: z.boolean(),
  /** The agenda's id when the caller may open it (organizer or attendee), else null. */
  agendaId: Id.nullable(),
});
export type ThreadBoundConflict = z.infer<typeof ThreadBoundConflict>;
