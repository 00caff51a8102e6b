// Chooses the token source from the configuration: the local issuer (development) or Entra ID.
// Both feed the same verifier, so the rules a token must pass do not depend on the mode.
import { createRemoteJWKSet } from "jose";
import type { Config } from "../config";
import { LOCAL_AUDIENCE, LOCAL_SCOPE, createLocalIssuer } from "./local-issuer";
import type { LocalIssuer } from "./local-issuer";
import type { Principal } from "./principal";
import { cacheVerifiedTokens } from "./token-cache";
import { AuthError, createTokenVerifier } from "./token-verifier";
import type { TokenVerifier } from "./token-verifier";

export interface Authenticator {
  mode: "local" | "entra";
  /** Resolves the caller from an `Authorization` header value, or throws AuthError (401). */
  verifyAuthorization(header: string | undefined): Promise<Principal>;
  /** The local issuer (dev token endpoint, JWKS); null in Entra mode. */
  local: LocalIssuer | null;
  close?(): void;
}

/** How long Entra's key set is used before it is fetched again (a withdrawn key stops working by then). */
export const JWKS_MAX_AGE_MS = 5 * 60_000;

/** Where the local issuer's tokens say they come from: `${base}/${tid}/v2.0`. */
export const localIssuerBase = (config: Pick<Config, "publicUrl">) => `${config.publicUrl}/auth/local`;

export async function createAuthenticator(
  config: Config,
  /** inMemoryKeys: do not read or write the local key file (tests). */
  options: { inMemoryKeys?: boolean } = {},
): Promise<Authenticator> {
  if (config.authMode === "local") {
    const local = await createLocalIssuer({
      dataDir: options.inMemoryKeys ? null : config.dataDir,
      issuerBase: localIssuerBase(config),
    });
    const verify = cacheVerifiedTokens(
      createTokenVerifier({
        keys: local.getKey,
        issuerFor: local.issuerFor,
        audience: [LOCAL_AUDIENCE],
        requiredScope: LOCAL_SCOPE,
        allowedTenants: null,
      }),
      { keyPublished: (kid) => local.jwks().keys.some((k) => k.kid === kid) },
    );
    return { mode: "local", local, verifyAuthorization: (header) => verifyBearer(verify, header) };
  }

  const entra = config.entra;
  if (!entra) throw new Error("AUTH_MODE=entra needs the Entra settings (loadConfig provides them)");
  // jose caches the keys, refetches on an unknown kid (key rollover) and rate-limits refetches.
  const keys = createRemoteJWKSet(new URL(entra.jwksUri), { cacheMaxAge: JWKS_MAX_AGE_MS });
  const verify = cacheVerifiedTokens(createTokenVerifier({
    keys,
    issuerFor: (tid) => `${entra.authorityHost}/${tid}/v2.0`,
    audience: entra.audience,
    requiredScope: entra.requiredScope,
    allowedTenants: entra.allowedTenants,
    signingKeyIssuer: (kid) => {
      const key = keys.jwks()?.keys.find((k) => k.kid === kid) as { issuer?: unknown } | undefined;
      return typeof key?.issuer === "string" ? key.issuer : undefined;
    },
  }), {
    // A cached token is good only while its key is in the key set held now; a stale set means a full check.
    keyPublished: (kid) => (keys.fresh ? (keys.jwks()?.keys.some((k) => k.kid === kid) ?? false) : undefined),
  });
  return { mode: "entra", local: null, verifyAuthorization: (header) => verifyBearer(verify, header) };
}

async function verifyBearer(verify: TokenVerifier, header: string | undefined): Promise<Principal> {
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)[ ]*$/i.exec(header ?? "");
  if (!header || header.trim() === "") {
    throw new AuthError("Sign in required: send Authorization: Bearer <token>", { missing: true });
  }
  if (!match?.[1]) throw new AuthError("Sign in required: send Authorization: Bearer <token>");
  return verify(match[1]);
}
