// Every kind of bad token → 401 on protected routes, through the whole app (hook, verifier, error
// handler), in local mode (our own issuer, its key in a data dir we control so we can forge with
// it) and in Entra mode (keys served over real HTTP, as Entra publishes them). A valid token is the
// control: without it, a suite that always got 401 would prove nothing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { SignJWT, base64url, calculateJwkThumbprint, exportJWK, exportSPKI, generateKeyPair, importJWK } from "jose";
import type { CryptoKey, JWK, JWTPayload } from "jose";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app";
import { createAuthenticator } from "../../src/server/auth/authenticator";
import { LOCAL_AUDIENCE, LOCAL_KEY_FILE, LOCAL_SCOPE } from "../../src/server/auth/local-issuer";
import { loadConfig } from "../../src/server/config";
import { createDb, type DbHandle } from "../../src/server/db/create-db";
import { AUTHORITY, CLIENT_ID, OTHER_TENANT, TENANT } from "../server/auth/test-tokens";
import { apiOperations, fillPath } from "./security-fixtures";

interface Signer {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

async function newSigner(kid?: string): Promise<Signer & { privateJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const { kty, n, e } = privateJwk;
  const thumb = await calculateJwkThumbprint({ kty, n, e });
  return { kid: kid ?? thumb, privateKey, publicKey, privateJwk, publicJwk: { kty, n, e, kid: kid ?? thumb, use: "sig" } };
}

const now = () => Math.floor(Date.now() / 1000);

interface Mode {
  name: string;
  app: FastifyInstance;
  db: DbHandle;
  signer: Signer;
  claims(overrides?: JWTPayload): JWTPayload;
  issuerFor(tid: string): string;
  cleanup(): Promise<void>;
}

const sign = (s: Signer, claims: JWTPayload, header: Record<string, unknown> = {}) =>
  new SignJWT(Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined)))
    .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: s.kid, ...header })
    .sign(s.privateKey);

