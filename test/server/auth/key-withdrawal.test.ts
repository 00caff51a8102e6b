// A signing key Entra withdraws stops working as soon as the server holds the new key set — the
// verified-token cache doesn't keep a token of that key alive — and at the latest when the held key
// set goes stale (JWKS_MAX_AGE_MS), even if nothing else made the server fetch the keys again.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { JWKS_MAX_AGE_MS, createAuthenticator } from "../../../src/server/auth/authenticator";
import { AuthError } from "../../../src/server/auth/token-verifier";
import { loadConfig } from "../../../src/server/config";
import { AUTHORITY, CLIENT_ID, TENANT, entraClaims, makeKey, sign, type TestKey } from "./test-tokens";

let server: Server;
let jwksUri: string;
let served: TestKey[] = [];
let oldKey: TestKey;
let newKey: TestKey;

beforeAll(async () => {
  oldKey = await makeKey("key-to-be-withdrawn");
  newKey = await makeKey("key-after-rollover");
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: served.map((k) => ({ ...k.jwk, issuer: `${AUTHORITY}/{tenantid}/v2.0` })) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  jwksUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => vi.useRealTimers());

const T0 = new Date("2026-12-07T09:00:00Z");
const claims = () => entraClaims(TENANT, { iat: T0.getTime() / 1000, nbf: T0.getTime() / 1000, exp: T0.getTime() / 1000 + 3600 });

async function authenticator() {
  served = [oldKey];
  return createAuthenticator(loadConfig({ NODE_ENV: "test", AUTH_MODE: "entra", ENTRA_CLIENT_ID: CLIENT_ID, ENTRA_JWKS_URI: jwksUri }));
}

async function outcome(verify: () => Promise<unknown>): Promise<"accepted" | string> {
  try {
    await verify();
    return "accepted";
  } catch (error) {
    if (error instanceof AuthError) return error.message;
    throw error;
  }
}

describe("a withdrawn signing key", () => {
  it("stops a cached token as soon as the server has fetched the key set without it", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: T0 });
    const entra = await authenticator();
    const oldToken = await sign(oldKey, claims());
    expect(await outcome(() => entra.verifyAuthorization(`Bearer ${oldToken}`))).toBe("accepted");
    // Rollover: the old key is withdrawn. A token of the new key makes the server fetch the keys.
    served = [newKey];
    vi.setSystemTime(T0.getTime() + 31_000);
    expect(await outcome(async () => entra.verifyAuthorization(`Bearer ${await sign(newKey, claims())}`))).toBe("accepted");
    expect(await outcome(() => entra.verifyAuthorization(`Bearer ${oldToken}`))).toMatch(/unknown key/);
  });

  it("stops a token within JWKS_MAX_AGE_MS even when nothing else refreshed the keys", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: T0 });
    const entra = await authenticator();
    const oldToken = await sign(oldKey, claims());
    expect(await outcome(() => entra.verifyAuthorization(`Bearer ${oldToken}`))).toBe("accepted");
    served = [newKey];
    vi.setSystemTime(T0.getTime() + JWKS_MAX_AGE_MS - 60_000);
    expect(await outcome(() => entra.verifyAuthorization(`Bearer ${oldToken}`))).toBe("accepted");
    vi.setSystemTime(T0.getTime() + JWKS_MAX_AGE_MS + 1_000);
    expect(await outcome(() => entra.verifyAuthorization(`Bearer ${oldToken}`))).toMatch(/unknown key/);
  });
});
