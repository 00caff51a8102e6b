// The tenant's reminder threshold of requests between departments: stored with its other settings,
// set by its administrators or PMOs (validated, audited), and followed by the reminder job — the
// waiting department after the threshold, the PMO after twice as many working days.
// On SQLite and PGlite (PostgreSQL in CI).
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutboxMessage } from "../../../src/core/api/reminders-contract";
import type { RequestReminderSetting } from "../../../src/core/api/request-settings-contract";
import { storageTargets } from "../storage/storage-targets";
import { PLANNING, bearer, buildWorld, type World } from "../commitments/commitment-fixtures";
import { salesAsks } from "./request-fixtures";

const WEEK = 7 * 86_400_000;

for (const { name, target } of storageTargets()) {
  describe(`the tenant's request reminder threshold [${name}]`, () => {
    let w: World;
    let admin: string;
    beforeAll(async () => {
      w = await buildWorld(target);
      admin = await w.t.tokenFor("admin@contoso.example", { roles: ["Admin"] });
    });
    afterAll(async () => w.t.close());

    const get = (token: string) => w.t.app.inject({ method: "GET", url: "/api/admin/request-reminders", headers: bearer(token) });
    const put = (token: string, payload: unknown) => w.t.app.inject({ method: "PUT", url: "/api/admin/request-reminders", headers: bearer(token), payload: payload as object });
    const outbox = async (kind: string) => (await w.t.app.inject({ method: "GET", url: "/api/outbox", query: { kind }, headers: bearer(w.tokens.pmo) })).json<OutboxMessage[]>();

    it("defaults to 5 working days (PMO after 10); a PMO or an administrator sets it, audited; others get 403", async () => {
      expect((await get(w.tokens.pmo)).json<RequestReminderSetting>()).toEqual({ workingDays: 5, escalationWorkingDays: 10, isDefault: true });
      const set = await put(w.tokens.pmo, { workingDays: 3 });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json<RequestReminderSetting>()).toEqual({ workingDays: 3, escalationWorkingDays: 6, isDefault: false });
      expect((await get(admin)).json<RequestReminderSetting>().workingDays).toBe(3);
      for (const token of [w.tokens.sales, w.tokens.organizer]) {
        expect((await get(token)).statusCode).toBe(403);
        expect((await put(token, { workingDays: 1 })).statusCode).toBe(403);
      }
      // Another tenant keeps its own (the default).
      expect((await get(w.tokens.otherPmo)).json<RequestReminderSetting>().isDefault).toBe(true);
      const audit = (await w.t.app.inject({ method: "GET", url: "/api/admin/audit", headers: bearer(admin) })).json<{ action: string; details: object }[]>();
      expect(audit.find((a) => a.action === "set_request_reminders")?.details).toEqual({ workingDays: 3, before: null });
      // The retention setting in the same row is left as it was.
      expect((await w.t.app.inject({ method: "GET", url: "/api/admin/tenant", headers: bearer(admin) })).json().finishedAgendaRetentionDays).toBeNull();
      expect((await put(admin, { workingDays: null })).json<RequestReminderSetting>()).toEqual({ workingDays: 5, escalationWorkingDays: 10, isDefault: true });
    });

    it.each([[{ workingDays: 0 }], [{ workingDays: 61 }], [{ workingDays: 2.5 }], [{ workingDays: "5" }], [{}], [{ workingDays: 5, extra: true }]])(
      "400 naming the field for %j; the setting stays",
      async (payload) => {
        await put(w.tokens.pmo, { workingDays: 4 });
        const res = await put(w.tokens.pmo, payload);
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().error.field).toBe("extra" in payload ? "extra" : "workingDays");
        expect((await get(w.tokens.pmo)).json<RequestReminderSetting>().workingDays).toBe(4);
      },
    );

    it("the reminder job follows it: with 2 working days, an ask of a week ago reaches the waiting department and the PMO", async () => {
      const r = await salesAsks(w, "一週間前のお願い");
      await sql`update department_requests set created_at = ${new Date(Date.now() - WEEK).toISOString()} where id = ${r.id}`.execute(w.t.db);
      await put(w.tokens.pmo, { workingDays: 20 });
      await w.t.app.inject({ method: "POST", url: "/api/reminders/run", headers: bearer(w.tokens.pmo) });
      expect((await outbox("request-reminder")).filter((m) => m.bodyText.includes("一週間前のお願い"))).toEqual([]);
      await put(w.tokens.pmo, { workingDays: 2 });
      const run = await w.t.app.inject({ method: "POST", url: "/api/reminders/run", headers: bearer(w.tokens.pmo) });
      expect(run.statusCode, run.body).toBe(200);
      const reminders = (await outbox("request-reminder")).filter((m) => m.bodyText.includes("一週間前のお願い"));
      expect(reminders.map((m) => m.recipient)).toContain(PLANNING);
      expect((await outbox("request-escalation")).some((m) => m.bodyText.includes("一週間前のお願い"))).toBe(true);
    });
  });
}
