// POST /api/commitments/:id/sync: the commitment's owner (or a PMO) puts it on their To Do list or in
// a Planner plan. The link is stored (commitment_links), so a second sync updates the same task
// instead of adding another. Without Microsoft Graph (local mode, or Entra without a client secret)
// the answer is 409 with what to configure: the request is fine, the server just can't reach To Do.
import type { z } from "zod";
import type { CommitmentSyncRequest, CommitmentSyncResult } from "../../core/api/reminders-contract";
import type { Principal } from "../auth/principal";
import { findCommitmentRow } from "../commitments/commitment.repository";
import type { Db } from "../db/database";
import { GraphError } from "../graph/graph-error";
import { retryAfterSecOf } from "../graph/graph-writer";
import { HttpError, forbidden, notFound } from "../http/http-error";
import { nowIso } from "../ids";
import { withReminderTables } from "../reminders/reminder.tables";
import { claimSync, releaseClaim } from "./sync-claim";
import type { TaskLink, TaskSync } from "./task-sync";

export const SYNC_RUNNING = "This commitment is being synced to To Do or Planner right now; try again in a moment";

/** For the user: what is wrong and who can fix it. What to configure goes to the log (SYNC_NEEDS_GRAPH_LOG). */
export const SYNC_NEEDS_GRAPH =
  "Syncing to Microsoft To Do or Planner isn't set up on this server — ask your administrator to connect Common Purpose to Microsoft 365";
export const SYNC_NEEDS_GRAPH_LOG =
  "a To Do / Planner sync was asked for, but this server has no Microsoft Graph: set AUTH_MODE=entra and ENTRA_CLIENT_SECRET (README: Reminders and the Notifier)";
export const SYNC_REFUSED =
  "Microsoft 365 did not let Common Purpose write your tasks — ask your administrator to allow the app access to To Do and Planner";

/** Graph on behalf of the caller: the task adapter and a way to get the caller's Graph token. */
export interface CommitmentSyncBackend {
  tasks: TaskSync;
  graphTokenFor(tenantId: string, callerToken: string): Promise<string>;
}

export interface SyncLog {
  warn(details: object, message: string): void;
}

export async function syncCommitment(
  db: Db,
  backend: CommitmentSyncBackend | null,
  principal: Principal,
  callerToken: string | null,
  commitmentId: string,
  request: z.output<typeof CommitmentSyncRequest>,
  log?: SyncLog,
): Promise<CommitmentSyncResult> {
  const row = await findCommitmentRow(db, principal.tenantId, commitmentId);
  if (!row) throw notFound("The commitment");
  if (!principal.isPmo && (!row.owner_oid || row.owner_oid !== principal.userId)) throw forbidden("Only the commitment's owner or a PMO can sync it to To Do or Planner");
  if (!backend || callerToken === null) {
    log?.warn({ commitmentId }, SYNC_NEEDS_GRAPH_LOG);
    throw new HttpError("conflict", SYNC_NEEDS_GRAPH);
  }

  const key = { tenantId: principal.tenantId, commitmentId: row.id, target: request.target };
  const claim = await claimSync(db, key, principal.email, new Date());
  if (claim.kind === "busy") throw new HttpError("conflict", SYNC_RUNNING);
  const existing: TaskLink | null = claim.kind === "link" ? claim.link : null;

  let link: TaskLink & { created: boolean };
  try {
    const token = await backend.graphTokenFor(principal.tenantId, callerToken);
    link = await backend.tasks.upsert({
      token,
      tenantId: principal.tenantId,
      target: request.target,
      ...(request.planId !== undefined ? { planId: request.planId } : {}),
      ...(request.bucketId !== undefined ? { bucketId: request.bucketId } : {}),
      task: {
        title: row.action,
        dueDate: row.due_date,
        notes: [row.objective_title, row.serves_objective].filter((s) => s !== "").join("\n"),
        done: row.status === "done",
      },
      existing,
    });
  } catch (error) {
    if (claim.kind === "claimed") await releaseClaim(db, key, claim.at);
    if (!(error instanceof GraphError)) throw error;
    // Graph's words (status, code, permission hints) are for the administrator's log.
    log?.warn({ code: error.code, status: error.status }, `To Do / Planner sync failed: ${error.message}`);
    throw httpErrorOf(error);
  }

  const syncedAt = nowIso();
  const values = {
    container_id: link.containerId,
    external_id: link.externalId,
    web_url: link.webUrl,
    etag: link.etag,
    synced_by: principal.email,
    synced_at: syncedAt,
  };
  await withReminderTables(db)
    .insertInto("commitment_links")
    .values({ tenant_id: principal.tenantId, commitment_id: row.id, target: request.target, ...values })
    .onConflict((oc) => oc.columns(["tenant_id", "commitment_id", "target"]).doUpdateSet(values))
    .execute();
  return { target: request.target, externalId: link.externalId, webUrl: link.webUrl, created: link.created, syncedAt };
}

/** Graph's answer, as our API's: the user learns what to do, never a bare 500. */
function httpErrorOf(error: GraphError): HttpError {
  if (error.status === 429) {
    const seconds = retryAfterSecOf(error);
    return new HttpError("rate_limited", error.message, {}, seconds === null ? {} : { "retry-after": String(seconds) });
  }
  if (error.status === 401 || error.status === 403) return new HttpError("forbidden", SYNC_REFUSED);
  if (error.status === 404) return new HttpError("conflict", `${error.message} — check the To Do list, Planner plan or bucket`);
  if (error.status === 400) return new HttpError("bad_request", error.message);
  return new HttpError("internal", error.message);
}
