// PostgreSQL: SIGKILL during 2,000 concurrent idempotent writes loses no acknowledged write, and
// retries with the same keys never duplicate (claims of the killed process are freed as soon as
// its database sessions are gone). The scenario is shared with the SQLite test (test/durability).
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/server/db/create-db";
import { claimKey, claimSessionGone, findStored } from "../../src/server/idempotency/idempotency.repository";
import { createPrivateDatabase } from "../durability/private-database";
import { runSigkillScenario } from "../durability/sigkill-scenario";

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)("SIGKILL during 2,000 concurrent writes (PostgreSQL)", () => {
  it("keeps every acknowledged write and applies each key exactly once after retries", { timeout: 240_000 }, async () => {
    // Its own database: the suite's table truncation (or a parallel run) must not empty it mid-test.
    const own = await createPrivateDatabase(url as string, "cp_sigkill");
    try {
      await runSigkillScenario("postgres", { DATABASE_URL: own.url }, () => ({ kind: "postgres", url: own.url }));
    } finally {
      await own.drop();
    }
  });
});

describe.skipIf(!url)("claims of a dead PostgreSQL session", () => {
  it("are recognised as gone once the session that made them has closed, never while it lives", async () => {
    const dying = await createDb({ kind: "postgres", url: url as string });
    const observer = await createDb({ kind: "postgres", url: url as string });
    try {
      const scope = { tenantId: "t-claims", userId: "u", key: `k-${Date.now()}` };
      expect(await claimKey(dying.db, scope, "POST", "/x", new Date().toISOString())).toBe(true);
      const claim = (await findStored(observer.db, scope))!;
      expect(JSON.parse(claim.responseJson)).toMatchObject({ pid: expect.any(Number), since: expect.any(String) });
      expect(await claimSessionGone(observer.db, claim)).toBe(false);
      await dying.close();
      let gone = false;
      for (let i = 0; i < 50 && !gone; i++) {
        gone = await claimSessionGone(observer.db, claim);
        if (!gone) await new Promise((r) => setTimeout(r, 20));
      }
      expect(gone).toBe(true);
    } finally {
      await observer.close();
    }
  });
});
