// The lease row: one holder at a time, renewable by its holder, taken over once it has expired.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../../../src/server/db/create-db";
import { releaseLease, tryAcquireLease } from "../../../src/server/reminders/job-lease";

describe("job lease (SQLite)", () => {
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await createDb({ kind: "sqlite", file: ":memory:" });
  });
  afterEach(async () => {
    await handle.close();
  });
  const T0 = Date.parse("2026-11-28T09:00:00Z");
  const lease = (holder: string, nowMs: number, ttlMs = 60_000) => tryAcquireLease(handle.db, { name: "reminders", holder, ttlMs, nowMs });

  it("lets one holder in, keeps the other out until it expires, then hands it over", async () => {
    expect(await lease("a", T0)).toBe(true);
    expect(await lease("b", T0 + 1_000)).toBe(false);
    expect(await lease("a", T0 + 30_000)).toBe(true); // renewal: now held until T0 + 90 s
    expect(await lease("b", T0 + 60_000)).toBe(false); // a's first term would have ended here
    expect(await lease("b", T0 + 90_000)).toBe(true); // expired: b takes over
    expect(await lease("a", T0 + 91_000)).toBe(false); // and a, back from a pause, is out
  });

  it("is free again at once when its holder releases it; a non-holder's release does nothing", async () => {
    expect(await lease("a", T0)).toBe(true);
    await releaseLease(handle.db, "reminders", "b");
    expect(await lease("b", T0 + 1)).toBe(false);
    await releaseLease(handle.db, "reminders", "a");
    expect(await lease("b", T0 + 2)).toBe(true);
  });

  it("keeps separate jobs' leases apart", async () => {
    expect(await lease("a", T0)).toBe(true);
    expect(await tryAcquireLease(handle.db, { name: "other-job", holder: "b", ttlMs: 1_000, nowMs: T0 })).toBe(true);
  });

  it("gives the lease to exactly one of many instances racing for it", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => lease(`i${i}`, T0)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
