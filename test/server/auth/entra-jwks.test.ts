// Entra mode end to end over real HTTP: the keys are served by a node:http server shaped like
// https://login.microsoftonline.com/common/discovery/v2.0/keys, and jose fetches them.
import { createHash, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthenticator } from "../../../src/server/auth/authenticator";
import type { Authenticator } from "../../../src/server/auth/authenticator";
import { AuthError } from "../../../src/server/auth/token-verifier";
import { loadConfig } from "../../../src/server/config";
import { AUTHORITY, CLIENT_ID, OTHER_TENANT, TENANT, entraClaims, makeKey, sign } from "./test-tokens";
import type { TestKey } from "./test-tokens";

let server: Server;
let jwksUrl: string;
let requests = 0;
let status = 200;
let served: object[] = [];
let key: TestKey;
let tenantKey: TestKey;
let entra: Authenticator;

/** A JWKS entry the way Entra publishes it: x5t/x5c next to n/e, and sometimes an issuer. */
function entraJwk(k: TestKey, issuer = `${AUTHORITY}/{tenantid}/v2.0`) {
  const der = randomBytes(64); // stands in for the certificate; jose does not read x5c
  return {
    kty: "RSA",
    use: "sig",
    kid: k.kid,
    x5t: createHash("sha1").update(der).digest("base64url"),
    n: k.jwk.n,
    e: k.jwk.e,
    x5c: [der.toString("base64")],
    cloud_instance_name: "microsoftonline.com",
    issuer,
  };
}

const entraConfig = (jwksUri: string, more: Record<string, string> = {}) =>
  loadConfig({ NODE_ENV: "test", AUTH_MODE: "entra", ENTRA_CLIENT_ID: CLIENT_ID, ENTRA_JWKS_URI: jwksUri, ...more });

beforeAll(async () => {
  key = await makeKey("nOo3ZDrODXEK1jKWhXslHR_KXEg");
  tenantKey = await makeKey("tenant-specific-key");
  served = [entraJwk(key), entraJwk(tenantKey, `${AUTHORITY}/${OTHER_TENANT}/v2.0`)];
  server = createServer((req, res) => {
    requests += 1;
    if (req.url !== "/common/discovery/v2.0/keys" || status !== 200) {
      res.writeHead(req.url === "/common/discovery/v2.0/keys" ? status : 404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify({ keys: served }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/common/discovery/v2.0/keys`;
  entra = await createAuthenticator(entraConfig(jwksUrl));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function authError(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error, "the token was accepted").toBeInstanceOf(AuthError);
  return error as AuthError;
}

describe("Entra mode with keys fetched over HTTP", () => {
  it("has no local issuer", () => {
    expect(entra.mode).toBe("entra");
    expect(entra.local).toBeNull();
  });

  it("accepts a token signed with a published key, and caches the keys", async () => {
    const before = requests;
    const principal = await entra.verifyAuthorization(`Bearer ${await sign(key, entraClaims())}`);
    expect(principal).toMatchObject({ tenantId: TENANT, email: "aiko.tanaka@contoso.com", isPmo: false });
    const pmo = await entra.verifyAuthorization(`bearer ${await sign(key, entraClaims(TENANT, { roles: ["PMO"] }))}`);
    expect(pmo.isPmo).toBe(true);
    expect(requests - before).toBeLessThanOrEqual(1);
  });

  it("accepts every default audience (client id, api://host/id, api://id)", async () => {
    for (const aud of [CLIENT_ID, `api://localhost:3000/${CLIENT_ID}`, `api://${CLIENT_ID}`]) {
      const principal = await entra.verifyAuthorization(`Bearer ${await sign(key, entraClaims(TENANT, { aud }))}`);
      expect(principal.tenantId).toBe(TENANT);
    }
  });

  it.each([
    ["Teams desktop and mobile (SSO)", "1fec8e78-bce4-4aaf-ab1b-5451cc387264"],
    ["Teams web (SSO)", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"],
    ["NAA, the Office dialog and the browser popup (our own SPA client)", CLIENT_ID],
  ])("accepts the token %s issues for our API (the server exchanges it through on-behalf-of for Graph)", async (_host, azp) => {
    const principal = await entra.verifyAuthorization(`Bearer ${await sign(key, entraClaims(TENANT, { azp }))}`);
    expect(principal).toMatchObject({ tenantId: TENANT, email: "aiko.tanaka@contoso.com" });
  });

  it("rejects a token for another app, and one signed with an unpublished key", async () => {
    const other = await sign(key, entraClaims(TENANT, { aud: "api://another-app" }));
    expect((await authError(entra.verifyAuthorization(`Bearer ${other}`))).message).toContain("(audience)");
    const stranger = await makeKey("not-published");
    const forged = await sign(stranger, entraClaims());
    expect((await authError(entra.verifyAuthorization(`Bearer ${forged}`))).message).toContain("unknown key");
  });

  it("honours the issuer Entra publishes on a tenant's key", async () => {
    const own = await sign(tenantKey, entraClaims(OTHER_TENANT));
    expect((await entra.verifyAuthorization(`Bearer ${own}`)).tenantId).toBe(OTHER_TENANT);
    const borrowed = await sign(tenantKey, entraClaims(TENANT));
    expect((await authError(entra.verifyAuthorization(`Bearer ${borrowed}`))).message).toContain("another authority");
  });

  it("applies ENTRA_ALLOWED_TENANTS", async () => {
    const restricted = await createAuthenticator(entraConfig(jwksUrl, { ENTRA_ALLOWED_TENANTS: OTHER_TENANT }));
    const token = await sign(key, entraClaims(TENANT));
    expect((await authError(restricted.verifyAuthorization(`Bearer ${token}`))).message).toContain("tenant");
    const allowed = await sign(key, entraClaims(OTHER_TENANT));
    expect((await restricted.verifyAuthorization(`Bearer ${allowed}`)).tenantId).toBe(OTHER_TENANT);
  });

  it("requires a Bearer Authorization header", async () => {
    const token = await sign(key, entraClaims());
    for (const header of [undefined, "", `Basic ${token}`, token, "Bearer", "Bearer a b"]) {
      const error = await authError(entra.verifyAuthorization(header));
      expect(error.message).toBe("Sign in required: send Authorization: Bearer <token>");
      expect(error.statusCode).toBe(401);
    }
    expect((await authError(entra.verifyAuthorization(undefined))).headers["WWW-Authenticate"]).toBe("Bearer");
  });

  it("answers 401 with a clear message when the key endpoint fails", async () => {
    status = 503;
    try {
      const fresh = await createAuthenticator(entraConfig(jwksUrl));
      const token = await sign(key, entraClaims());
      const error = await authError(fresh.verifyAuthorization(`Bearer ${token}`));
      expect(error.message).toContain("sign-in keys are unavailable");
    } finally {
      status = 200;
    }
    const closed = await createAuthenticator(entraConfig("http://127.0.0.1:1/keys"));
    const error = await authError(closed.verifyAuthorization(`Bearer ${await sign(key, entraClaims())}`));
    expect(error.message).toContain("sign-in keys are unavailable");
  });
});
