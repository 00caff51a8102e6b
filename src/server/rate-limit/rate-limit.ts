// Rate limiting of the API, in two parts around the auth hook:
// - around it, per client IP: an address that keeps failing authentication (bad, expired or forged
//   tokens) gets 429 instead of 401 for every further bad token, and 429 before anything is looked
//   at for requests that carry no token. A valid token always gets through: people behind the same
//   address (a company network, a proxy) are not locked out by someone flooding it with bad tokens;
// - after it, a token bucket per tenant + user (from the verified token), per client IP on the
//   public routes. The key is the proven principal, never a claim the caller chose.
// The client IP is the socket's peer unless TRUST_PROXY names the proxies in front (config.ts), so
// a made-up X-Forwarded-For can't pick a fresh bucket. In memory: with several instances, each keeps
// its own buckets, so the effective limit is per instance.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { RateLimitConfig } from "../config";
import { HttpError } from "../http/http-error";
import { createTokenBuckets, type TokenBuckets } from "./token-bucket";

export const RATE_LIMITED_MESSAGE = "Too many requests — wait a moment and try again";
export const TOO_MANY_FAILED_SIGN_INS = "Too many requests with an invalid access token from your network — wait a moment and sign in again";

/** The bucket a request draws from; undefined = not limited (pages, static files, /healthz). */
export function rateLimitKey(request: FastifyRequest): string | undefined {
  if (!isApi(request)) return undefined;
  // `principal` is only set by the auth hook, on routes that need it and after the token was proven.
  const principal = (request as Partial<Pick<FastifyRequest, "principal">>).principal;
  if (principal) return `user\u0000${principal.tenantId}\u0000${principal.userId}`;
  return `ip\u0000${request.ip}`;
}

const isApi = (request: FastifyRequest) => (request.routeOptions.url ?? request.url.split("?", 1)[0] ?? "").toLowerCase().startsWith("/api/");

/** Failed authentications a client IP may have at once, and regains per minute: a tenth of the per-user limit. */
export function authFailureLimit(limit: RateLimitConfig): RateLimitConfig {
  return { burst: Math.max(10, Math.ceil(limit.burst / 10)), perMinute: Math.max(10, Math.ceil(limit.perMinute / 10)) };
}

export interface RateLimiter {
  /** Per user (per IP on public routes). */
  buckets: TokenBuckets;
  /** Failed authentications per client IP. */
  authFailures: TokenBuckets;
  /** The auth hook calls this when a request's token is refused: an error to answer instead of 401, when the address is over its budget. */
  authFailed(request: FastifyRequest): HttpError | undefined;
}

/**
 * Adds the limits to every API request of `app`: call it BEFORE adding the auth hook (the failed-
 * authentication check must run first), then register `afterAuth` after it.
 */
export function registerRateLimit(
  app: FastifyInstance,
  limit: RateLimitConfig,
  now?: () => number,
): RateLimiter & { afterAuth(app: FastifyInstance): void } {
  const clock = now ? { now } : {};
  const buckets = createTokenBuckets({ burst: limit.burst, perMinute: limit.perMinute, ...clock });
  const authFailures = createTokenBuckets({ ...authFailureLimit(limit), ...clock });
  const tooMany = (retryAfterSec: number) => new HttpError("rate_limited", TOO_MANY_FAILED_SIGN_INS, {}, { "Retry-After": String(retryAfterSec) });
  app.addHook("onRequest", async (request) => {
    // A request with a token goes on to be checked: a valid one passes, a bad one gets authFailed's 429.
    if (!isApi(request) || request.headers.authorization !== undefined) return;
    const result = authFailures.peek(`ip\u0000${request.ip}`);
    if (!result.allowed) throw tooMany(result.retryAfterSec);
  });
  return {
    buckets,
    authFailures,
    authFailed(request) {
      const result = authFailures.take(`ip\u0000${request.ip}`);
      return result.allowed ? undefined : tooMany(result.retryAfterSec);
    },
    afterAuth(target) {
      target.addHook("onRequest", async (request) => {
        const key = rateLimitKey(request);
        if (key === undefined) return;
        const result = buckets.take(key);
        if (!result.allowed) {
          throw new HttpError("rate_limited", RATE_LIMITED_MESSAGE, {}, { "Retry-After": String(result.retryAfterSec) });
        }
      });
    },
  };
}
