import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AgendaView, Commitment } from "../../../src/core/api/contract";
import { PLANNING, SALES, OUTSIDER, addCommitment, bearer, buildWorld, createAgenda, type World } from "./commitment-fixtures";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});
afterEach(async () => {
  await w.t.close();
});

const post = (token: string, payload: unknown, agendaId = w.agenda.id, headers: Record<string, string> = {}) =>
  w.t.app.inject({ method: "POST", url: `/api/agendas/${agendaId}/commitments`, headers: bearer(token, headers), payload: payload as object });
const patch = (token: string, id: string, payload: unknown, headers: Record<string, string> = {}) =>
  w.t.app.inject({ method: "PATCH", url: `/api/commitments/${id}`, headers: bearer(token, headers), payload: payload as object });
const revision = async () =>
  Number((await w.t.db.selectFrom("agendas").select("revision").where("id", "=", w.agenda.id).executeTakeFirstOrThrow()).revision);
const count = async (table: "commitments" | "commitment_history") =>
  Number((await w.t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

describe("POST /api/agendas/:id/commitments", () => {
  it("creates a commitment with defaults from the agenda, a 'created' history row and a revision bump", async () => {
    const before = await revision();
    const res = await post(w.tokens.planning, {
      ownerEmail: "Ichiro.Suzuki@Contoso.example",
      helpsDepartment: "企画部",
      action: "大手企業3社の要件を企画部に共有する",
      dueDate: "2099-03-31",
      servesObjective: "CRMに大手企業の声を入れる",
    });
    expect(res.statusCode).toBe(201);
    const c = res.json<Commitment>();
    expect(res.headers.location).toBe(`/api/commitments/${c.id}`);
    expect(c).toMatchObject({
      agendaId: w.agenda.id,
      objectiveId: w.agenda.objectiveId,
      objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
      ownerEmail: SALES,
      ownerName: "鈴木 一郎",
      ownerDepartment: "営業部",
      helpsDepartment: "企画部",
      status: "open",
      createdByEmail: PLANNING,
    });
    expect(c.history).toEqual([{ at: c.createdAt, byEmail: PLANNING, field: "created", from: null, to: "open", note: "" }]);
    expect(await revision()).toBe(before + 1);
    const view = await w.t.app.inject({ method: "GET", url: `/api/agendas/${w.agenda.id}`, headers: bearer(w.tokens.sales) });
    expect(view.json<AgendaView>().commitments.map((x) => x.id)).toEqual([c.id]);
  });

  it("files a commitment under the owner's department as the meeting knows it, and lets the organizer own one", async () => {
    const c = await addCommitment(w, { ownerEmail: "hanako.sato@contoso.example" });
    expect(c).toMatchObject({ ownerDepartment: "営業部", ownerName: "佐藤 花子" });
    // The same department in another width is the same department: kept as the meeting spells it.
    expect((await addCommitment(w, { ownerEmail: SALES, ownerDepartment: "営業部 " })).ownerDepartment).toBe("営業部");
  });

  it("400 naming ownerDepartment for a department other than the owner's, and takes the owner's name from the meeting", async () => {
    const before = await w.t.db.selectFrom("commitments").select("id").execute();
    const res = await post(w.tokens.sales, { ownerEmail: PLANNING, ownerDepartment: "人事部", action: "x", dueDate: "2099-01-01" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "bad_request", field: "ownerDepartment" });
    expect(await w.t.db.selectFrom("commitments").select("id").execute()).toHaveLength(before.length);
    const named = await post(w.tokens.sales, { ownerEmail: PLANNING, ownerName: "Someone Else", action: "x", dueDate: "2099-01-01" });
    expect(named.json()).toMatchObject({ ownerName: "田中 美咲", ownerDepartment: "企画部" });
  });

  it("400 naming ownerEmail when the owner is not an attendee", async () => {
    const res = await post(w.tokens.organizer, { ownerEmail: OUTSIDER, action: "x", dueDate: "2099-01-01" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "bad_request", field: "ownerEmail" });
  });

  it.each([
    [{ ownerEmail: SALES, action: "x", dueDate: "2026-13-40" }, "dueDate"],
    [{ ownerEmail: "not-an-email", action: "x", dueDate: "2099-01-01" }, "ownerEmail"],
    [{ ownerEmail: SALES, action: "  ", dueDate: "2099-01-01" }, "action"],
    [{ ownerEmail: SALES, action: "x", dueDate: "2099-01-01", status: "done" }, "status"],
    [{ ownerEmail: SALES, action: "x", dueDate: "2099-01-01", contributionId: "nope" }, "contributionId"],
  ])("400 for %j naming %s, and nothing is written", async (payload, field) => {
    const res = await post(w.tokens.organizer, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(await count("commitments")).toBe(0);
  });

  it("links a contribution of the same agenda", async () => {
    const contribution = await w.t.app.inject({
      method: "POST",
      url: `/api/agendas/${w.agenda.id}/contributions`,
      headers: bearer(w.tokens.sales),
      payload: { department: "営業部", text: "提案資料に導入事例を一緒に入れる" },
    });
    const c = await addCommitment(w, { contributionId: contribution.json<{ id: string }>().id });
    expect(c.contributionId).toBe(contribution.json<{ id: string }>().id);
  });

  it("401 without a token, 403 for a non-attendee, 404 for another tenant's agenda", async () => {
    const body = { ownerEmail: SALES, action: "x", dueDate: "2099-01-01" };
    const anonymous = await w.t.app.inject({ method: "POST", url: `/api/agendas/${w.agenda.id}/commitments`, payload: body });
    expect(anonymous.statusCode).toBe(401);
    expect((await post(w.tokens.outsider, body)).statusCode).toBe(403);
    expect((await post(w.tokens.otherPmo, body)).statusCode).toBe(404);
    expect((await post(w.tokens.organizer, body, "no-such-agenda")).statusCode).toBe(404);
    expect(await count("commitments")).toBe(0);
  });

  it("an idempotent retry creates one row and replays the same response", async () => {
    const body = { ownerEmail: SALES, action: "x", dueDate: "2099-01-01" };
    const first = await post(w.tokens.organizer, body, w.agenda.id, { "idempotency-key": "k-1" });
    const second = await post(w.tokens.organizer, body, w.agenda.id, { "idempotency-key": "k-1" });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(second.headers["idempotent-replayed"]).toBe("true");
    expect(await count("commitments")).toBe(1);
    expect(await count("commitment_history")).toBe(1);
  });

  it("a write that fails half-way leaves no partial rows and no revision bump", async () => {
    // The history insert comes after the commitment insert: make it fail inside the transaction.
    await sql`create trigger fail_history before insert on commitment_history begin select raise(abort, 'boom'); end`.execute(w.t.db);
    const before = await revision();
    const body = { ownerEmail: SALES, action: "x", dueDate: "2099-01-01" };
    const res = await post(w.tokens.organizer, body, w.agenda.id, { "idempotency-key": "k-fail" });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe("internal");
    expect(await count("commitments")).toBe(0);
    expect(await revision()).toBe(before);
    // The key was freed, so the retry after the fault is applied.
    await sql`drop trigger fail_history`.execute(w.t.db);
    expect((await post(w.tokens.organizer, body, w.agenda.id, { "idempotency-key": "k-fail" })).statusCode).toBe(201);
    expect(await count("commitments")).toBe(1);
  });
});

describe("PATCH /api/commitments/:id", () => {
  it("records one history row per changed field, with the note, and bumps the revision", async () => {
    const c = await addCommitment(w, { helpsDepartment: null });
    const before = await revision();
    const res = await patch(w.tokens.sales, c.id, {
      status: "done",
      dueDate: "2099-02-01",
      action: c.action,
      helpsDepartment: "企画部",
      note: "共有しました",
    });
    expect(res.statusCode).toBe(200);
    const updated = res.json<Commitment>();
    expect(updated).toMatchObject({ status: "done", dueDate: "2099-02-01", helpsDepartment: "企画部" });
    expect(updated.history.map((h) => [h.field, h.from, h.to, h.note, h.byEmail])).toEqual([
      ["created", null, "open", "", "hanako.sato@contoso.example"],
      ["status", "open", "done", "共有しました", SALES],
      ["dueDate", "2099-01-01", "2099-02-01", "共有しました", SALES],
      ["helpsDepartment", null, "企画部", "共有しました", SALES],
    ]);
    expect(await revision()).toBe(before + 1);
    const stored = await w.t.db.selectFrom("commitments").selectAll().where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: "done", due_date: "2099-02-01", helps_department: "企画部" });
  });

  it("a patch that changes nothing writes no history and no revision", async () => {
    const c = await addCommitment(w);
    const before = await revision();
    const res = await patch(w.tokens.sales, c.id, { status: "open" });
    expect(res.statusCode).toBe(200);
    expect(res.json<Commitment>().history).toHaveLength(1);
    expect(await revision()).toBe(before);
  });

  it("the owner, the organizer and a PMO may change it; another attendee may not (403)", async () => {
    const c = await addCommitment(w);
    expect((await patch(w.tokens.planning, c.id, { status: "done" })).statusCode).toBe(403);
    expect((await patch(w.tokens.outsider, c.id, { status: "done" })).statusCode).toBe(403);
    expect((await patch(w.tokens.sales, c.id, { action: "by owner" })).statusCode).toBe(200);
    expect((await patch(w.tokens.organizer, c.id, { action: "by organizer" })).statusCode).toBe(200);
    expect((await patch(w.tokens.pmo, c.id, { status: "dropped", note: "方針変更" })).statusCode).toBe(200);
    const stored = await w.t.db.selectFrom("commitments").select(["status", "action"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: "dropped", action: "by organizer" });
  });

  it("404 across tenants (even for the other tenant's PMO) and for unknown ids", async () => {
    const c = await addCommitment(w);
    const res = await patch(w.tokens.otherPmo, c.id, { status: "done" });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("not_found");
    expect((await patch(w.tokens.pmo, "nope", { status: "done" })).statusCode).toBe(404);
    const stored = await w.t.db.selectFrom("commitments").select("status").where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(stored.status).toBe("open");
  });

  it.each([
    [{ status: "finished" }, "status"],
    [{ dueDate: "2026-13-40" }, "dueDate"],
    [{ note: "only a note" }, "body"],
    [{ ownerEmail: SALES }, "ownerEmail"],
  ])("400 for %j naming %s", async (payload, field) => {
    const c = await addCommitment(w);
    const res = await patch(w.tokens.sales, c.id, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it("a failed patch changes nothing", async () => {
    const c = await addCommitment(w);
    await sql`create trigger fail_history before insert on commitment_history begin select raise(abort, 'boom'); end`.execute(w.t.db);
    const before = await revision();
    expect((await patch(w.tokens.sales, c.id, { status: "done", action: "changed" })).statusCode).toBe(500);
    const stored = await w.t.db.selectFrom("commitments").select(["status", "action"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: "open", action: "要件を共有する" });
    expect(await revision()).toBe(before);
  });
});

it("commitments of another agenda stay on that agenda", async () => {
  const other = await createAgenda(w.t, w.tokens.planning);
  const c = await addCommitment(w, { ownerEmail: SALES }, w.tokens.planning, other.id);
  expect(c.agendaId).toBe(other.id);
  const view = await w.t.app.inject({ method: "GET", url: `/api/agendas/${w.agenda.id}`, headers: bearer(w.tokens.organizer) });
  expect(view.json<AgendaView>().commitments).toEqual([]);
});
