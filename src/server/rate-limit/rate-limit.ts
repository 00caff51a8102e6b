// Per-user rate limiting of the API: a token bucket per tenant + user (from the verified token),
// per client IP on the public routes. Registered after the auth hook, so the key is the proven
// principal, never a claim the caller chose. In memory: with several instances, each keeps its own
// buckets, so the effective limit is per instance.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { RateLimitConfig } from "../config";
import { HttpError } from "../http/http-error";
import { createTokenBuckets, type TokenBuckets } from "./token-bucket";

export const RATE_LIMITED_MESSAGE = "Too many requests — wait a moment and try again";

/** The bucket a request draws from; undefined = not limited (pages, static files, /healthz). */
export function rateLimitKey(request: FastifyRequest): string | undefined {
  const path = (request.routeOptions.url ?? request.url.split("?", 1)[0] ?? "").toLowerCase();
  if (!path.startsWith("/api/")) return undefined;
  // `principal` is only set by the auth hook, on routes that need it and after the token was proven.
  const principal = (request as Partial<Pick<FastifyRequest, "principal">>).principal;
  if (principal) return `user\u0000${principal.tenantId}\u0000${principal.userId}`;
  return `ip\u0000${request.ip}`;
}

/** Adds the limit to every API request of `app`; returns the buckets (tests look inside). */
export function registerRateLimit(app: FastifyInstance, limit: RateLimitConfig, now?: () => number): TokenBuckets {
  const buckets = createTokenBuckets({ burst: limit.burst, perMinute: limit.perMinute, ...(now ? { now } : {}) });
  app.addHook("onRequest", async (request) => {
    const key = rateLimitKey(request);
    if (key === undefined) return;
    const result = buckets.take(key);
    if (!result.allowed) {
      throw new HttpError("rate_limited", RATE_LIMITED_MESSAGE, {}, { "Retry-After": String(result.retryAfterSec) });
    }
  });
  return buckets;
}