async function localMode(): Promise<Mode> {
  // The local issuer reads its key from DATA_DIR: a key we made, so the test can forge with it.
  const dataDir = mkdtempSync(path.join(tmpdir(), "cp-token-matrix-"));
  const signer = await newSigner();
  writeFileSync(path.join(dataDir, LOCAL_KEY_FILE), JSON.stringify({ version: 1, createdAt: new Date().toISOString(), privateJwk: signer.privateJwk }), { mode: 0o600 });
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DEMO_DATA: "false", DATA_DIR: dataDir, PUBLIC_URL: "http://localhost:3999" });
  const db = await createDb({ kind: "sqlite", file: ":memory:" });
  const authenticator = await createAuthenticator(config);
  expect(authenticator.local?.jwks().keys[0]?.n).toBe(signer.publicJwk.n);
  const app = await buildApp({ config, db: db.db, authenticator });
  await app.ready();
  const issuerFor = (tid: string) => `http://localhost:3999/auth/local/${tid}/v2.0`;
  return {
    name: "local",
    app,
    db,
    signer,
    issuerFor,
    claims: (overrides = {}) => {
      const tid = (overrides.tid as string | undefined) ?? TENANT;
      return {
        iss: issuerFor(tid),
        aud: LOCAL_AUDIENCE,
        tid,
        oid: "local-user-1",
        sub: "local-user-1",
        preferred_username: "aiko@contoso.example",
        scp: LOCAL_SCOPE,
        ver: "2.0",
        iat: now(),
        nbf: now(),
        exp: now() + 3600,
        ...overrides,
      };
    },
    async cleanup() {
      await app.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function entraMode(): Promise<Mode> {
  const signer = await newSigner("entra-key-1");
  const server: Server = createServer((req, res) => {
    if (req.url !== "/common/discovery/v2.0/keys") return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [{ ...signer.publicJwk, issuer: `${AUTHORITY}/{tenantid}/v2.0` }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const jwks = `http://127.0.0.1:${(server.address() as AddressInfo).port}/common/discovery/v2.0/keys`;
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", AUTH_MODE: "entra", ENTRA_CLIENT_ID: CLIENT_ID, ENTRA_JWKS_URI: jwks });
  const db = await createDb({ kind: "sqlite", file: ":memory:" });
  const app = await buildApp({ config, db: db.db, authenticator: await createAuthenticator(config), meetingProof: null });
  await app.ready();
  const issuerFor = (tid: string) => `${AUTHORITY}/${tid}/v2.0`;
  return {
    name: "entra",
    app,
    db,
    signer,
    issuerFor,
    claims: (overrides = {}) => {
      const tid = (overrides.tid as string | undefined) ?? TENANT;
      return {
        iss: issuerFor(tid),
        aud: CLIENT_ID,
        tid,
        oid: "00000000-0000-0000-66f3-3332eca7ea81",
        sub: "entra-sub",
        preferred_username: "Aiko.Tanaka@Contoso.com",
        name: "Aiko Tanaka",
        scp: "access_as_user",
        ver: "2.0",
        iat: now(),
        nbf: now(),
        exp: now() + 3600,
        ...overrides,
      };
    },
    async cleanup() {
      await app.close();
      await db.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The bad tokens, each with why it must fail. */
async function badTokens(mode: Mode): Promise<[string, string][]> {
  const { signer } = mode;
  const valid = await sign(signer, mode.claims());
  const [header, , signature] = valid.split(".");
  const part = (value: object) => base64url.encode(JSON.stringify(value));
  const pem = await exportSPKI(signer.publicKey);
  const hs = (secret: string) =>
    new SignJWT(mode.claims()).setProtectedHeader({ alg: "HS256", typ: "JWT", kid: signer.kid }).sign(new TextEncoder().encode(secret));
  const stranger = await newSigner("unknown-kid");
  const pss = await importJWK(await exportJWK(signer.privateKey), "PS256");
  return [
    ["alg none", `${part({ alg: "none", typ: "JWT" })}.${part(mode.claims())}.`],
    ["alg none with the valid signature kept", `${part({ alg: "none", typ: "JWT", kid: signer.kid })}.${part(mode.claims())}.${signature}`],
    ["HS256 signed with the public key (PEM) as secret", await hs(pem)],
    ["HS256 signed with the public key (modulus) as secret", await hs(signer.publicJwk.n ?? "")],
    ["PS256 with the right key", await new SignJWT(mode.claims()).setProtectedHeader({ alg: "PS256", kid: signer.kid }).sign(pss)],
    ["wrong aud", await sign(signer, mode.claims({ aud: "api://another-app" }))],
    ["no aud", await sign(signer, mode.claims({ aud: undefined }))],
    ["wrong iss", await sign(signer, mode.claims({ iss: "https://evil.example/t/v2.0" }))],
    ["iss of another tenant than tid", await sign(signer, mode.claims({ tid: OTHER_TENANT, iss: mode.issuerFor(TENANT) }))],
    ["tid of another tenant than iss", await sign(signer, { ...mode.claims(), tid: OTHER_TENANT })],
    ["no tid", await sign(signer, mode.claims({ tid: undefined }))],
    ["expired", await sign(signer, mode.claims({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 300 }))],
    ["no exp", await sign(signer, mode.claims({ exp: undefined }))],
    ["not yet valid (nbf)", await sign(signer, mode.claims({ nbf: now() + 600 }))],
    ["missing scp", await sign(signer, mode.claims({ scp: undefined }))],
    ["scp without the required scope", await sign(signer, mode.claims({ scp: "User.Read" }))],
    ["tampered payload (PMO role added)", `${header}.${part(mode.claims({ roles: ["PMO"] }))}.${signature}`],
    ["tampered payload (other tenant)", `${header}.${part(mode.claims({ tid: OTHER_TENANT }))}.${signature}`],
    ["unknown kid", await sign(stranger, mode.claims())],
    ["known kid, signed by another key", await sign(stranger, mode.claims(), { kid: signer.kid })],
    ["key embedded in the header (jwk)", await sign(stranger, mode.claims(), { kid: undefined, jwk: stranger.publicJwk })],
    ["truncated signature", valid.slice(0, -4)],
    ["garbage", "not.a.jwt"],
  ];
}

// A read, a write, and a PMO-only route: the hook guards them all the same way.
const PROTECTED = [
  { method: "GET", url: "/api/me" },
  { method: "GET", url: "/api/objectives" },
  { method: "POST", url: "/api/objectives", payload: { title: "x" } },
  { method: "GET", url: "/api/dashboard/summary" },
] as const;

describe.each([
  ["local", localMode],
  ["entra", entraMode],
])("token matrix — %s mode", (_name, makeMode) => {
  let mode: Mode;
  let cases: [string, string][];
  beforeAll(async () => {
    mode = await makeMode();
    cases = await badTokens(mode);
  });
  afterAll(async () => mode.cleanup());

  it("the control: a valid token is accepted (2xx) on every protected route", async () => {
    const token = await sign(mode.signer, mode.claims({ roles: ["PMO"] }));
    for (const r of PROTECTED) {
      const res = await mode.app.inject({ ...r, headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBeGreaterThanOrEqual(200);
      expect(res.statusCode).toBeLessThan(300);
    }
  });

  it("every bad token → 401 with a Bearer challenge and the JSON error body, on every protected route", async () => {
    let checked = 0;
    for (const [label, token] of cases) {
      for (const r of PROTECTED) {
        const res = await mode.app.inject({ ...r, headers: { authorization: `Bearer ${token}` } });
        expect(res.statusCode, `${mode.name}: ${label} on ${r.method} ${r.url} → ${res.body}`).toBe(401);
        expect(res.headers["www-authenticate"]).toMatch(/^Bearer/);
        expect(res.json()).toMatchObject({ error: { code: "unauthorized" } });
        checked += 1;
      }
    }
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(checked).toBe(cases.length * PROTECTED.length);
  });

  it("every authenticated route in the route table refuses a forged token (alg none) and no token", async () => {
    const forged = cases.find(([label]) => label === "alg none")?.[1] ?? "";
    const ops = apiOperations().filter((op) => op.auth);
    expect(ops.length).toBeGreaterThan(15);
    for (const op of ops) {
      const url = fillPath(op.path, "x1");
      for (const headers of [{ authorization: `Bearer ${forged}` }, {}]) {
        const res = await mode.app.inject({ method: op.method.toUpperCase() as "GET", url, headers });
        expect(res.statusCode, `${op.method} ${op.path}`).toBe(401);
      }
    }
  });
});
