// The rules every commitment keeps, through the API: the helped department is another department
// than the owner's (400 naming helpsDepartment), and a due date before the caller's today is
// recorded only with confirmPastDue (400 naming dueDate) — "today" in the caller's own time zone.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDays, dayIn } from "../../../src/core/text/zoned-time";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { upsertPersonSettings } from "../../../src/server/people/person-settings.repository";
import { SALES, addCommitment, bearer, buildWorld, type World } from "./commitment-fixtures";

let w: World;
beforeEach(async () => {
  w = await buildWorld(undefined, { TENANT_TIME_ZONE: "Asia/Tokyo" });
});
afterEach(async () => {
  await w.t.close();
});

const post = (payload: Record<string, unknown>, token = w.tokens.organizer) =>
  w.t.app.inject({ method: "POST", url: `/api/agendas/${w.agenda.id}/commitments`, headers: bearer(token), payload: { ownerEmail: SALES, action: "要件を共有する", ...payload } });
const patch = (id: string, payload: Record<string, unknown>) =>
  w.t.app.inject({ method: "PATCH", url: `/api/commitments/${id}`, headers: bearer(w.tokens.organizer), payload });

describe("a department never helps itself", () => {
  it.each(["営業部", " 営業部 ", "営業部".normalize("NFKD")])("400 naming helpsDepartment when %j is the owner's own department", async (helps) => {
    const res = await post({ dueDate: "2099-01-01", helpsDepartment: helps });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "bad_request", field: "helpsDepartment" });
    expect(res.json().error.message).toContain("営業部");
    const listed = await w.t.app.inject({ method: "GET", url: "/api/commitments", headers: bearer(w.tokens.pmo) });
    expect(listed.json().items).toEqual([]);
  });

  it("accepts another department, and refuses a PATCH to the owner's own", async () => {
    const res = await post({ dueDate: "2099-01-01", helpsDepartment: "企画部" });
    expect(res.statusCode).toBe(201);
    const bad = await patch(res.json().id, { helpsDepartment: "営業部" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("helpsDepartment");
    expect((await patch(res.json().id, { helpsDepartment: null })).statusCode).toBe(200);
  });

  it("compares departments after width, space and case folding (ＩＴ部 = IT部, 「 営業部　」 = 営業部)", async () => {
    // The owner's department is the meeting's record of them (営業部); core/meeting's tests cover ＩＴ部 = IT部.
    const c = await addCommitment(w, { helpsDepartment: null });
    expect((await patch(c.id, { helpsDepartment: " 営業部\u3000" })).statusCode).toBe(400);
  });
});

describe("a due date in the past needs confirmation", () => {
  const tokyoToday = () => dayIn("Asia/Tokyo", new Date());

  it("400 naming dueDate for yesterday without confirmPastDue; 201 with it; today needs nothing", async () => {
    const yesterday = addDays(tokyoToday(), -1);
    const refused = await post({ dueDate: yesterday });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: "bad_request", field: "dueDate" });
    expect(refused.json().error.message).toContain("confirmPastDue");
    expect((await post({ dueDate: yesterday, confirmPastDue: false })).statusCode).toBe(400);
    const confirmed = await post({ dueDate: yesterday, confirmPastDue: true });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json().dueDate).toBe(yesterday);
    expect((await post({ dueDate: tokyoToday() })).statusCode).toBe(201);
  });

  it("a PATCH moving the due date into the past needs it too; other changes of an overdue one don't", async () => {
    const c = await addCommitment(w, { dueDate: addDays(tokyoToday(), -3) });
    expect((await patch(c.id, { status: "done" })).statusCode).toBe(200);
    const moved = await patch(c.id, { dueDate: addDays(tokyoToday(), -10) });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.field).toBe("dueDate");
    expect((await patch(c.id, { dueDate: addDays(tokyoToday(), -10), confirmPastDue: true })).statusCode).toBe(200);
    // The flag alone changes nothing.
    expect((await patch(c.id, { confirmPastDue: true })).statusCode).toBe(400);
  });

  it("judges 'today' in the caller's own time zone, not the server's", async () => {
    // Kiritimati (UTC+14) is ahead of everyone: its yesterday can still be today in Tokyo.
    await upsertPersonSettings(w.t.db, DEMO_TENANT_ID, [{ email: "hanako.sato@contoso.example", timeZone: "Pacific/Kiritimati", language: "ja" }], "directory", new Date().toISOString());
    const kiritimatiYesterday = addDays(dayIn("Pacific/Kiritimati", new Date()), -1);
    const res = await post({ dueDate: kiritimatiYesterday });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(dayIn("Pacific/Kiritimati", new Date()));
  });
});
