// On PostgreSQL, two server instances (separate connection pools on one
// database) run the reminder job concurrently many times, and every reminder goes out exactly once —
// with the lease always expired (only the reminder_sends key guards) and with the lease held.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/server/config";
import { createDb, type DbHandle } from "../../src/server/db/create-db";
import { createOutboxNotifier } from "../../src/server/notifier/outbox-notifier";
import { tryAcquireLease } from "../../src/server/reminders/job-lease";
import { startReminderScheduler, type ReminderScheduler } from "../../src/server/reminders/reminder-scheduler";
import { withReminderTables } from "../../src/server/reminders/reminder.tables";
import { manyOwners, seedCommitments } from "../server/reminders/reminder-fixtures";

const url = process.env.TEST_DATABASE_URL;
const DAYS = ["2026-11-28", "2026-11-29", "2026-11-30"];
const OWNERS = 15;
const EXPECTED = OWNERS * DAYS.length + 2;
const RUNS = 30;

describe.skipIf(!url)("reminders with two instances on PostgreSQL", () => {
  let a: DbHandle;
  let b: DbHandle;
  beforeAll(async () => {
    a = await createDb({ kind: "postgres", url: url as string });
    b = await createDb({ kind: "postgres", url: url as string });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  // Each test seeds its own tenant and counts only that tenant's rows, so leftovers can't blur the count.
  let tenant = "";
  async function reset() {
    tenant = randomUUID();
    await withReminderTables(a.db).deleteFrom("job_leases").execute();
    await seedCommitments(a.db, manyOwners(tenant, OWNERS, "2026-11-29"));
  }

  function scheduler(handle: DbHandle, holder: string, leaseTtlMs: number, clock: { run: number }): ReminderScheduler {
    return startReminderScheduler({
      db: handle.db,
      config: loadConfig({ NODE_ENV: "test", PMO_NOTIFY_EMAILS: `${tenant}:pmo@contoso.example` }),
      notifier: createOutboxNotifier(),
      intervalMs: 3_600_000,
      firstRunDelayMs: 3_600_000,
      leaseTtlMs,
      holder,
      now: () => new Date(`${DAYS[Math.floor((clock.run * DAYS.length) / RUNS)]}T09:00:00Z`),
      log: { warn: () => undefined, info: () => undefined },
    });
  }

  async function runBoth(leaseTtlMs: number) {
    const clockA = { run: 0 };
    const clockB = { run: 0 };
    const sa = scheduler(a, "instance-a", leaseTtlMs, clockA);
    const sb = scheduler(b, "instance-b", leaseTtlMs, clockB);
    const drive = async (s: ReminderScheduler, clock: { run: number }) => {
      const totals = { sent: 0, failed: 0, ran: 0 };
      for (clock.run = 0; clock.run < RUNS; clock.run++) {
        const r = await s.tick();
        if (!r) continue;
        totals.ran++;
        totals.sent += r.sent;
        totals.failed += r.failed;
      }
      return totals;
    };
    const results = await Promise.all([drive(sa, clockA), drive(sb, clockB)]);
    await sa.stop();
    await sb.stop();
    const rdb = withReminderTables(a.db);
    const outbox = await rdb.selectFrom("outbox_messages").select(["recipient", "kind", "period"]).where("tenant_id", "=", tenant).execute();
    const sends = await rdb.selectFrom("reminder_sends").select(["sent_by"]).where("tenant_id", "=", tenant).execute();
    return { results, outbox, sends };
  }

  it("sends each reminder exactly once when both instances run the job at the same time", async () => {
    await reset();
    const { results, outbox, sends } = await runBoth(0);
    const keys = outbox.map((m) => `${m.recipient} ${m.kind} ${m.period}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(EXPECTED);
    // The job serves every tenant in the database: other tenants' rows may add to what it sent.
    expect(results.reduce((n, r) => n + r.sent, 0)).toBeGreaterThanOrEqual(EXPECTED);
    expect(results.every((r) => r.failed === 0 && r.ran > 0)).toBe(true);
    expect(sends).toHaveLength(EXPECTED);
  });

  it("sends each reminder exactly once with the lease held between runs", async () => {
    await reset();
    const { results, outbox } = await runBoth(60_000);
    const keys = outbox.map((m) => `${m.recipient} ${m.kind} ${m.period}`);
    expect(new Set(keys).size).toBe(EXPECTED);
    expect(keys).toHaveLength(EXPECTED);
    // The job serves every tenant in the database: other tenants' rows may add to what it sent.
    expect(results.reduce((n, r) => n + r.sent, 0)).toBeGreaterThanOrEqual(EXPECTED);
  });

  it("gives the lease to exactly one of many concurrent takers, and to another once it expired", async () => {
    await reset();
    const T0 = Date.parse("2026-11-28T09:00:00Z");
    const takers = Array.from({ length: 12 }, (_, i) => tryAcquireLease(i % 2 === 0 ? a.db : b.db, { name: "pg-race", holder: `h${i}`, ttlMs: 60_000, nowMs: T0 }));
    expect((await Promise.all(takers)).filter(Boolean)).toHaveLength(1);
    expect(await tryAcquireLease(b.db, { name: "pg-race", holder: "late", ttlMs: 60_000, nowMs: T0 + 59_000 })).toBe(false);
    expect(await tryAcquireLease(b.db, { name: "pg-race", holder: "late", ttlMs: 60_000, nowMs: T0 + 60_000 })).toBe(true);
  });
});
