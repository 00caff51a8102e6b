// Verifying an RS256 token costs a signature check on every request, and a client sends the same
// token for up to an hour. This remembers the principal of a token that passed, keyed by the whole
// token string (any changed byte is another key, so it goes through the full check), until the
// token's own expiry at the latest. A failure is never remembered: the next try is checked afresh.
// A hit also needs the token's signing key to be in the key set the verifier holds now: when Entra
// withdraws a key (and the key set is reloaded), tokens it signed stop working at once instead of
// living on in this cache; when the held key set is stale, the token is checked in full (which
// reloads it).
import { decodeJwt, decodeProtectedHeader } from "jose";
import type { Principal } from "./principal";
import type { TokenVerifier } from "./token-verifier";

export interface TokenCacheOptions {
  /** Tokens remembered at once; the least recently used goes first. */
  maxEntries?: number;
  /**
   * Longest time a verified token is trusted without a new check, even if it expires later, so a
   * signing key withdrawn from the key set stops working within this time.
   */
  maxAgeMs?: number;
  now?: () => number;
  /**
   * Whether the key `kid` is in the key set the verifier holds now: false = withdrawn, undefined =
   * the held key set is stale (check in full). Without it, keys are taken as still published.
   */
  keyPublished?: (kid: string | undefined) => boolean | undefined;
}

export const TOKEN_CACHE_MAX_ENTRIES = 10_000;
export const TOKEN_CACHE_MAX_AGE_MS = 5 * 60_000;

interface Entry {
  principal: Principal;
  kid: string | undefined;
  /** Epoch ms after which the token is checked again. */
  until: number;
}

/** A verifier that skips the check for a token it verified before, until the token's `exp`. */
export function cacheVerifiedTokens(verify: TokenVerifier, options: TokenCacheOptions = {}): TokenVerifier {
  const maxEntries = options.maxEntries ?? TOKEN_CACHE_MAX_ENTRIES;
  const maxAgeMs = options.maxAgeMs ?? TOKEN_CACHE_MAX_AGE_MS;
  const now = options.now ?? (() => Date.now());
  const keyPublished = options.keyPublished ?? (() => true);
  // Insertion order is recency order: a hit is re-inserted, the first key is the oldest.
  const entries = new Map<string, Entry>();

  return async (token) => {
    const hit = entries.get(token);
    if (hit) {
      entries.delete(token);
      if (now() < hit.until && keyPublished(hit.kid) === true) {
        entries.set(token, hit);
        return copy(hit.principal);
      }
    }
    const principal = await verify(token);
    // The token passed, so its exp is the issuer's (verify requires one); without a usable exp
    // there is nothing to bound the entry by, so it is not remembered.
    const exp = decodeJwt(token).exp;
    if (typeof exp === "number" && Number.isFinite(exp)) {
      const checkedAt = now();
      const until = Math.min(exp * 1000, checkedAt + maxAgeMs);
      if (until > checkedAt) {
        entries.set(token, { principal: copy(principal), until, kid: kidOf(token) });
        if (entries.size > maxEntries) {
          const oldest = entries.keys().next().value;
          if (oldest !== undefined) entries.delete(oldest);
        }
      }
    }
    return principal;
  };
}

const kidOf = (token: string): string | undefined => {
  const kid = decodeProtectedHeader(token).kid;
  return typeof kid === "string" ? kid : undefined;
};

// Callers get their own object, so none can change what the next request of that token sees.
const copy = (p: Principal): Principal => ({ ...p, roles: [...p.roles] });
