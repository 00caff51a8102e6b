// Writes sent with an `Idempotency-Key` are applied once: the first successful response is stored
// (per tenant + user + key) and replayed to every retry, so a client that lost the response can
// safely send the request again. A rejected (4xx) or failed (5xx) request changed nothing, so its
// key is freed and a retry runs again — otherwise a client that fixed the cause could never succeed.
// A write that runs its transaction through `tx.commit` stores its answer in that same transaction:
// a crash between the write and its record can then never let a retry apply the write twice.
import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../db/database";
import { inTransaction } from "../db/in-transaction";
import { HttpError } from "../http/http-error";
import { nowIso } from "../ids";
import { claimKey, claimSessionGone, findStored, releaseKey, sealClaim, storeResult, type IdempotencyScope } from "./idempotency.repository";

export const IDEMPOTENCY_HEADER = "idempotency-key";
export const IDEMPOTENCY_KEY_MAX = 200;
/** A claim older than this belongs to a request that died mid-way (crash); a retry may take over. */
export const STALE_CLAIM_MS = 60_000;

export interface WriteResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Handed to a write: runs its transaction, and with an Idempotency-Key stores the answer in it. */
export interface WriteTx {
  /**
   * Runs `write` in one database transaction (services given `trx` join it). A successful answer
   * is stored as the key's result before the commit, so the write and its record commit together.
   * Call it once per request.
   */
  commit<T extends WriteResult>(write: (trx: Db) => Promise<T>): Promise<T>;
}

interface StoredResponse {
  body: unknown;
  headers: Record<string, string>;
}

/**
 * Runs a write at most once per Idempotency-Key and sends its response. Without the header it
 * simply runs `run` and sends the result. Use in every POST/PATCH/DELETE route handler, with the
 * write's transaction in `tx.commit`:
 * `return withIdempotency(request, reply, deps, (tx) => tx.commit(async (trx) => ({ status: 201, body: await create(trx), headers })))`.
 */
export async function withIdempotency(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: { db: Db },
  run: (tx: WriteTx) => Promise<WriteResult>,
): Promise<FastifyReply> {
  const key = readIdempotencyKey(request);
  if (key === undefined) return send(reply, await run({ commit: (write) => inTransaction(deps.db, write) }));

  const scope: IdempotencyScope = { tenantId: request.principal.tenantId, userId: request.principal.userId, key };
  const method = request.method.toUpperCase();
  // The request's fingerprint travels with the path: the same key with another body or
  // precondition is a different request, never a replay of the first one's answer.
  const path = `${request.url.split("?", 1)[0] ?? request.url} ${fingerprint(request)}`;

  const claim = await claimOrReplay(deps.db, scope, method, path);
  if ("replay" in claim) return sendReplay(reply, claim.replay.statusCode, claim.replay.response);

  let sealed = false;
  const tx: WriteTx = {
    async commit(write) {
      let sealedInside = false;
      const result = await deps.db.transaction().execute(async (trx) => {
        const outcome = await write(trx);
        if (outcome.status < 400) {
          if (!(await sealClaim(trx, scope, claim.claimedAt, outcome.status, serialize(outcome)))) throw claimLost();
          sealedInside = true;
        }
        return outcome;
      });
      // Only once COMMIT succeeded: a failed commit leaves the claim ours to free.
      sealed = sealedInside;
      return result;
    },
  };

  let result: WriteResult;
  try {
    result = await run(tx);
  } catch (error) {
    // A sealed answer committed with its write: the key is answered, whatever failed afterwards.
    if (!sealed) await releaseQuietly(request, deps.db, scope, claim.claimedAt);
    throw error;
  }
  if (result.status >= 400) {
    if (!sealed) await releaseQuietly(request, deps.db, scope, claim.claimedAt);
  } else if (!sealed) {
    // A write that did not go through tx.commit: its answer is stored after its own commit.
    await storeResult(deps.db, scope, result.status, serialize(result));
  }
  return send(reply, result);
}

