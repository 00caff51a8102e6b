import { SignJWT, createLocalJWKSet, exportJWK, exportSPKI, importJWK } from "jose";
import type { JWTPayload } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { AuthError, createTokenVerifier } from "../../../src/server/auth/token-verifier";
import type { TokenVerifier } from "../../../src/server/auth/token-verifier";
import { HttpError } from "../../../src/server/http/http-error";
import { AUTHORITY, CLIENT_ID, OTHER_TENANT, TENANT, entraClaims, makeKey, nowSec, sign, unsecured, withPayload } from "./test-tokens";
import type { TestKey } from "./test-tokens";

let key: TestKey;
let strangerKey: TestKey;
let verify: TokenVerifier;
let verifyAllowList: TokenVerifier;

beforeAll(async () => {
  key = await makeKey("key-1");
  strangerKey = await makeKey("key-stranger");
  const base = {
    keys: createLocalJWKSet({ keys: [key.jwk] }),
    issuerFor: (tid: string) => `${AUTHORITY}/${tid}/v2.0`,
    audience: [CLIENT_ID, `api://${CLIENT_ID}`],
    requiredScope: "access_as_user",
  };
  verify = createTokenVerifier({ ...base, allowedTenants: null });
  verifyAllowList = createTokenVerifier({ ...base, allowedTenants: [TENANT] });
});

/** Asserts that verifying `token` fails with a 401 AuthError whose message contains `message`. */
async function rejects(token: string, message: string, verifier = () => verify) {
  const error = await verifier()(token).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the token was accepted").toBeInstanceOf(AuthError);
  const authError = error as AuthError;
  expect(authError).toBeInstanceOf(HttpError);
  expect(authError.statusCode).toBe(401);
  expect(authError.code).toBe("unauthorized");
  expect(authError.message).toContain(message);
  expect(authError.toBody()).toEqual({ error: { code: "unauthorized", message: authError.message } });
  expect(authError.headers).toEqual({ "WWW-Authenticate": 'Bearer error="invalid_token"' });
}

