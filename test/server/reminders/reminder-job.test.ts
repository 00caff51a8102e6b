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
import { upsertPersonSettings } from "../../../src/server/people/person-settings.repository";

const NOW = new Date("2026-11-28T09:00:00Z"); // a Saturday of ISO week 2026-W48
const config = loadConfig({ NODE_ENV: "test", TENANT_TIME_ZONE: "UTC", TENANT_LANGUAGE: "ja" });
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
    expect(summary?.bodyText).toContain("未完了 4 件（期限切れ 1 件、期限間近 2 件）。この7日間に完了 0 件。");
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

  describe("each person's time zone and language", () => {
    const settings = (people: { email: string; timeZone: string | null; language: "ja" | "en" | null }[]) =>
      upsertPersonSettings(handle.db, DEMO_TENANT_ID, people, "directory", NOW.toISOString());

    it("judges overdue and the digest's day by the owner's calendar, and writes in their language", async () => {
      // 2026-11-28T20:00Z is already Sunday the 29th, 05:00 in Tokyo and still Saturday 12:00 in Los Angeles.
      const evening = new Date("2026-11-28T20:00:00Z");
      await settings([
        { email: SATO, timeZone: "Asia/Tokyo", language: "ja" },
        { email: TANAKA, timeZone: "America/Los_Angeles", language: "en" },
      ]);
      await seedCommitments(handle.db, [
        { tenantId: DEMO_TENANT_ID, ownerEmail: TANAKA, ownerName: "Misaki", dueDate: "2026-11-28", action: "share the plan" },
      ]);
      const anyHour = { now: evening, anyHour: true };
      expect(await runReminderJob(deps, anyHour)).toMatchObject({ sent: 2 });
      const tanaka = (await outbox()).find((m) => m.recipient === TANAKA)!;
      // Due today in Los Angeles: not overdue there, and the digest belongs to Saturday the 28th.
      expect(tanaka).toMatchObject({ period: "2026-11-28", subject: "【Common Purpose】1 commitment due soon or overdue" });
      expect(tanaka.bodyText).toContain("Hello Misaki,");
      expect(tanaka.bodyText).not.toContain("OVERDUE");
      expect(tanaka.bodyText).not.toContain("さん");

      // The same commitment owned in Tokyo is overdue there already (its Sunday).
      await handle.db.updateTable("commitments").set({ owner_email: SATO, owner_name: "佐藤 花子" }).execute();
      expect(await runReminderJob(deps, anyHour)).toMatchObject({ sent: 1 });
      const sato = (await outbox()).find((m) => m.recipient === SATO && m.kind === "due-digest")!;
      expect(sato.period).toBe("2026-11-29");
      expect(sato.bodyText).toContain("［期限切れ］2026-11-28");
    });

    it("falls back to the organisation's time zone and language for people it knows nothing of", async () => {
      const tenantDefaults = loadConfig({ NODE_ENV: "test", TENANT_TIME_ZONE: "Asia/Tokyo", TENANT_LANGUAGE: "en" });
      await seedCommitments(handle.db, [{ tenantId: DEMO_TENANT_ID, ownerEmail: SATO, dueDate: "2026-11-28" }]);
      expect(await runReminderJob({ ...deps, config: tenantDefaults }, { now: new Date("2026-11-28T20:00:00Z"), anyHour: true })).toMatchObject({ sent: 2 });
      const sato = (await outbox()).find((m) => m.recipient === SATO)!;
      expect(sato.period).toBe("2026-11-29");
      expect(sato.bodyText).toContain("[OVERDUE] 2026-11-28");
      const summary = (await outbox()).find((m) => m.kind === "pmo-weekly-summary")!;
      // Sunday the 29th in Tokyo still belongs to ISO week 48.
      expect(summary).toMatchObject({ period: "2026-W48", subject: "【Common Purpose】Weekly summary 2026-W48" });
    });

    it("a scheduled run waits for REMINDERS_SEND_HOUR in each recipient's time zone", async () => {
      await settings([
        { email: SATO, timeZone: "Asia/Tokyo", language: null },
        { email: PMO, timeZone: "America/Los_Angeles", language: null },
      ]);
      await seedCommitments(handle.db, [{ tenantId: DEMO_TENANT_ID, ownerEmail: SATO, dueDate: "2026-11-20" }]);
      // 22:00Z: 07:00 in Tokyo (too early), 14:00 in Los Angeles (the PMO's summary goes).
      expect(await runReminderJob(deps, { now: new Date("2026-11-28T22:00:00Z") })).toEqual({ sent: 1, alreadySent: 0, failed: 0 });
      expect((await outbox()).map((m) => m.recipient)).toEqual([PMO]);
      // 23:00Z: 08:00 in Tokyo: the digest of Tokyo's Sunday goes out.
      expect(await runReminderJob(deps, { now: new Date("2026-11-28T23:00:00Z") })).toEqual({ sent: 1, alreadySent: 1, failed: 0 });
      expect((await outbox()).find((m) => m.recipient === SATO)?.period).toBe("2026-11-29");
    });
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