function serialize(result: WriteResult): string {
  const stored: StoredResponse = { body: result.body ?? null, headers: result.headers ?? {} };
  return JSON.stringify(stored);
}

/** Our claim went stale and a retry took the key over: roll back rather than write twice. */
function claimLost(): HttpError {
  return new HttpError(
    "conflict",
    "This request took too long and a retry with the same Idempotency-Key took over — nothing was changed",
    { field: "Idempotency-Key" },
    { "retry-after": "1" },
  );
}

function fingerprint(request: FastifyRequest): string {
  const ifMatch = request.headers["if-match"] ?? "";
  // The query may choose the answer's shape (?return=view): another query is another request.
  const query = request.url.includes("?") ? `\0${request.url.slice(request.url.indexOf("?") + 1)}` : "";
  return createHash("sha256")
    .update(JSON.stringify(request.body ?? null))
    .update("\0")
    .update(Array.isArray(ifMatch) ? ifMatch.join(",") : ifMatch)
    .update(query)
    .digest("base64url");
}

/** The key of this request, or undefined without one; 400 when it is empty or too long. */
export function readIdempotencyKey(request: FastifyRequest): string | undefined {
  const raw = request.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return undefined;
  const key = (Array.isArray(raw) ? raw.join(",") : raw).trim();
  if (key === "" || key.length > IDEMPOTENCY_KEY_MAX) {
    throw new HttpError("bad_request", `Idempotency-Key must be 1 to ${IDEMPOTENCY_KEY_MAX} characters`, {
      field: "Idempotency-Key",
    });
  }
  return key;
}

async function claimOrReplay(
  db: Db,
  scope: IdempotencyScope,
  method: string,
  path: string,
): Promise<{ claimedAt: string } | { replay: { statusCode: number; response: StoredResponse } }> {
  // Two rounds: a claim may be freed (or found stale) between our insert and our read.
  for (let round = 0; round < 2; round++) {
    const now = nowIso();
    if (await claimKey(db, scope, method, path, now)) return { claimedAt: now };
    const stored = await findStored(db, scope);
    if (!stored) continue;
    // A stale claim belongs to a request that died: whatever it was, it no longer holds the key.
    if (stored.statusCode === 0 && (Date.now() - Date.parse(stored.createdAt) > STALE_CLAIM_MS || (await claimSessionGone(db, stored)))) {
      await releaseKey(db, scope, stored.createdAt);
      continue;
    }
    if (stored.method !== method || stored.path !== path) {
      throw new HttpError("conflict", "Idempotency-Key reused for a different request", { field: "Idempotency-Key" });
    }
    if (stored.statusCode === 0) throw stillRunning();
    return { replay: { statusCode: stored.statusCode, response: JSON.parse(stored.responseJson) as StoredResponse } };
  }
  throw stillRunning();
}

/** The first try of this write is still running: its result will be replayed to a later retry. */
function stillRunning(): HttpError {
  return new HttpError(
    "conflict",
    "A request with this Idempotency-Key is still being processed — retry shortly",
    { field: "Idempotency-Key" },
    { "retry-after": "1" },
  );
}

async function releaseQuietly(request: FastifyRequest, db: Db, scope: IdempotencyScope, claimedAt: string): Promise<void> {
  try {
    // Only our own claim: a stale claim taken over by a retry now belongs to that retry.
    await releaseKey(db, scope, claimedAt);
  } catch (error) {
    // The original failure matters more; a leftover claim expires after STALE_CLAIM_MS.
    request.log.error({ err: error }, "could not free an idempotency key");
  }
}

function send(reply: FastifyReply, result: WriteResult): FastifyReply {
  reply.code(result.status);
  if (result.headers) reply.headers(result.headers);
  if (result.status === 204 || result.body === undefined) return reply.send();
  return reply.send(result.body);
}

function sendReplay(reply: FastifyReply, status: number, stored: StoredResponse): FastifyReply {
  reply.header("Idempotent-Replayed", "true");
  return send(reply, { status, body: status === 204 ? undefined : stored.body, headers: stored.headers });
}
