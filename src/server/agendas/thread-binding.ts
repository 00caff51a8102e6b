// The binding rule: one agenda per (tenant, Teams meeting thread). The first agenda to name a thread
// holds it; creating or patching another agenda onto it answers 409 and says whose agenda holds it.
// There is no unique index (agendas created before the rule may share a thread), so the check runs
// inside the writer's transaction, serialized per thread: SQLite runs one write transaction at a
// time; on PostgreSQL a transaction-scoped advisory lock on the (tenant, thread) key does it.
import { sql } from "kysely";
import { TEAMS_THREAD_BOUND, type ThreadBoundConflict } from "../../core/api/thread-binding-contract";
import type { Principal } from "../auth/principal";
import type { Db } from "../db/database";
import { isPostgres } from "../db/dialect";
import { HttpError } from "../http/http-error";
import { findThreadHolderRow, isAgendaAttendee } from "./agenda.repository";

export const THREAD_BOUND_TO_OTHER = "This Teams meeting already has an agenda, organized by someone else";
export const THREAD_BOUND_TO_YOURS = "This Teams meeting already has an agenda, and you organize it: open that one instead";

async function lockThread(db: Db, tenantId: string, threadId: string): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`select pg_advisory_xact_lock(hashtext(${`agenda-thread:${tenantId}:${threadId}`}))`.execute(db);
}

/**
 * Throws 409 when `threadId` is already held by an agenda other than `agendaId`. Call it inside the
 * write transaction, before writing the thread id.
 */
export async function assertThreadFree(db: Db, principal: Principal, threadId: string | null | undefined, agendaId?: string): Promise<void> {
  if (!threadId) return;
  const tenantId = principal.tenantId;
  await lockThread(db, tenantId, threadId);
  const holder = await findThreadHolderRow(db, tenantId, threadId);
  if (!holder || holder.id === agendaId) return;
  const email = principal.email.toLowerCase();
  const yours = holder.organizer_email === email;
  const canOpen = yours || (await isAgendaAttendee(db, tenantId, holder.id, email));
  const current: ThreadBoundConflict = {
    reason: TEAMS_THREAD_BOUND,
    organizerEmail: holder.organizer_email,
    yours,
    agendaId: canOpen ? holder.id : null,
  };
  throw new HttpError("conflict", yours ? THREAD_BOUND_TO_YOURS : THREAD_BOUND_TO_OTHER, { field: "teamsThreadId", current });
}
