// Validates bearer access tokens: one code path for Entra ID and the local issuer, so what is
// tested locally is what runs in production. Every failure becomes an AuthError (401) whose
// message is safe to show; the jose error stays on `cause` for the server log.
import { decodeJwt, jwtVerify } from "jose";
import type { JWTPayload, JWTVerifyGetKey } from "jose";
import { PMO_ROLE } from "../../core/api/me-contract";
import { HttpError } from "../http/http-error";
import type { Principal } from "./principal";

/** A missing or invalid token (401). `WWW-Authenticate` follows RFC 6750 §3. */
export class AuthError extends HttpError {
  constructor(message: string, options: { cause?: unknown; missing?: boolean } = {}) {
    // A request without credentials gets a bare challenge: RFC 6750 says no error code then.
    super("unauthorized", message, {}, { "WWW-Authenticate": options.missing ? "Bearer" : 'Bearer error="invalid_token"' });
    this.name = "AuthError";
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

export interface TokenVerifierOptions {
  /** Signing keys: a local JWKS or Entra's remote JWKS. */
  keys: JWTVerifyGetKey;
  /** The issuer expected for a token of tenant `tid` (Entra issues per tenant). */
  issuerFor: (tid: string) => string;
  audience: readonly string[];
  requiredScope: string;
  /** Tenant ids allowed to call; null = any. */
  allowedTenants: readonly string[] | null;
  clockToleranceSec?: number;
  /**
   * The `issuer` Entra publishes on a signing key, if any (e.g. `…/{tenantid}/v2.0`); a token
   * signed with that key must come from that issuer, so one tenant's key cannot vouch for another.
   */
  signingKeyIssuer?: (kid: string | undefined) => string | undefined;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

export function createTokenVerifier(opts: TokenVerifierOptions): TokenVerifier {
  const audience = [...opts.audience];
  const allowedTenants = opts.allowedTenants?.map((t) => t.toLowerCase()) ?? null;

  return async (token) => {
    // The tenant is read before the signature is checked only to pick the issuer to expect;
    // jwtVerify below then proves it, because the issuer names the same tenant.
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch (cause) {
      throw new AuthError("The access token is malformed", { cause });
    }
    const tid = unverified.tid;
    if (typeof tid !== "string" || tid === "") throw new AuthError("The access token has no tenant (tid)");

    const issuer = opts.issuerFor(tid);
    let payload: JWTPayload;
    let kid: string | undefined;
    try {
      const result = await jwtVerify(token, opts.keys, {
        algorithms: ["RS256"],
        issuer,
        audience,
        clockTolerance: opts.clockToleranceSec ?? 60,
        requiredClaims: ["exp"],
      });
      payload = result.payload;
      kid = result.protectedHeader.kid;
    } catch (cause) {
      throw new AuthError(describeJoseFailure(cause), { cause });
    }

    const keyIssuer = opts.signingKeyIssuer?.(kid);
    if (keyIssuer !== undefined && keyIssuer.replace("{tenantid}", tid) !== issuer) {
      throw new AuthError("The access token was signed with a key of another authority (issuer)");
    }
    if (allowedTenants && !allowedTenants.includes(tid.toLowerCase())) {
      throw new AuthError("Your organization (tenant) is not allowed to use this app");
    }
    return toPrincipal(payload, tid, opts.requiredScope);
  };
}

function toPrincipal(payload: JWTPayload, tenantId: string, requiredScope: string): Principal {
  const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
  if (!scopes.includes(requiredScope)) {
    throw new AuthError(`The access token lacks the ${requiredScope} permission (scope) — sign in to this app again`);
  }
  const userId = firstString(payload.oid, payload.sub);
  if (userId === undefined) throw new AuthError("The access token does not identify the user (oid)");
  const email = firstString(payload.preferred_username, payload.email, payload.upn)?.toLowerCase();
  if (email === undefined) throw new AuthError("The access token has no email address (preferred_username)");
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === "string") : [];
  return {
    tenantId,
    userId,
    email,
    name: firstString(payload.name) ?? email,
    roles,
    isPmo: roles.includes(PMO_ROLE),
    // jwtVerify required exp, so it is a number here.
    ...(typeof payload.exp === "number" ? { expiresAt: payload.exp * 1000 } : {}),
  };
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) {
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return undefined;
}

const KEYS_UNAVAILABLE = "The access token could not be checked: the sign-in keys are unavailable — try again shortly";

function describeJoseFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ERR_JWT_EXPIRED":
      return "The access token has expired — sign in again";
    case "ERR_JWT_CLAIM_VALIDATION_FAILED":
      return describeClaimFailure((error as { claim?: unknown }).claim);
    case "ERR_JOSE_ALG_NOT_ALLOWED":
    case "ERR_JOSE_NOT_SUPPORTED":
      return "The access token is signed with an algorithm this app does not accept";
    case "ERR_JWS_SIGNATURE_VERIFICATION_FAILED":
      return "The access token signature is not valid";
    case "ERR_JWKS_NO_MATCHING_KEY":
    case "ERR_JWKS_MULTIPLE_MATCHING_KEYS":
      return "The access token is signed with an unknown key";
    case "ERR_JWS_INVALID":
    case "ERR_JWT_INVALID":
    case "ERR_JWK_INVALID":
      return "The access token is malformed";
    case "ERR_JWKS_TIMEOUT":
    case "ERR_JWKS_INVALID":
    case "ERR_JOSE_GENERIC": // e.g. the key endpoint answered something other than 200
      return KEYS_UNAVAILABLE;
    default:
      // fetch() rejects with a TypeError when the key endpoint cannot be reached.
      return error instanceof TypeError ? KEYS_UNAVAILABLE : "The access token could not be verified";
  }
}

function describeClaimFailure(claim: unknown): string {
  switch (claim) {
    case "aud":
      return "The access token is not valid for this app (audience)";
    case "iss":
      return "The access token was not issued by the expected authority (issuer)";
    case "nbf":
      return "The access token is not valid yet (nbf) — check the clock";
    case "exp":
      return "The access token has no valid expiry (exp)";
    case "iat":
      return "The access token has an invalid issue time (iat)";
    default:
      return `The access token has an invalid claim (${String(claim)})`;
  }
}
