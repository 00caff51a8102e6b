// The in-process schedule: runs on the instance holding the lease, never overlaps itself, gives the
// lease back on stop, and buildApp starts it only when REMINDERS_INTERVAL_SEC > 0.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/server/config";
import { createDb, type DbHandle } from "../../../src/server/db/create-db";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { createOutboxNotifier, listOutbox } from "../../../src/server/notifier/outbox-notifier";
import { startReminderScheduler, type ReminderScheduler } from "../../../src/server/reminders/reminder-scheduler";
import { withReminderTables } from "../../../src/server/reminders/reminder.tables";
import { buildTestApp } from "../api-helper";
import { seedCommitments } from "./reminder-fixtures";

const quiet = { warn: () => undefined, info: () => undefined };
const NOW = new Date("2026-11-28T09:00:00Z");

describe("reminder scheduler", () => {
  let handle: DbHandle;
  const started: ReminderScheduler[] = [];
  beforeEach(async () => {
    handle = await createDb({ kind: "sqlite", file: ":memory:" });
    await seedCommitments(handle.db, [{ tenantId: DEMO_TENANT_ID, ownerEmail: "hanako.sato@contoso.example", dueDate: "2026-11-28" }]);
  });
  afterEach(async () => {
    for (const s of started.splice(0)) await s.stop();
    await handle.close();
  });
  const start = (holder: string, extra: { intervalMs?: number; firstRunDelayMs?: number } = {}) => {
    const s = startReminderScheduler({
      db: handle.db,
      config: loadConfig({ NODE_ENV: "test" }),
      notifier: createOutboxNotifier(),
      intervalMs: extra.intervalMs ?? 3_600_000,
      firstRunDelayMs: extra.firstRunDelayMs ?? 3_600_000,
      holder,
      now: () => NOW,
      log: quiet,
    });
    started.push(s);
    return s;
  };

  it("runs only on the lease holder, and the other takes over once the holder stops", async () => {
    const a = start("a");
    const b = start("b");
    expect(await a.tick()).toEqual({ sent: 2, alreadySent: 0, failed: 0 });
    expect(await b.tick()).toBeNull();
    await a.stop();
    expect(await b.tick()).toEqual({ sent: 0, alreadySent: 2, failed: 0 });
    const lease = await withReminderTables(handle.db).selectFrom("job_leases").selectAll().executeTakeFirst();
    expect(lease?.holder).toBe("b");
  });

  it("does not overlap a run still going", async () => {
    const a = start("a");
    const [first, second] = await Promise.all([a.tick(), a.tick()]);
    expect(first).toEqual({ sent: 2, alreadySent: 0, failed: 0 });
    expect(second).toBeNull();
  });

  it("runs on its timer", async () => {
    start("a", { intervalMs: 50, firstRunDelayMs: 1 });
    await expect.poll(async () => (await listOutbox(handle.db, DEMO_TENANT_ID, null, { limit: 10 })).length, { timeout: 5_000 }).toBe(2);
  });

  it("is started by buildApp only when REMINDERS_INTERVAL_SEC > 0, and stopped when the app closes", async () => {
    const off = await buildTestApp();
    // Any hour: scheduled runs otherwise wait for the send hour (08:00 in the tenant's zone).
    const on = await buildTestApp({ env: { REMINDERS_INTERVAL_SEC: "1", REMINDERS_SEND_HOUR: "0" } });
    try {
      for (const app of [off, on]) await seedCommitments(app.db, [{ tenantId: DEMO_TENANT_ID, ownerEmail: "hanako.sato@contoso.example", dueDate: "2000-01-01" }]);
      await expect.poll(async () => (await listOutbox(on.db, DEMO_TENANT_ID, null, { limit: 10 })).length, { timeout: 8_000 }).toBe(2);
      expect(await listOutbox(off.db, DEMO_TENANT_ID, null, { limit: 10 })).toEqual([]);
    } finally {
      await off.close();
      await on.close(); // waits for a running tick and gives the lease back
    }
  });
});
