// Requests that wait too long for an answer are reminded to the waiting department's attendees, and
// after twice as long to the PMO — once a day each, through the reminder job and its outbox.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutboxMessage, ReminderRunResult } from "../../../src/core/api/reminders-contract";
import { workingDaysBetween } from "../../../src/core/meeting/request-rules";
import { PLANNING, SALES, bearer, buildWorld, type World } from "../commitments/commitment-fixtures";
import { respond, salesAsks } from "./request-fixtures";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

describe("reminders of requests waiting for an answer", () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
    const backdate = async (id: string, created: number, answered: number | null = null) =>
      sql`update department_requests set created_at = ${ago(created)}, answered_at = ${answered === null ? null : ago(answered)} where id = ${id}`.execute(w.t.db);
    await backdate((await salesAsks(w, "三週間前のお願い")).id, 21);
    await backdate((await salesAsks(w, "十日前のお願い")).id, 10);
    await salesAsks(w, "今日のお願い");
    const countered = await salesAsks(w, "代案が出たお願い");
    await respond(w, w.tokens.planning, countered.id, { action: "counter", text: "代案" });
    await backdate(countered.id, 12, 9);
    const declined = await salesAsks(w, "断られたお願い");
    await respond(w, w.tokens.planning, declined.id, { action: "decline", text: "理由" });
    await backdate(declined.id, 30, 29);
  });
  afterAll(async () => w.t.close());

  const outbox = async (kind: string) => {
    const res = await w.t.app.inject({ method: "GET", url: "/api/outbox", query: { kind }, headers: bearer(w.tokens.pmo) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<OutboxMessage[]>();
  };

  it("counts working days, Monday to Friday", () => {
    expect(workingDaysBetween("2026-12-04", "2026-12-07")).toBe(1); // Friday → Monday
    expect(workingDaysBetween("2026-11-30", "2026-12-07")).toBe(5);
    expect(workingDaysBetween("2026-12-07", "2026-12-07")).toBe(0);
  });

  it("reminds the waiting department's attendees of what waited 5+ working days, and the PMO of what waited 10+; never twice a day", async () => {
    const run = await w.t.app.inject({ method: "POST", url: "/api/reminders/run", headers: bearer(w.tokens.pmo) });
    expect(run.statusCode, run.body).toBe(200);
    const reminders = await outbox("request-reminder");
    const to = (email: string) => reminders.find((m) => m.recipient === email);
    // 企画部 is asked the two old ones; 営業部 (the asker, and the organizer of 営業部) answers the counter-offer.
    expect(to(PLANNING)?.itemCount).toBe(2);
    expect(to(PLANNING)?.bodyText).toContain("三週間前のお願い");
    expect(to(PLANNING)?.bodyText).toContain("十日前のお願い");
    expect(to(PLANNING)?.bodyText).not.toContain("今日のお願い");
    expect(to(PLANNING)?.bodyText).not.toContain("断られたお願い");
    expect(to(SALES)?.itemCount).toBe(1);
    expect(to(SALES)?.bodyText).toContain("営業部の回答待ち");
    expect(to(SALES)?.subject).toContain("回答待ちのお願い 1件");
    const escalations = await outbox("request-escalation");
    expect(escalations.map((m) => m.recipient)).toEqual(["satoshi.yamamoto@contoso.example"]);
    expect(escalations[0]?.itemCount).toBe(1);
    expect(escalations[0]?.bodyText).toContain("三週間前のお願い");

    const again = await w.t.app.inject({ method: "POST", url: "/api/reminders/run", headers: bearer(w.tokens.pmo) });
    expect(again.json<ReminderRunResult>().sent).toBe(0);
    expect(await outbox("request-reminder")).toHaveLength(reminders.length);
  });
});
