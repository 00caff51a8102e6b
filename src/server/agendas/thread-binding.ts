// The binding rule: one agenda per (tenant, Teams meeting thread). The first agenda to name a thread
// holds it; creating or patching another agenda onto it answers 409 — unless the new binding was
// proven by the meeting's own organizer (thread-proof.ts) and the holder's was not: then the
// organizer's agenda takes the thread and the other is unbound, so an attendee who bound the meeting
// first (or a binding from before proofs) can't keep the organizer's meeting tab.
// The 409 says whose agenda holds the thread, and its id, only to someone who may open that agenda:
// anyone else learns that the meeting has an agenda, not who organizes it.
// There is no unique index (agendas created before the rule may share a thread), so the check runs
// inside the writer's transaction, serialized per thread: SQLite runs one write transaction at a
// time; on PostgreSQL a transaction-scoped advisory lock on the (tenant, thread) key does it.
import { sql } from "kysely";
import { TEAMS_THREAD_BOUND, type ThreadBoundConflict } from "../../core/api/thread-binding-contract";
import type { Principal } from "../auth/principal";
import type { Db } from "../db/database";
import { isPostgres } from "../db/dialect";
import { HttpError } from "../http/http-error";
import { nowIso } from "../ids";
import { clearThreadBinding, findThreadHolderRow, isAgendaAttendee } from "./agenda.repository";
import type { ThreadProof } from "./thread-proof";

export const THREAD_BOUND_TO_OTHER = "This Teams meeting already has an agenda, organized by someone else";
export const THREAD_BOUND_TO_YOURS = "This Teams meeting already has an agenda, and you organize it: open that one instead";

async function lockThread(db: Db, tenantId: string, threadId: string): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`select pg_advisory_xact_lock(hashtext(${`agenda-thread:${tenantId}:${threadId}`}))`.execute(db);
}

/**
 * Makes `threadId` free for agenda `agendaId` (undefined while creating): throws 409 when another
 * agenda holds it, or unbinds that agenda when `proof` is the meeting organizer's and the holder's is
 * not. Returns the id of an agenda it unbound (its viewers need a live event). Call it inside the
 * write transaction, before writing the thread id.
 */
export async function claimThread(
  db: Db,
  principal: Principal,
  threadId: string | null | undefined,
  proof: ThreadProof | null | undefined,
  agendaId?: string,
): Promise<string | null> {
  if (!threadId) return null;
  const tenantId = principal.tenantId;
  await lockThread(db, tenantId, threadId);
  const holder = await findThreadHolderRow(db, tenantId, threadId);
  if (!holder || holder.id === agendaId) return null;
  if (proof === "organizer" && holder.thread_proof !== "organizer") {
    await clearThreadBinding(db, tenantId, holder.id, nowIso());
    // Agendas from before the binding rule may share the thread: free it of all of them.
    return (await claimThread(db, principal, threadId, proof, agendaId)) ?? holder.id;
  }
  const yours = holder.organizer_oid !== null && holder.organizer_oid !== undefined && holder.organizer_oid === principal.userId;
  const canOpen = yours || (await isAgendaAttendee(db, tenantId, holder.id, principal.userId));
  const current: ThreadBoundConflict = {
    reason: TEAMS_THREAD_BOUND,
    organizerEmail: canOpen ? holder.organizer_email : null,
    yours,
    agendaId: canOpen ? holder.id : null,
  };
  throw new HttpError("conflict", yours ? THREAD_BOUND_TO_YOURS : THREAD_BOUND_TO_OTHER, { field: "teamsThreadId", current });
}
