// Per-user rate limiting: a burst beyond the bucket is answered 429 with Retry-After and the JSON
// error body; another user (or tenant) is unaffected; the bucket refills with time. Time is faked
// (Date only), never slept.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../src/server/config";
import { RATE_LIMITED_MESSAGE } from "../../src/server/rate-limit/rate-limit";
import { createTokenBuckets } from "../../src/server/rate-limit/token-bucket";
import { buildTestApp, type TestApp } from "../server/api-helper";
import { B_PMO, TENANT_B, auth } from "./security-fixtures";

describe("token buckets", () => {
  it("allows the burst, then refuses with the seconds until one request is regained, then refills", () => {
    let now = 1_000_000;
    const buckets = createTokenBuckets({ burst: 3, perMinute: 6, now: () => now }); // one per 10 s
    expect([1, 2, 3].map(() => buckets.take("k").allowed)).toEqual([true, true, true]);
    expect(buckets.take("k")).toEqual({ allowed: false, retryAfterSec: 10 });
    now += 4_000;
    expect(buckets.take("k")).toEqual({ allowed: false, retryAfterSec: 6 });
    now += 6_000;
    expect(buckets.take("k").allowed).toBe(true);
    expect(buckets.take("other").allowed).toBe(true);
    now += 10 * 60_000; // refills to the burst, never above it
    expect([1, 2, 3, 4].map(() => buckets.take("k").allowed)).toEqual([true, true, true, false]);
  });

  it("forgets full buckets when it tracks too many keys", () => {
    let now = 0;
    const buckets = createTokenBuckets({ burst: 1, perMinute: 60, now: () => now, maxKeys: 10 });
    for (let i = 0; i < 10; i += 1) buckets.take(`k${i}`);
    now += 2_000;
    buckets.take("new");
    expect(buckets.size()).toBe(1);
  });

  it("rejects nonsense limits", () => {
    expect(() => createTokenBuckets({ burst: 0, perMinute: 1 })).toThrow(RangeError);
    expect(() => createTokenBuckets({ burst: 1, perMinute: 0 })).toThrow(RangeError);
  });
});

describe("rate limit configuration", () => {
  it("defaults to a generous limit, reads RATE_LIMIT_BURST / RATE_LIMIT_PER_MINUTE, and 0 turns it off", () => {
    expect(loadConfig({}).rateLimit).toEqual({ burst: 3000, perMinute: 6000 });
    expect(loadConfig({ RATE_LIMIT_BURST: "5", RATE_LIMIT_PER_MINUTE: "30" }).rateLimit).toEqual({ burst: 5, perMinute: 30 });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: "0" }).rateLimit).toBeNull();
  });

  it("names a bad value", () => {
    expect(() => loadConfig({ RATE_LIMIT_BURST: "0" })).toThrow(/RATE_LIMIT_BURST must be/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: "lots" })).toThrow(/RATE_LIMIT_PER_MINUTE must be/);
  });
});

describe("rate limit on the API (burst 5, 60 per minute)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { RATE_LIMIT_BURST: "5", RATE_LIMIT_PER_MINUTE: "60" } });
  });
  afterAll(async () => t?.close());
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a burst → 429 with Retry-After and the JSON error; another user and another tenant are unaffected; refills after time", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-28T12:00:00Z") });
    const aiko = await t.tokenFor("aiko@contoso.example");
    const ken = await t.tokenFor("ken@contoso.example");
    const namesake = await t.tokenFor("aiko@contoso.example", { tenantId: TENANT_B });
    const get = (token: string) => t.app.inject({ method: "GET", url: "/api/objectives", headers: auth(token) });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await get(aiko)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await get(aiko);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["retry-after"]).toBe("1");
    expect(limited.json()).toEqual({ error: { code: "rate_limited", message: RATE_LIMITED_MESSAGE } });
    expect(limited.headers["content-security-policy"]).toBeDefined();
    // Writes count against the same bucket.
    expect((await t.app.inject({ method: "POST", url: "/api/objectives", headers: auth(aiko), payload: { title: "x" } })).statusCode).toBe(429);

    expect((await get(ken)).statusCode).toBe(200);
    expect((await get(namesake)).statusCode).toBe(200);

    vi.setSystemTime(new Date("2026-11-28T12:00:01.000Z")); // one second: one request regained
    expect((await get(aiko)).statusCode).toBe(200);
    expect((await get(aiko)).statusCode).toBe(429);
    vi.setSystemTime(new Date("2026-11-28T12:00:30.000Z")); // refilled to the burst
    const after = [];
    for (let i = 0; i < 6; i += 1) after.push((await get(aiko)).statusCode);
    expect(after).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it("public routes are limited per client IP, pages and /healthz are not limited", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-29T12:00:00Z") });
    // /api/dev/token answers loopback callers only (dev-auth.ts); the public client configuration stands in.
    const token = (ip: string) => t.app.inject({ method: "GET", url: "/api/client-config", remoteAddress: ip });
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await token("203.0.113.7")).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await token("203.0.113.8")).statusCode).toBe(200);
    for (let i = 0; i < 10; i += 1) expect((await t.app.inject({ method: "GET", url: "/healthz", remoteAddress: "203.0.113.7" })).statusCode).toBe(200);
  });

  it("the OpenAPI document names 429 on every /api operation", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json", remoteAddress: "198.51.100.1" })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { responses: Record<string, { description: string }> };
    };
    const ops = Object.entries(doc.paths).filter(([p]) => p.startsWith("/api/")).flatMap(([, methods]) => Object.values(methods));
    expect(ops.length).toBeGreaterThan(20);
    for (const op of ops) expect(op.responses["429"]).toEqual({ $ref: "#/components/responses/Error429" });
    expect(doc.components.responses.Error429?.description).toMatch(/Retry-After/);
  });

  it("a bad token never draws from a user's bucket (that key is always a verified user)", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-30T12:00:00Z") });
    for (let i = 0; i < 8; i += 1) {
      expect((await t.app.inject({ method: "GET", url: "/api/objectives", remoteAddress: "192.0.2.80", headers: auth("x.y.z") })).statusCode).toBe(401);
    }
    const pmo = await t.tokenFor(B_PMO, { tenantId: TENANT_B, roles: ["PMO"] });
    expect((await t.app.inject({ method: "GET", url: "/api/objectives", remoteAddress: "192.0.2.81", headers: auth(pmo) })).statusCode).toBe(200);
  });
});

describe("rate limit off", () => {
  it("RATE_LIMIT_PER_MINUTE=0 never answers 429", async () => {
    const t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: "0", RATE_LIMIT_BURST: "1" } });
    try {
      const token = await t.tokenFor("aiko@contoso.example");
      for (let i = 0; i < 20; i += 1) {
        expect((await t.app.inject({ method: "GET", url: "/api/objectives", headers: auth(token) })).statusCode).toBe(200);
      }
    } finally {
      await t.close();
    }
  });
});
