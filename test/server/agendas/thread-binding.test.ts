// One agenda per (tenant, Teams meeting thread): the binding rule of POST/PATCH /api/agendas and of
// the lookup by thread id.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Agenda } from "../../../src/core/api/contract";
import { ThreadBoundConflict } from "../../../src/core/api/thread-binding-contract";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { THREAD_BOUND_TO_OTHER, THREAD_BOUND_TO_YOURS } from "../../../src/server/agendas/thread-binding";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, OUTSIDER, SALES, agendaInput, bearer, createAgendaVia, freshThreadId } from "./agenda-fixtures";

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

const create = async (email: string, threadId: string | null, tenantId?: string) =>
  t.app.inject({
    method: "POST",
    url: "/api/agendas",
    headers: await bearer(t, email, tenantId ? { tenantId } : {}),
    payload: agendaInput({ teamsThreadId: threadId, attendees: [] }),
  });

const byThread = async (email: string, threadId: string) => {
  const res = await t.app.inject({
    method: "GET",
    url: `/api/agendas?teamsThreadId=${encodeURIComponent(threadId)}`,
    headers: await bearer(t, email),
  });
  expect(res.statusCode).toBe(200);
  return (res.json() as Agenda[]).map((a) => a.id);
};

const conflictOf = (res: { statusCode: number; json(): unknown }) => {
  expect(res.statusCode).toBe(409);
  const error = (res.json() as { error: { code: string; field?: string; message: string; current?: unknown } }).error;
  expect(error).toMatchObject({ code: "conflict", field: "teamsThreadId" });
  return { message: error.message, current: ThreadBoundConflict.parse(error.current) };
};

describe("binding a Teams thread to an agenda", () => {
  it("refuses a second agenda for someone else's thread, naming neither its organizer nor its id to someone who may not open it", async () => {
    const thread = freshThreadId();
    const first = await createAgendaVia(t, agendaInput({ teamsThreadId: thread }));
    const { message, current } = conflictOf(await create(OUTSIDER, thread));
    expect(message).toBe(THREAD_BOUND_TO_OTHER);
    expect(current).toEqual({ reason: "teams_thread_bound", organizerEmail: null, yours: false, agendaId: null });
    expect(await byThread(OUTSIDER, thread)).toEqual([]);
    expect(await byThread(ORGANIZER, thread)).toEqual([first.id]);
  });

  it("tells the organizer the thread is already theirs, and an attendee which agenda to open", async () => {
    const thread = freshThreadId();
    const first = await createAgendaVia(t, agendaInput({ teamsThreadId: thread }));
    const own = conflictOf(await create(ORGANIZER, thread));
    expect(own.message).toBe(THREAD_BOUND_TO_YOURS);
    expect(own.current).toMatchObject({ yours: true, agendaId: first.id });
    const attendee = conflictOf(await create(SALES, thread));
    expect(attendee.current).toEqual({ reason: "teams_thread_bound", organizerEmail: ORGANIZER, yours: false, agendaId: first.id });
    const rows = await t.db.selectFrom("agendas").select("id").where("teams_thread_id", "=", thread).execute();
    expect(rows.map((r) => r.id)).toEqual([first.id]);
  });

  it("binds per tenant, and agendas without a thread never collide", async () => {
    const thread = freshThreadId();
    await createAgendaVia(t, agendaInput({ teamsThreadId: thread }));
    expect((await create(ORGANIZER, thread, OTHER_TENANT_ID)).statusCode).toBe(201);
    expect((await create(OUTSIDER, null)).statusCode).toBe(201);
    expect((await create(OUTSIDER, null)).statusCode).toBe(201);
  });

  it("applies to PATCH: moving another agenda onto a bound thread is 409; keeping or freeing one's own is fine", async () => {
    const thread = freshThreadId();
    const holder = await createAgendaVia(t, agendaInput({ teamsThreadId: thread }));
    const other = await createAgendaVia(t, agendaInput({ teamsThreadId: null }));
    const patch = async (agenda: Agenda, teamsThreadId: string | null) =>
      t.app.inject({
        method: "PATCH",
        url: `/api/agendas/${agenda.id}`,
        headers: { ...(await bearer(t, ORGANIZER)), "if-match": `"${agenda.version}"` },
        payload: { teamsThreadId },
      });
    const moved = conflictOf(await patch(other, thread));
    expect(moved.current).toMatchObject({ yours: true, agendaId: holder.id });
    const same = await patch(holder, thread);
    expect(same.statusCode).toBe(200);
    const freed = await patch(same.json() as Agenda, null);
    expect(freed.statusCode).toBe(200);
    expect((await patch(other, thread)).statusCode).toBe(200);
    expect(await byThread(ORGANIZER, thread)).toEqual([other.id]);
  });

  it("lets exactly one of many simultaneous creates bind the thread", async () => {
    const thread = freshThreadId();
    const results = await Promise.all([ORGANIZER, SALES, OUTSIDER, ORGANIZER].map((email) => create(email, thread)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
  });

  it("looks up the oldest agenda of a thread that agendas from before the rule share", async () => {
    const thread = freshThreadId();
    const newer = await createAgendaVia(t, agendaInput({ teamsThreadId: thread }));
    // A legacy row written before the rule, straight into the table, older than the API's one.
    const legacy = { ...(await t.db.selectFrom("agendas").selectAll().where("id", "=", newer.id).executeTakeFirstOrThrow()) };
    await t.db
      .insertInto("agendas")
      .values({ ...legacy, id: "agd_legacy", created_at: "2020-01-01T00:00:00.000Z", tenant_id: DEMO_TENANT_ID })
      .execute();
    expect(await byThread(ORGANIZER, thread)).toEqual(["agd_legacy"]);
    expect(conflictOf(await create(ORGANIZER, thread)).current.agendaId).toBe("agd_legacy");
  });
});
