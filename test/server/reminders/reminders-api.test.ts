// POST /api/reminders/run and GET /api/outbox through app.inject on SQLite (local mode).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiErrorBody } from "../../../src/core/api/error-contract";
import type { OutboxMessage, ReminderRunResult } from "../../../src/core/api/reminders-contract";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { utcDay, addDays } from "../../../src/server/reminders/reminder-period";
import { buildTestApp, type TestApp } from "../api-helper";
import { seedCommitments } from "./reminder-fixtures";

const PMO = "satoshi.yamamoto@contoso.example";
const SATO = "hanako.sato@contoso.example";
const TANAKA = "misaki.tanaka@contoso.example";

describe("reminders API (local mode)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
    const today = utcDay(new Date());
    await seedCommitments(t.db, [
      { tenantId: DEMO_TENANT_ID, ownerEmail: SATO, dueDate: addDays(today, -2), action: "<script>alert(1)</script>" },
      { tenantId: DEMO_TENANT_ID, ownerEmail: TANAKA, dueDate: addDays(today, 1) },
      { tenantId: OTHER_TENANT_ID, ownerEmail: "john.smith@fabrikam.example", dueDate: today },
    ]);
  });
  afterEach(async () => {
    await t.close();
  });
  const as = async (email: string, roles: string[] = [], tenantId = DEMO_TENANT_ID) => ({ authorization: `Bearer ${await t.tokenFor(email, { roles, tenantId })}` });

  it("lets only a PMO run the reminders; a repeat sends nothing new", async () => {
    const refused = await t.app.inject({ method: "POST", url: "/api/reminders/run", headers: await as(SATO) });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ApiErrorBody>().error.message).toBe("Only a PMO can run the reminders");
    expect((await t.app.inject({ method: "POST", url: "/api/reminders/run" })).statusCode).toBe(401);

    const first = await t.app.inject({ method: "POST", url: "/api/reminders/run", headers: await as(PMO, ["PMO"]) });
    expect(first.statusCode).toBe(200);
    expect(first.json<ReminderRunResult>()).toEqual({ sent: 3, alreadySent: 0, failed: 0 });
    const again = await t.app.inject({ method: "POST", url: "/api/reminders/run", headers: await as(PMO, ["PMO"]) });
    expect(again.json<ReminderRunResult>()).toEqual({ sent: 0, alreadySent: 3, failed: 0 });
  });

  it("shows a PMO the tenant's outbox and anyone else only their own messages, never another tenant's", async () => {
    await t.app.inject({ method: "POST", url: "/api/reminders/run", headers: await as(PMO, ["PMO"]) });
    const all = await t.app.inject({ method: "GET", url: "/api/outbox", headers: await as(PMO, ["PMO"]) });
    expect(all.statusCode).toBe(200);
    expect(all.json<OutboxMessage[]>().map((m) => m.recipient).sort()).toEqual([SATO, TANAKA, PMO].sort());

    const mine = (await t.app.inject({ method: "GET", url: "/api/outbox", headers: await as(SATO) })).json<OutboxMessage[]>();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ recipient: SATO, kind: "due-digest", itemCount: 1 });
    expect(mine[0]?.bodyText).toContain("<script>alert(1)</script>"); // plain text; the client escapes
    expect(mine[0]).not.toHaveProperty("bodyHtml");

    const other = await t.app.inject({ method: "GET", url: "/api/outbox", headers: await as("john.smith@fabrikam.example", ["PMO"], OTHER_TENANT_ID) });
    expect(other.json<OutboxMessage[]>()).toEqual([]); // the other tenant's PMO ran nothing yet
  });

  it("filters by kind and limits, and names a bad query parameter", async () => {
    await t.app.inject({ method: "POST", url: "/api/reminders/run", headers: await as(PMO, ["PMO"]) });
    const pmo = await as(PMO, ["PMO"]);
    const summaries = (await t.app.inject({ method: "GET", url: "/api/outbox?kind=pmo-weekly-summary", headers: pmo })).json<OutboxMessage[]>();
    expect(summaries.map((m) => m.kind)).toEqual(["pmo-weekly-summary"]);
    expect((await t.app.inject({ method: "GET", url: "/api/outbox?limit=1", headers: pmo })).json<OutboxMessage[]>()).toHaveLength(1);
    const bad = await t.app.inject({ method: "GET", url: "/api/outbox?limit=0", headers: pmo });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ApiErrorBody>().error.field).toBe("limit");
    const unknown = await t.app.inject({ method: "GET", url: "/api/outbox?recipient=x", headers: pmo });
    expect(unknown.json<ApiErrorBody>().error).toMatchObject({ code: "bad_request", field: "recipient" });
  });
});
