// Stored responses of writes sent with an Idempotency-Key. status_code 0 marks a request that is
// still running (a claim), so a concurrent retry cannot apply the same write twice.
import type { Db } from "../db/database";

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
      response_json: "",
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
