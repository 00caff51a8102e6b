// Stored responses of writes sent with an Idempotency-Key. status_code 0 marks a request that is
// still running (a claim), so a concurrent retry cannot apply the same write twice.
import { sql } from "kysely";
import type { Db } from "../db/database";
import { isPostgres } from "../db/dialect";

export interface IdempotencyScope {
  tenantId: string;
  userId: string;
  key: string;
}

export interface StoredRequest {
  method: string;
  path: string;
  statusCode: number;
  responseJson: string;
  createdAt: string;
}

export async function findStored(db: Db, s: IdempotencyScope): Promise<StoredRequest | undefined> {
  const row = await db
    .selectFrom("idempotency_keys")
    .select(["method", "path", "status_code", "response_json", "created_at"])
    .where("tenant_id", "=", s.tenantId)
    .where("user_id", "=", s.userId)
    .where("key", "=", s.key)
    .executeTakeFirst();
  return row
    ? { method: row.method, path: row.path, statusCode: Number(row.status_code), responseJson: row.response_json, createdAt: row.created_at }
    : undefined;
}

/** Claims the key for a request now running; false if the key is taken (by a claim or a result). */
export async function claimKey(db: Db, s: IdempotencyScope, method: string, path: string, now: string): Promise<boolean> {
  const result = await db
    .insertInto("idempotency_keys")
    .values({
      tenant_id: s.tenantId,
      user_id: s.userId,
      key: s.key,
      method,
      path,
      status_code: 0,
      // On PostgreSQL a claim names the database session that made it: when that session is gone
      // (the server process was killed), a retry need not wait for the claim to go stale.
      response_json: isPostgres(db)
        ? sql<string>`coalesce((select json_build_object('pid', pid, 'since', backend_start)::text from pg_stat_activity where pid = pg_backend_pid()), '')`
        : "",
      created_at: now,
    })
    .onConflict((oc) => oc.columns(["tenant_id", "user_id", "key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function storeResult(db: Db, s: IdempotencyScope, statusCode: number, responseJson: string): Promise<void> {
  await db
    .updateTable("idempotency_keys")
    .set({ status_code: statusCode, response_json: responseJson })
    .where("tenant_id", "=", s.tenantId)
    .where("user_id", "=", s.userId)
    .where("key", "=", s.key)
    .execute();
}

/** Frees the key (the request failed in a way a retry may repair); `onlyClaim` leaves results alone. */
export async function releaseKey(db: Db, s: IdempotencyScope, onlyClaimCreatedAt?: string): Promise<void> {
  let query = db
    .deleteFrom("idempotency_keys")
    .where("tenant_id", "=", s.tenantId)
    .where("user_id", "=", s.userId)
    .where("key", "=", s.key);
  if (onlyClaimCreatedAt !== undefined) query = query.where("status_code", "=", 0).where("created_at", "=", onlyClaimCreatedAt);
  await query.execute();
}

/**
 * Turns our own claim into the stored result, inside the write's transaction (`trx`): the answer
 * commits with the write or not at all. False when the claim is no longer ours (it went stale and
 * a retry took it over) — the caller must then roll the write back, or the retry would repeat it.
 */
export async function sealClaim(
  trx: Db,
  s: IdempotencyScope,
  claimedAt: string,
  statusCode: number,
  responseJson: string,
): Promise<boolean> {
  const result = await trx
    .updateTable("idempotency_keys")
    .set({ status_code: statusCode, response_json: responseJson })
    .where("tenant_id", "=", s.tenantId)
    .where("user_id", "=", s.userId)
    .where("key", "=", s.key)
    .where("status_code", "=", 0)
    .where("created_at", "=", claimedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Frees every claim (requests that were running). Only safe when no request can be running: at the
 * start of the one process that owns a SQLite file, after a crash left claims behind.
 */
export async function releaseAllClaims(db: Db): Promise<number> {
  const result = await db.deleteFrom("idempotency_keys").where("status_code", "=", 0).executeTakeFirst();
  return Number(result.numDeletedRows);
}


/**
 * True when the claim's PostgreSQL session no longer exists: its process died (SIGKILL, crash,
 * lost host), so the request can't be running. A pool may also retire an idle session of a living
 * request: a retry then takes over, and the slow original's seal finds the claim gone and rolls back.
 */
export async function claimSessionGone(db: Db, claim: StoredRequest): Promise<boolean> {
  if (!isPostgres(db) || claim.statusCode !== 0 || claim.responseJson === "") return false;
  let holder: { pid?: unknown; since?: unknown };
  try {
    holder = JSON.parse(claim.responseJson) as typeof holder;
  } catch {
    return false;
  }
  if (typeof holder.pid !== "number" || typeof holder.since !== "string") return false;
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
    where pid = ${holder.pid} and backend_start = ${holder.since}::timestamptz`.execute(db);
  return Number(rows[0]?.n ?? 0) === 0;
}
