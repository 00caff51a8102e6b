// One run of the reminder job on SQLite: who gets what, and that nothing goes out twice — whether the
// Notifier is the transactional outbox or a network one that can fail.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/server/config";
import { createDb, type DbHandle } from "../../../src/server/db/create-db";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../../src/server/demo/demo-ids";
import type { NotificationMessage, Notifier } from "../../../src/server/notifier/notifier";
import { createOutboxNotifier, listOutbox } from "../../../src/server/notifier/outbox-notifier";
import { runReminderJob, type ReminderJobDeps } from "../../../src/server/reminders/reminder-job";
import { withReminderTables } from "../../../src/server/reminders/reminder.tables";
import { seedCommitments } from "./reminder-fixtures";

const NOW = new Date("2026-11-28T09:00:00Z"); // a Saturday of ISO week 2026-W48
const config = loadConfig({ NODE_ENV: "test" });
const SATO = "hanako.sato@contoso.example";
const TANAKA = "misaki.tanaka@contoso.example";
const PMO = "satoshi.yamamoto@contoso.example";

describe("reminder job (SQLite)", () => {
  let handle: DbHandle;
  let deps: ReminderJobDeps;
  beforeEach(async () => {
    handle = await createDb({ kind: "sqlite", file: ":memory:" });
    deps = { db: handle.db, config, notifier: createOutboxNotifier(), holder: "test" };
  });
  afterEach(async () => {
    await handle.close();
  });
  const outbox = (tenantId = DEMO_TENANT_ID) => listOutbox(handle.db, tenantId, null, { limit: 200 });

  it("sends each owner one digest of what is overdue or due within 3 days, and the PMO a weekly summary", async () => {
    await seedCommitments(handle.db, [
      { tenantId: DEMO_TENANT_ID, ownerEmail: SATO, ownerName: "佐藤 花子", dueDate: "2026-11-20", action: "見積を送る" }, // overdue
      { tenantId: DEMO_TENANT_ID, ownerEmail: SATO, dueDate: "2026-12-01", action: "事例を集める" }, // due in 3 days
      { tenantId: DEMO_TENANT_ID, ownerEmail: SATO, dueDate: "2026-12-02", action: "来週の話" }, // 4 days: not yet
      { tenantId: DEMO_TENANT_ID, ownerEmail: SATO, dueDate: "2026-11-01", status: "done", action: "済み" },
      { tenantId: DEMO_TENANT_ID, ownerEmail: TANAKA, dueDate: "2026-11-28", department: "企画部" }, // due today
      { tenantId: DEMO_TENANT_ID, ownerEmail: "dropped@contoso.example", dueDate: "2026-11-01", status: "dropped" },
    ]);
    expect(await runReminderJob(deps, { now: NOW })).toEqual({ sent: 3, alreadySent: 0, failed: 0 });

    const messages = await outbox();
    const sato = messages.find((m) => m.recipient === SATO);
    expect(sato).toMatchObject({ kind: "due-digest", period: "2026-11-28", itemCount: 2 });
    expect(sato?.bodyText).toContain("佐藤 花子 さん");
    expect(sato?.bodyText).toContain("［期限切れ］2026-11-20  見積を送る");
    expect(sato?.bodyText).toContain("2026-12-01  事例を集める");
    expect(sato?.bodyText).not.toContain("来週の話");
    expect(messages.find((m) => m.recipient === TANAKA)).toMatchObject({ kind: "due-digest", itemCount: 1 });
    const summary = messages.find((m) => m.recipient === PMO);
    expect(summary).toMatchObject({ kind: "pmo-weekly-summary", period: "2026-W48", itemCount: 4 });
    // The done one was finished weeks ago; the dropped one counts nowhere.
    expect(summary?.bodyText).toContain("4 open (1 overdue, 2 due soon). 0 done in the last 7 days.");
    expect(messages).toHaveLength(3);
  });

  it("never sends the same reminder twice: a second run the same day sends nothing, the next day sends digests again", async () => {
    await seedCommitments(handle.db, [{ tenantId: DEMO_TENANT_ID, ownerEmail: SATO, dueDate: "2026-11-20" }]);
    expect(await runReminderJob(deps, { now: NOW })).toEqual({ sent: 2, alreadySent: 0, failed: 0 });
    expect(await runReminderJob(deps, { now: new Date("2026-11-28T23:59:00Z") })).toEqual({ sent: 0, alreadySent: 2, failed: 0 });
    // Sunday: a new day's digest, still the same week's summary.
    expect(await runReminderJob(deps, { now: new Date("2026-11-29T08:00:00Z") })).toEqual({ sent: 1, alreadySent: 1, failed: 0 });
    // Monday: a new week.
    expect(await runReminderJob(deps, { now: new Date("2026-11-30T08:00:00Z") })).toEqual({ sent: 2, alreadySent: 0, failed: 0 });
    expect(await outbox()).toHaveLength(5);
    const ledger = await withReminderTables(handle.db).selectFrom("reminder_sends").selectAll().execute();
    expect(ledger).toHaveLength(5);
  });

  it("keeps tenants apart and runs for one tenant only when asked", async () => {
    await seedCommitments(handle.db, [
      { tenantId: DEMO_TENANT_ID, ownerEmail: SATO, dueDate: "2026-11-20" },
      { tenantId: OTHER_TENANT_ID, ownerEmail: "john.smith@fabrikam.example", dueDate: "2026-11-20" },
    ]);
    expect(await runReminderJob(deps, { now: NOW, tenantId: OTHER_TENANT_ID })).toEqual({ sent: 2, alreadySent: 0, failed: 0 });
    expect(await outbox(DEMO_TENANT_ID)).toEqual([]);
    expect((await outbox(OTHER_TENANT_ID)).map((m) => m.recipient).sort()).toEqual(["john.smith@fabrikam.example", "john.smith@fabrikam.example"]);
  });

  it("with the outbox, a failure rolls the claim back with the message: the next run sends it", async () => {
    await seedCommitments(handle.db, [{ tenantId: DEMO_TENANT_ID, ownerEmail: SATO, dueDate: "2026-11-20" }]);
    const outboxNotifier = createOutboxNotifier();
    let failNext = true;
    const flaky: Notifier = {
      channel: "outbox",
      transactional: true,
      async send(message, db) {
        await outboxNotifier.send(message, db); // written, then the transaction fails
        if (failNext && message.kind === "due-digest") throw new Error("disk full");
      },
    };
    expect(await runReminderJob({ ...deps, notifier: flaky }, { now: NOW })).toEqual({ sent: 1, alreadySent: 0, failed: 1 });
    expect((await outbox()).map((m) => m.kind)).toEqual(["pmo-weekly-summary"]);
    failNext = false;
    expect(await runReminderJob({ ...deps, notifier: flaky }, { now: NOW })).toEqual({ sent: 1, alreadySent: 1, failed: 0 });
    expect((await outbox()).filter((m) => m.kind === "due-digest")).toHaveLength(1);
  });

  it("with a network Notifier (Graph mail), claims before sending and gives a failed send's claim back", async () => {
    await seedCommitments(handle.db, [{ tenantId: DEMO_TENANT_ID, ownerEmail: SATO, dueDate: "2026-11-20" }]);
    const delivered: NotificationMessage[] = [];
    let down = true;
    const mail: Notifier = {
      channel: "graph-mail",
      transactional: false,
      async send(message) {
        if (down) throw new Error("Graph unavailable");
        delivered.push(message);
      },
    };
    expect(await runReminderJob({ ...deps, notifier: mail }, { now: NOW })).toEqual({ sent: 0, alreadySent: 0, failed: 2 });
    expect(await withReminderTables(handle.db).selectFrom("reminder_sends").selectAll().execute()).toEqual([]);
    down = false;
    expect(await runReminderJob({ ...deps, notifier: mail }, { now: NOW })).toEqual({ sent: 2, alreadySent: 0, failed: 0 });
    expect(await runReminderJob({ ...deps, notifier: mail }, { now: NOW })).toEqual({ sent: 0, alreadySent: 2, failed: 0 });
    expect(delivered.map((m) => m.recipient).sort()).toEqual([SATO, PMO]);
    const ledger = await withReminderTables(handle.db).selectFrom("reminder_sends").selectAll().execute();
    expect(ledger.every((r) => r.channel === "graph-mail" && r.sent_by === "test")).toBe(true);
  });

  it("honours REMINDERS_DUE_SOON_DAYS and PMO_NOTIFY_EMAILS", async () => {
    await seedCommitments(handle.db, [{ tenantId: DEMO_TENANT_ID, ownerEmail: SATO, dueDate: "2026-12-05" }]);
    const wide = loadConfig({ NODE_ENV: "test", REMINDERS_DUE_SOON_DAYS: "7", PMO_NOTIFY_EMAILS: "pmo-office@contoso.example" });
    expect(await runReminderJob({ ...deps, config: wide }, { now: NOW })).toEqual({ sent: 2, alreadySent: 0, failed: 0 });
    expect((await outbox()).map((m) => m.recipient).sort()).toEqual([SATO, "pmo-office@contoso.example"]);
  });
});

describe("PMO_NOTIFY_EMAILS without a tenant", () => {
  it("receives the weekly summary of the tenant the server serves, never another tenant's", async () => {
    const handle = await createDb({ kind: "sqlite", file: ":memory:" });
    try {
      const untenanted = loadConfig({ NODE_ENV: "test", PMO_NOTIFY_EMAILS: "pmo.lead@contoso.example" });
      await seedCommitments(handle.db, [
        { tenantId: DEMO_TENANT_ID, ownerEmail: SATO, dueDate: "2026-12-20", action: "事例を集める" },
        { tenantId: OTHER_TENANT_ID, ownerEmail: "john.smith@fabrikam.example", dueDate: "2026-12-20", action: "Fabrikam's confidential plan" },
      ]);
      await runReminderJob({ db: handle.db, config: untenanted, notifier: createOutboxNotifier(), holder: "test" }, { now: NOW });
      const summaries = async (tenantId: string) =>
        (await listOutbox(handle.db, tenantId, null, { limit: 200 })).filter((m) => m.kind === "pmo-weekly-summary" && m.recipient === "pmo.lead@contoso.example");
      expect(await summaries(DEMO_TENANT_ID)).toHaveLength(1);
      expect(await summaries(OTHER_TENANT_ID)).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});
