import { describe, expect, it } from "vitest";
import { backoffDelay, retryAfterMs, sleep } from "../../../src/platform/http/backoff";

describe("backoff", () => {
  it("doubles per attempt, jittered between 50% and 100%, capped", () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 1))).toEqual([100, 200, 400, 800, 1_000]);
    expect([1, 2, 3].map((n) => backoffDelay(n, policy, () => 0))).toEqual([50, 100, 200]);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2030-01-01T00:00:00Z");
    expect(retryAfterMs("3", now)).toBe(3_000);
    expect(retryAfterMs("Tue, 01 Jan 2030 00:00:05 GMT", now)).toBe(5_000);
    expect(retryAfterMs("Mon, 31 Dec 2029 00:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs("soon", now)).toBeNull();
  });

  it("sleep stops early when aborted", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const slept = sleep(5_000, controller.signal);
    controller.abort(new Error("closed"));
    await expect(slept).rejects.toThrow("closed");
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe("idempotency keys", () => {
  it("are UUID v4 even where crypto.randomUUID is missing (plain-http pages)", async () => {
    const { newIdempotencyKey } = await import("../../../src/platform/http/request");
    const original = globalThis.crypto.randomUUID;
    const keys = new Set<string>();
    try {
      Object.defineProperty(globalThis.crypto, "randomUUID", { value: undefined, configurable: true });
      for (let i = 0; i < 50; i++) keys.add(newIdempotencyKey());
    } finally {
      Object.defineProperty(globalThis.crypto, "randomUUID", { value: original, configurable: true });
    }
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
