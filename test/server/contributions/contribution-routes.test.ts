import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Agenda, AgendaView, Contribution } from "../../../src/core/api/contract";
import { OTHER_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, OUTSIDER, PLANNING, SALES, agendaInput, bearer, countRows, createAgendaVia } from "../agendas/agenda-fixtures";

let t: TestApp;
let agenda: Agenda;
beforeEach(async () => {
  t = await buildTestApp();
  agenda = await createAgendaVia(t);
});
afterEach(async () => {
  await t.close();
});

async function add(email: string, body: unknown, agendaId = agenda.id, tenantId?: string) {
  return t.app.inject({
    method: "POST",
    url: `/api/agendas/${agendaId}/contributions`,
    headers: await bearer(t, email, tenantId ? { tenantId } : {}),
    payload: body as object,
  });
}

async function view(): Promise<AgendaView> {
  const res = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(t, ORGANIZER) });
  return res.json() as AgendaView;
}

describe("POST /api/agendas/:id/contributions", () => {
  it("adds a contribution by the caller and bumps the agenda's revision (not its version)", async () => {
    const res = await add(SALES, { department: "営業部", text: "大手顧客の紹介" });
    expect(res.statusCode).toBe(201);
    const c = res.json() as Contribution;
    expect(res.headers.location).toBe(`/api/contributions/${c.id}`);
    expect(c).toMatchObject({ agendaId: agenda.id, department: "営業部", authorEmail: SALES, authorName: "田中", text: "大手顧客の紹介", version: 1 });
    const v = await view();
    expect(v.contributions).toEqual([c]);
    expect(v.agenda).toMatchObject({ version: 1, revision: 2 });
  });

  it("accepts the author's own attendee department even when the agenda does not list it", async () => {
    const a = await createAgendaVia(t, agendaInput({ departments: [], attendees: [{ email: SALES, department: "営業部" }] }));
    expect((await add(SALES, { department: "営業部", text: "x" }, a.id)).statusCode).toBe(201);
    const res = await add(SALES, { department: "企画部", text: "x" }, a.id);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("department");
  });

  it("rejects a department of neither list (400 department) and bad text (400 text), writing nothing", async () => {
    const wrong = await add(SALES, { department: "経理部", text: "x" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ field: "department" });
    const empty = await add(SALES, { department: "営業部", text: "   " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe("text");
    const long = await add(SALES, { department: "営業部", text: "あ".repeat(2001) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.field).toBe("text");
    expect(await countRows(t, "contributions")).toBe(0);
    expect((await view()).agenda.revision).toBe(1);
  });

  it("is 403 for outsiders and 404 for unknown agendas and other tenants", async () => {
    expect((await add(OUTSIDER, { department: "営業部", text: "x" })).statusCode).toBe(403);
    expect((await add(SALES, { department: "営業部", text: "x" }, "missing")).statusCode).toBe(404);
    expect((await add(SALES, { department: "営業部", text: "x" }, agenda.id, OTHER_TENANT_ID)).statusCode).toBe(404);
    expect(await countRows(t, "contributions")).toBe(0);
  });
});

describe("PATCH and DELETE /api/contributions/:id", () => {
  let c: Contribution;
  beforeEach(async () => {
    c = (await add(SALES, { department: "営業部", text: "first" })).json() as Contribution;
  });

  async function patch(email: string, body: unknown, extra: Record<string, string> = {}, tenantId?: string) {
    return t.app.inject({
      method: "PATCH",
      url: `/api/contributions/${c.id}`,
      headers: { ...(await bearer(t, email, tenantId ? { tenantId } : {})), ...extra },
      payload: body as object,
    });
  }

  it("lets the author and the organizer edit, bumping version and revision", async () => {
    const byAuthor = await patch(SALES, { text: "second" });
    expect(byAuthor.statusCode).toBe(200);
    expect(byAuthor.json()).toMatchObject({ text: "second", version: 2, authorEmail: SALES });
    expect(byAuthor.headers.etag).toBe('"2"');
    const byOrganizer = await patch(ORGANIZER, { text: "third" }, { "if-match": '"2"' });
    expect(byOrganizer.statusCode).toBe(200);
    expect(byOrganizer.json()).toMatchObject({ text: "third", version: 3, authorEmail: SALES });
    const v = await view();
    expect(v.contributions[0]?.text).toBe("third");
    expect(v.agenda.revision).toBe(4);
  });

  it("rejects other attendees (403), outsiders (403), other tenants (404), stale If-Match (412) and bad text (400)", async () => {
    expect((await patch(PLANNING, { text: "x" })).statusCode).toBe(403);
    expect((await patch(OUTSIDER, { text: "x" })).statusCode).toBe(403);
    expect((await patch(SALES, { text: "x" }, {}, OTHER_TENANT_ID)).statusCode).toBe(404);
    const stale = await patch(SALES, { text: "x" }, { "if-match": '"7"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.current).toEqual(c);
    const bad = await patch(SALES, { text: "" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("text");
    const v = await view();
    expect(v.contributions).toEqual([c]);
    expect(v.agenda.revision).toBe(2);
  });

  it("deletes for the author or organizer only (204), then 404", async () => {
    const del = async (email: string, extra: Record<string, string> = {}) =>
      t.app.inject({ method: "DELETE", url: `/api/contributions/${c.id}`, headers: { ...(await bearer(t, email)), ...extra } });
    expect((await del(PLANNING)).statusCode).toBe(403);
    expect((await del(SALES, { "if-match": '"9"' })).statusCode).toBe(412);
    const ok = await del(ORGANIZER, { "content-type": "application/json" });
    expect(ok.statusCode).toBe(204);
    expect(ok.body).toBe("");
    expect((await del(ORGANIZER)).statusCode).toBe(404);
    const v = await view();
    expect(v.contributions).toEqual([]);
    expect(v.agenda.revision).toBe(3);
  });

  it("is 404 for an unknown contribution", async () => {
    const res = await t.app.inject({ method: "PATCH", url: "/api/contributions/nope", headers: await bearer(t, SALES), payload: { text: "x" } });
    expect(res.statusCode).toBe(404);
  });
});
