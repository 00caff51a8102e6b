// What the server believes about the network: the demo sign-in hands tokens only to this computer,
// X-Forwarded-For counts only from proxies TRUST_PROXY names (so a client can't pick a fresh rate-limit
// bucket or a false address in the log), and requests with bad tokens are counted per client IP
// before their token is looked at.
import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildApp } from "../../src/server/app";
import { createAuthenticator } from "../../src/server/auth/authenticator";
import { loadConfig } from "../../src/server/config";
import { createDb } from "../../src/server/db/create-db";
import { TOO_MANY_FAILED_SIGN_INS } from "../../src/server/rate-limit/rate-limit";
import { buildTestApp, type TestApp } from "../server/api-helper";
import { auth } from "./security-fixtures";

let t: TestApp | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await t?.close();
  t = undefined;
});

describe("/api/dev/token (local sign-in)", () => {
  const ask = (remoteAddress: string, headers: Record<string, string> = {}) =>
    t!.app.inject({ method: "POST", url: "/api/dev/token", remoteAddress, headers, payload: { email: "aiko@contoso.example", roles: ["PMO"] } });

  it("answers callers on this computer only", async () => {
    t = await buildTestApp();
    expect((await ask("127.0.0.1")).statusCode).toBe(200);
    expect((await ask("::1")).statusCode).toBe(200);
    for (const address of ["192.168.1.20", "10.0.0.7", "203.0.113.9", "::ffff:192.168.1.20"]) {
      const res = await ask(address);
      expect(res.statusCode, address).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: "forbidden" } });
      expect(res.body).not.toContain("accessToken");
    }
  });

  it("answers nobody who came through a proxy, even from loopback, whatever TRUST_PROXY says", async () => {
    t = await buildTestApp({ env: { TRUST_PROXY: "loopback" } });
    expect((await ask("127.0.0.1", { "x-forwarded-for": "203.0.113.9" })).statusCode).toBe(403);
    expect((await ask("127.0.0.1", { forwarded: "for=203.0.113.9" })).statusCode).toBe(403);
    expect((await ask("127.0.0.1", { "x-forwarded-for": "127.0.0.1" })).statusCode).toBe(403);
  });
});

describe("X-Forwarded-For and the client address", () => {
  it("is ignored by default: a rotating X-Forwarded-For doesn't get past the per-IP limit", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-07T12:00:00Z") });
    t = await buildTestApp({ env: { RATE_LIMIT_BURST: "5", RATE_LIMIT_PER_MINUTE: "60" } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await t.app.inject({ method: "GET", url: "/api/client-config", remoteAddress: "198.51.100.4", headers: { "x-forwarded-for": `203.0.113.${i}` } });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
  });

  it("logs the socket's address, not the one a client wrote into X-Forwarded-For", async () => {
    const lines: string[] = [];
    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "info", DEMO_DATA: "false", LOG_REQUESTS: "true" });
    const db = await createDb({ kind: "sqlite", file: ":memory:" });
    const app = await buildApp({
      config,
      db: db.db,
      authenticator: await createAuthenticator(config, { inMemoryKeys: true }),
      logStream: new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }),
    });
    try {
      await app.inject({ method: "GET", url: "/healthz", remoteAddress: "198.51.100.4", headers: { "x-forwarded-for": "203.0.113.77" } });
      const logged = lines.map((l) => JSON.parse(l) as { req?: { remoteAddress?: string } }).find((l) => l.req);
      expect(logged?.req?.remoteAddress).toBe("198.51.100.4");
      expect(lines.join("")).not.toContain("203.0.113.77");
    } finally {
      await app.close();
      await db.close();
    }
  });

  it("is believed from the proxies TRUST_PROXY names, and only from them", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-07T13:00:00Z") });
    t = await buildTestApp({ env: { RATE_LIMIT_BURST: "2", RATE_LIMIT_PER_MINUTE: "60", TRUST_PROXY: "10.0.0.2" } });
    const via = (proxy: string, client: string) => t!.app.inject({ method: "GET", url: "/api/client-config", remoteAddress: proxy, headers: { "x-forwarded-for": client } });
    // Through the trusted proxy each client has its own bucket…
    expect([(await via("10.0.0.2", "203.0.113.1")).statusCode, (await via("10.0.0.2", "203.0.113.1")).statusCode, (await via("10.0.0.2", "203.0.113.1")).statusCode]).toEqual([200, 200, 429]);
    expect((await via("10.0.0.2", "203.0.113.2")).statusCode).toBe(200);
    // …while a direct caller's header is not believed.
    expect([(await via("198.51.100.9", "203.0.113.3")).statusCode, (await via("198.51.100.9", "203.0.113.4")).statusCode, (await via("198.51.100.9", "203.0.113.5")).statusCode]).toEqual([200, 200, 429]);
  });
});

describe("failed authentication is counted per client IP", () => {
  it("answers 429 to an address that keeps sending bad tokens, lets a valid token from that address through, and other addresses too", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-07T14:00:00Z") });
    // A tenth of the per-user limit, at least 10 failures at once.
    t = await buildTestApp({ env: { RATE_LIMIT_BURST: "5", RATE_LIMIT_PER_MINUTE: "60" } });
    const good = await t.tokenFor("aiko@contoso.example");
    const call = (token: string, ip: string) => t!.app.inject({ method: "GET", url: "/api/objectives", remoteAddress: ip, headers: auth(token) });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await call(`forged.${i}.token`, "203.0.113.50")).statusCode);
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    const blocked = await call("forged.again.token", "203.0.113.50");
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toEqual({ error: { code: "rate_limited", message: TOO_MANY_FAILED_SIGN_INS } });
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    // Someone else behind the same address (a company network, a proxy) keeps working.
    expect((await call(good, "203.0.113.50")).statusCode).toBe(200);
    // Without a token, the address is refused before anything is looked at.
    expect((await t.app.inject({ method: "GET", url: "/api/objectives", remoteAddress: "203.0.113.50" })).statusCode).toBe(429);
    expect((await call(good, "203.0.113.51")).statusCode).toBe(200);
    // Time gives the address its chances back.
    vi.setSystemTime(new Date("2026-12-07T14:01:00Z"));
    expect((await call("forged.later.token", "203.0.113.50")).statusCode).toBe(401);
  });

  it("doesn't count a request without any token (a client that hasn't signed in yet)", async () => {
    t = await buildTestApp({ env: { RATE_LIMIT_BURST: "5", RATE_LIMIT_PER_MINUTE: "60" } });
    for (let i = 0; i < 15; i++) expect((await t.app.inject({ method: "GET", url: "/api/objectives", remoteAddress: "203.0.113.60" })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "GET", url: "/api/objectives", remoteAddress: "203.0.113.60", headers: auth(await t.tokenFor("aiko@contoso.example")) })).statusCode).toBe(200);
  });
});