describe("createTokenVerifier accepts valid tokens", () => {
  it("maps an Entra v2 access token to a principal, lower-casing the email, with the token's expiry", async () => {
    const claims = entraClaims();
    const principal = await verify(await sign(key, claims));
    expect(principal).toEqual({
      tenantId: TENANT,
      userId: "00000000-0000-0000-66f3-3332eca7ea81",
      email: "aiko.tanaka@contoso.com",
      name: "Aiko Tanaka",
      roles: [],
      isPmo: false,
      expiresAt: (claims.exp as number) * 1000,
    });
  });

  it("marks holders of the PMO app role", async () => {
    const principal = await verify(await sign(key, entraClaims(TENANT, { roles: ["Reader", "PMO"] })));
    expect(principal.roles).toEqual(["Reader", "PMO"]);
    expect(principal.isPmo).toBe(true);
    expect((await verify(await sign(key, entraClaims(TENANT, { roles: ["pmo"] })))).isPmo).toBe(false);
  });

  it("accepts any listed audience and scope among several", async () => {
    const token = await sign(key, entraClaims(TENANT, { aud: `api://${CLIENT_ID}`, scp: "User.Read access_as_user" }));
    expect((await verify(token)).email).toBe("aiko.tanaka@contoso.com");
  });

  it("falls back to sub, email / upn and the email as name", async () => {
    const p1 = await verify(
      await sign(key, entraClaims(TENANT, { oid: undefined, preferred_username: undefined, email: "Ken@Fabrikam.JP", name: undefined })),
    );
    expect(p1).toMatchObject({ userId: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ", email: "ken@fabrikam.jp", name: "ken@fabrikam.jp" });
    const p2 = await verify(await sign(key, entraClaims(TENANT, { preferred_username: undefined, upn: "UPN@contoso.com" })));
    expect(p2.email).toBe("upn@contoso.com");
  });

  it("accepts a tenant on the allow-list", async () => {
    expect((await verifyAllowList(await sign(key, entraClaims(TENANT)))).tenantId).toBe(TENANT);
  });

  it("tolerates a minute of clock skew", async () => {
    const now = nowSec();
    const token = await sign(key, entraClaims(TENANT, { nbf: now + 30, iat: now + 30, exp: now - 30 + 3600 }));
    expect((await verify(token)).tenantId).toBe(TENANT);
    expect((await verify(await sign(key, entraClaims(TENANT, { exp: now - 30 })))).tenantId).toBe(TENANT);
  });
});

describe("createTokenVerifier rejects (401)", () => {
  it("alg none", async () => {
    await rejects(unsecured(entraClaims()), "algorithm");
  });

  it("HS256 signed with the public key as the secret (PEM and raw modulus)", async () => {
    const pem = await exportSPKI(key.publicKey);
    const hs = await new SignJWT(entraClaims())
      .setProtectedHeader({ alg: "HS256", typ: "JWT", kid: key.kid })
      .sign(new TextEncoder().encode(pem));
    await rejects(hs, "algorithm");
    const { n } = await exportJWK(key.publicKey);
    const hs2 = await new SignJWT(entraClaims())
      .setProtectedHeader({ alg: "HS256", kid: key.kid })
      .sign(new TextEncoder().encode(n));
    await rejects(hs2, "algorithm");
  });

  it("another RSA algorithm with the right key (PS256)", async () => {
    const pssKey = await importJWK(await exportJWK(key.privateKey), "PS256");
    const ps = await new SignJWT(entraClaims()).setProtectedHeader({ alg: "PS256", kid: key.kid }).sign(pssKey);
    await rejects(ps, "algorithm");
  });

  it("wrong audience (e.g. a Graph token)", async () => {
    await rejects(await sign(key, entraClaims(TENANT, { aud: "00000003-0000-0000-c000-000000000000" })), "(audience)");
    await rejects(await sign(key, entraClaims(TENANT, { aud: undefined })), "(audience)");
  });

  it("wrong issuer (v1 endpoint, another authority)", async () => {
    await rejects(await sign(key, entraClaims(TENANT, { iss: `https://sts.windows.net/${TENANT}/` })), "(issuer)");
    await rejects(await sign(key, entraClaims(TENANT, { iss: `https://login.evil.example/${TENANT}/v2.0` })), "(issuer)");
  });

  it("tid that does not match the tenant in the issuer", async () => {
    const token = await sign(key, entraClaims(OTHER_TENANT, { iss: `${AUTHORITY}/${TENANT}/v2.0` }));
    await rejects(token, "(issuer)");
  });

  it("tenant not on the allow-list", async () => {
    await rejects(await sign(key, entraClaims(OTHER_TENANT)), "tenant", () => verifyAllowList);
  });

  it("no tid", async () => {
    await rejects(await sign(key, entraClaims(TENANT, { tid: undefined })), "no tenant (tid)");
  });

  it("expired", async () => {
    const now = nowSec();
    await rejects(await sign(key, entraClaims(TENANT, { iat: now - 7200, nbf: now - 7200, exp: now - 120 })), "has expired — sign in again");
  });

  it("no expiry", async () => {
    await rejects(await sign(key, entraClaims(TENANT, { exp: undefined })), "(exp)");
  });

  it("not yet valid", async () => {
    await rejects(await sign(key, entraClaims(TENANT, { nbf: nowSec() + 600 })), "not valid yet");
  });

  it.each<[string, JWTPayload]>([
    ["missing scp", { scp: undefined }],
    ["another scope", { scp: "User.Read Mail.Read" }],
    ["a scope that only contains the name", { scp: "xaccess_as_user access_as_userx" }],
    ["an app-only token (roles, no scp)", { scp: undefined, roles: ["PMO"] }],
  ])("%s", async (_label, overrides) => {
    await rejects(await sign(key, entraClaims(TENANT, overrides)), "lacks the access_as_user permission (scope)");
  });

  it("tampered payload", async () => {
    const token = await sign(key, entraClaims());
    await rejects(withPayload(token, entraClaims(TENANT, { roles: ["PMO"] })), "signature is not valid");
  });

  it("unknown kid", async () => {
    await rejects(await sign(strangerKey, entraClaims()), "unknown key");
  });

  it("a known kid signed by another key", async () => {
    await rejects(await sign(strangerKey, entraClaims(), { kid: key.kid }), "signature is not valid");
  });

  it("a key embedded in the header (jwk) is ignored", async () => {
    const { kty, n, e } = await exportJWK(strangerKey.publicKey);
    await rejects(await sign(strangerKey, entraClaims(), { kid: undefined, jwk: { kty, n, e } }), "signature is not valid");
  });

  it("no email claim", async () => {
    await rejects(await sign(key, entraClaims(TENANT, { preferred_username: undefined })), "no email address");
  });

  it("no user id", async () => {
    await rejects(await sign(key, entraClaims(TENANT, { oid: undefined, sub: undefined })), "does not identify the user");
  });

  it.each(["", "abc", "a.b.c", "Bearer x.y.z"])("malformed %j", async (token) => {
    await rejects(token, "malformed");
  });
});

describe("AuthError", () => {
  it("keeps the jose error as cause for the log, not in the body", async () => {
    const error = (await verify(await sign(strangerKey, entraClaims())).then(
      () => expect.unreachable(),
      (e: unknown) => e,
    )) as AuthError;
    expect(error.cause).toBeInstanceOf(Error);
    expect(JSON.stringify(error.toBody())).not.toContain("JWKS");
  });
});
