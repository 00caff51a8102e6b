import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  LOCAL_AUDIENCE,
  LOCAL_KEY_FILE,
  LOCAL_TOKEN_TTL_SEC,
  createLocalIssuer,
  localUserId,
} from "../../../src/server/auth/local-issuer";
import type { LocalIssuer } from "../../../src/server/auth/local-issuer";
import { AuthError, createTokenVerifier } from "../../../src/server/auth/token-verifier";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../../src/server/demo/demo-ids";

const ISSUER_BASE = "http://localhost:3999/auth/local";
const GUID_V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cp-local-issuer-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const verifierFor = (issuer: LocalIssuer) =>
  createTokenVerifier({
    keys: issuer.getKey,
    issuerFor: issuer.issuerFor,
    audience: [LOCAL_AUDIENCE],
    requiredScope: "access_as_user",
    allowedTenants: null,
  });

describe("createLocalIssuer", () => {
  it("issues tokens shaped like Entra v2 access tokens", async () => {
    const issuer = await createLocalIssuer({ dataDir: null, issuerBase: ISSUER_BASE });
    const token = await issuer.issue({ email: "Aiko@Example.com", name: "Aiko", tenantId: DEMO_TENANT_ID, roles: ["PMO"] });
    const header = decodeProtectedHeader(token);
    expect(header).toEqual({ alg: "RS256", typ: "JWT", kid: issuer.jwks().keys[0]?.kid });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: `${ISSUER_BASE}/${DEMO_TENANT_ID}/v2.0`,
      aud: LOCAL_AUDIENCE,
      tid: DEMO_TENANT_ID,
      oid: localUserId(DEMO_TENANT_ID, "aiko@example.com"),
      preferred_username: "Aiko@Example.com",
      name: "Aiko",
      scp: "access_as_user",
      roles: ["PMO"],
      ver: "2.0",
    });
    expect(claims.oid).toMatch(GUID_V8);
    expect(claims.exp! - claims.iat!).toBe(LOCAL_TOKEN_TTL_SEC);
    expect(claims.nbf).toBe(claims.iat);
  });

  it("leaves out roles and name when not given, like Entra", async () => {
    const issuer = await createLocalIssuer({ dataDir: null, issuerBase: ISSUER_BASE });
    const claims = decodeJwt(await issuer.issue({ email: "ken@example.com", tenantId: DEMO_TENANT_ID }, 60));
    expect(claims.roles).toBeUndefined();
    expect(claims.name).toBeUndefined();
    expect(claims.exp! - claims.iat!).toBe(60);
    const principal = await verifierFor(issuer)(await issuer.issue({ email: "ken@example.com", tenantId: DEMO_TENANT_ID }));
    expect(principal).toMatchObject({ name: "ken@example.com", roles: [], isPmo: false });
  });

  it("derives a stable user id per tenant and email", () => {
    const a = localUserId(DEMO_TENANT_ID, "aiko@example.com");
    expect(localUserId(DEMO_TENANT_ID, "AIKO@example.com")).toBe(a);
    expect(localUserId(OTHER_TENANT_ID, "aiko@example.com")).not.toBe(a);
    expect(localUserId(DEMO_TENANT_ID, "ken@example.com")).not.toBe(a);
    expect(a).toMatch(GUID_V8);
  });

  it("publishes only the public key", async () => {
    const issuer = await createLocalIssuer({ dataDir: null, issuerBase: ISSUER_BASE });
    const { keys } = issuer.jwks();
    expect(keys).toHaveLength(1);
    expect(Object.keys(keys[0]!).sort()).toEqual(["alg", "e", "kid", "kty", "n", "use"]);
    expect(keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
  });

  it("shares one in-memory key within the process", async () => {
    const a = await createLocalIssuer({ dataDir: null, issuerBase: ISSUER_BASE });
    const b = await createLocalIssuer({ dataDir: null, issuerBase: ISSUER_BASE });
    expect(b.jwks()).toEqual(a.jwks());
  });

  it("rejects a nonsensical lifetime", async () => {
    const issuer = await createLocalIssuer({ dataDir: null, issuerBase: ISSUER_BASE });
    await expect(issuer.issue({ email: "a@example.com", tenantId: DEMO_TENANT_ID }, 0)).rejects.toThrow(RangeError);
  });

  it("persists the key with mode 0600 and reuses it after a restart", async () => {
    const dataDir = path.join(dir, "nested", "data");
    const first = await createLocalIssuer({ dataDir, issuerBase: ISSUER_BASE });
    const file = path.join(dataDir, LOCAL_KEY_FILE);
    if (process.platform !== "win32") expect((await stat(file)).mode & 0o777).toBe(0o600);
    const token = await first.issue({ email: "aiko@example.com", tenantId: DEMO_TENANT_ID });

    const second = await createLocalIssuer({ dataDir, issuerBase: ISSUER_BASE });
    expect(second.jwks()).toEqual(first.jwks());
    expect((await verifierFor(second)(token)).email).toBe("aiko@example.com");

    // A key of another data directory does not validate it.
    const stranger = await createLocalIssuer({ dataDir: path.join(dir, "other"), issuerBase: ISSUER_BASE });
    await expect(verifierFor(stranger)(token)).rejects.toBeInstanceOf(AuthError);
    // Nor does an in-memory key.
    const memory = await createLocalIssuer({ dataDir: null, issuerBase: ISSUER_BASE });
    await expect(verifierFor(memory)(token)).rejects.toThrow("unknown key");
  });

  it("two issuers starting together agree on one key", async () => {
    const [a, b] = await Promise.all([
      createLocalIssuer({ dataDir: dir, issuerBase: ISSUER_BASE }),
      createLocalIssuer({ dataDir: dir, issuerBase: ISSUER_BASE }),
    ]);
    expect(a.jwks()).toEqual(b.jwks());
  });

  it("tightens a key file readable by others", async () => {
    if (process.platform === "win32") return;
    await createLocalIssuer({ dataDir: dir, issuerBase: ISSUER_BASE });
    const file = path.join(dir, LOCAL_KEY_FILE);
    await chmod(file, 0o644);
    await createLocalIssuer({ dataDir: dir, issuerBase: ISSUER_BASE });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it("refuses a damaged key file, naming it, and leaves it alone", async () => {
    const file = path.join(dir, LOCAL_KEY_FILE);
    await writeFile(file, "{not json", { mode: 0o600 });
    await expect(createLocalIssuer({ dataDir: dir, issuerBase: ISSUER_BASE })).rejects.toThrow(file);
    expect(await readFile(file, "utf8")).toBe("{not json");
    await writeFile(file, JSON.stringify({ version: 1, privateJwk: { kty: "RSA", n: "x", e: "AQAB" } }));
    await expect(createLocalIssuer({ dataDir: dir, issuerBase: ISSUER_BASE })).rejects.toThrow("not a valid local signing key");
  });
});
