import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Agenda, AgendaView } from "../../../src/core/api/contract";
import { OTHER_TENANT_ID, DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, OTHER_TENANT, OUTSIDER, PLANNING, SALES, agendaInput, bearer, countRows, createAgendaVia, freshThreadId } from "./agenda-fixtures";

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

describe("POST /api/agendas", () => {
  it("creates the agenda with the caller as organizer, first among the attendees", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: await bearer(t, ORGANIZER, { name: "佐藤" }),
      payload: agendaInput(),
    });
    expect(res.statusCode).toBe(201);
    const agenda = res.json() as Agenda;
    expect(res.headers.location).toBe(`/api/agendas/${agenda.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(agenda).toMatchObject({ organizerEmail: ORGANIZER, version: 1, revision: 1, lang: "ja" });
    expect(agenda.attendees.map((a) => [a.email, a.role])).toEqual([
      [ORGANIZER, "organizer"],
      [SALES, "required"],
      [PLANNING, "optional"],
    ]);
    expect(agenda.attendees[0]?.name).toBe("佐藤");
    // Stored in UTC so range queries compare correctly.
    expect(agenda.startsAt).toBe("2026-12-01T01:00:00.000Z");
    expect(await countRows(t, "agenda_attendees")).toBe(3);
  });

  it("keeps one row per attendee and one organizer", async () => {
    const agenda = await createAgendaVia(
      t,
      agendaInput({
        attendees: [
          { email: "TANAKA@contoso.example", department: "営業部", role: "organizer" },
          { email: SALES, department: "other" },
          { email: ORGANIZER, name: "Sato", department: "企画部", role: "required" },
        ],
      }),
    );
    expect(agenda.attendees).toEqual([
      { email: SALES, name: "", department: "営業部", role: "required" },
      { email: ORGANIZER, name: "Sato", department: "企画部", role: "organizer" },
    ]);
  });

  it("takes the organizer's department from the directory and missing missions from the library", async () => {
    const now = new Date().toISOString();
    await t.db
      .insertInto("directory_users")
      .values({ tenant_id: DEMO_TENANT_ID, email: ORGANIZER, name: "佐藤", department: "企画部", updated_at: now })
      .execute();
    await t.db.insertInto("departments").values({ id: "d1", tenant_id: DEMO_TENANT_ID, name: "営業部", mission: "売上を伸ばす", updated_at: now }).execute();
    const agenda = await createAgendaVia(t, agendaInput({ departments: [{ name: "営業部" }, { name: "新規部" }] }));
    expect(agenda.attendees[0]).toMatchObject({ email: ORGANIZER, department: "企画部" });
    expect(agenda.departments).toEqual([
      { name: "営業部", mission: "売上を伸ばす" },
      { name: "新規部", mission: "" },
    ]);
  });

  it("accepts an objective of the tenant's library and rejects any other (400 objectiveId), writing nothing", async () => {
    const now = new Date().toISOString();
    await t.db
      .insertInto("objectives")
      .values([
        { id: "obj-mine", tenant_id: DEMO_TENANT_ID, title: "CRM", description: "", created_by: ORGANIZER, created_at: now },
        { id: "obj-other", tenant_id: OTHER_TENANT_ID, title: "CRM", description: "", created_by: ORGANIZER, created_at: now },
      ])
      .execute();
    const headers = await bearer(t, ORGANIZER);
    for (const objectiveId of ["obj-missing", "obj-other"]) {
      const res = await t.app.inject({ method: "POST", url: "/api/agendas", headers, payload: agendaInput({ objectiveId }) });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: "bad_request", field: "objectiveId" });
    }
    expect(await countRows(t, "agendas")).toBe(0);
    expect(await countRows(t, "agenda_attendees")).toBe(0);
    const ok = await t.app.inject({ method: "POST", url: "/api/agendas", headers, payload: agendaInput({ objectiveId: "obj-mine" }) });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().objectiveId).toBe("obj-mine");
  });

  it.each([
    [{ objectiveTitle: "" }, "objectiveTitle"],
    [{ attendees: [{ email: "not-an-email" }] }, "attendees.0.email"],
    [{ teamsThreadId: "meeting-1" }, "teamsThreadId"],
    [{ lang: "fr" }, "lang"],
    // Its UTC form is +010000-…, which would sort before every real meeting.
    [{ startsAt: "9999-12-31T23:59:59.999-14:00" }, "startsAt"],
    [{ endsAt: "0000-01-01T00:00:00Z" }, "endsAt"],
  ])("rejects %j naming the field %s", async (override, field) => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: await bearer(t, ORGANIZER),
      payload: { ...agendaInput(), ...override },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(await countRows(t, "agendas")).toBe(0);
  });

  it("rejects unknown fields and a missing body", async () => {
    const headers = await bearer(t, ORGANIZER);
    const extra = await t.app.inject({ method: "POST", url: "/api/agendas", headers, payload: { ...agendaInput(), tenantId: "x" } });
    expect(extra.statusCode).toBe(400);
    const none = await t.app.inject({ method: "POST", url: "/api/agendas", headers });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toMatch(/body is required/);
  });

  it("needs a valid token (401)", async () => {
    const none = await t.app.inject({ method: "POST", url: "/api/agendas", payload: agendaInput() });
    expect(none.statusCode).toBe(401);
    expect(none.headers["www-authenticate"]).toBe("Bearer");
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: { authorization: "Bearer not.a.token" },
      payload: agendaInput(),
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe("unauthorized");
    expect(await countRows(t, "agendas")).toBe(0);
  });
});

describe("GET /api/agendas/:id", () => {
  it("returns the view to attendees with the version as ETag", async () => {
    const agenda = await createAgendaVia(t);
    for (const email of [ORGANIZER, SALES, PLANNING.toUpperCase()]) {
      const res = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(t, email) });
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe('"1"');
      const view = res.json() as AgendaView;
      expect(view.agenda).toEqual(agenda);
      expect(view.contributions).toEqual([]);
      expect(view.commitments).toEqual([]);
    }
  });

  it("is 403 for someone outside the meeting, 404 for unknown ids and for other tenants", async () => {
    const agenda = await createAgendaVia(t);
    const outsider = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(t, OUTSIDER) });
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().error.message).toBe("Only the meeting's attendees and organizer can open this agenda");
    const unknown = await t.app.inject({ method: "GET", url: "/api/agendas/nope", headers: await bearer(t, ORGANIZER) });
    expect(unknown.statusCode).toBe(404);
    const otherTenant = await t.app.inject({
      method: "GET",
      url: `/api/agendas/${agenda.id}`,
      headers: await bearer(t, OTHER_TENANT.email, { tenantId: OTHER_TENANT.tenantId }),
    });
    expect(otherTenant.statusCode).toBe(404);
    expect(otherTenant.json()).toEqual(unknown.json());
  });
});

describe("PATCH /api/agendas/:id", () => {
  async function patch(id: string, body: unknown, headers: Record<string, string>) {
    return t.app.inject({ method: "PATCH", url: `/api/agendas/${id}`, headers, payload: body as object });
  }

  it("applies the change with If-Match, bumping version and revision", async () => {
    const agenda = await createAgendaVia(t);
    // The desired outcome is the organizer's to change (agenda-field-rights.ts).
    const res = await patch(agenda.id, { desiredOutcome: "Agree on pilot", obstacles: ["予算"] }, { ...(await bearer(t, ORGANIZER)), "if-match": '"1"' });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json()).toMatchObject({ desiredOutcome: "Agree on pilot", obstacles: ["予算"], version: 2, revision: 2 });
    // Weak and bare forms are accepted.
    for (const [ifMatch, version] of [["W/\"2\"", 3], ["3", 4]] as const) {
      const next = await patch(agenda.id, { subject: `v${version}` }, { ...(await bearer(t, ORGANIZER)), "if-match": ifMatch });
      expect(next.statusCode).toBe(200);
      expect(next.json().version).toBe(version);
    }
  });

  it("needs If-Match (428) and rejects a stale one with the current agenda (412)", async () => {
    const agenda = await createAgendaVia(t);
    const headers = await bearer(t, ORGANIZER);
    const missing = await patch(agenda.id, { subject: "x" }, headers);
    expect(missing.statusCode).toBe(428);
    expect(missing.json().error.code).toBe("precondition_required");
    await patch(agenda.id, { subject: "first" }, { ...headers, "if-match": '"1"' });
    const stale = await patch(agenda.id, { subject: "second" }, { ...headers, "if-match": '"1"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error).toMatchObject({ code: "precondition_failed", current: { subject: "first", version: 2 } });
    const bad = await patch(agenda.id, { subject: "x" }, { ...headers, "if-match": "*" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("If-Match");
  });

  it("replaces attendees (keeping the organizer), after which a removed attendee is locked out", async () => {
    const agenda = await createAgendaVia(t);
    const res = await patch(
      agenda.id,
      { attendees: [{ email: PLANNING, department: "企画部" }, { email: OUTSIDER, department: "経理部" }] },
      { ...(await bearer(t, ORGANIZER)), "if-match": '"1"' },
    );
    expect(res.statusCode).toBe(200);
    expect((res.json() as Agenda).attendees.map((a) => [a.email, a.role])).toEqual([
      [ORGANIZER, "organizer"],
      [PLANNING, "required"],
      [OUTSIDER, "required"],
    ]);
    const removed = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(t, SALES) });
    expect(removed.statusCode).toBe(403);
    const added = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(t, OUTSIDER) });
    expect(added.statusCode).toBe(200);
  });

  it("rejects bad input, outsiders and other tenants without changing anything", async () => {
    const agenda = await createAgendaVia(t);
    const ifMatch = { "if-match": '"1"' };
    const badField = await patch(agenda.id, { departments: [{ name: "" }] }, { ...(await bearer(t, ORGANIZER)), ...ifMatch });
    expect(badField.statusCode).toBe(400);
    expect(badField.json().error.field).toBe("departments.0.name");
    const badObjective = await patch(agenda.id, { objectiveId: "missing" }, { ...(await bearer(t, ORGANIZER)), ...ifMatch });
    expect(badObjective.statusCode).toBe(400);
    expect(badObjective.json().error.field).toBe("objectiveId");
    const outsider = await patch(agenda.id, { subject: "x" }, { ...(await bearer(t, OUTSIDER)), ...ifMatch });
    expect(outsider.statusCode).toBe(403);
    const other = await patch(agenda.id, { subject: "x" }, { ...(await bearer(t, ORGANIZER, { tenantId: OTHER_TENANT_ID })), ...ifMatch });
    expect(other.statusCode).toBe(404);
    const view = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(t, ORGANIZER) });
    expect(view.json().agenda).toEqual(agenda);
  });
});

describe("GET /api/agendas (find)", () => {
  it("finds my meetings by Teams thread, join URL or time range — never others' or another tenant's", async () => {
    const mine = await createAgendaVia(t, agendaInput({ teamsThreadId: freshThreadId() }));
    const later = await createAgendaVia(
      t,
      agendaInput({ teamsThreadId: null, joinUrl: null, startsAt: "2026-12-03T00:00:00Z", endsAt: null, attendees: [] }),
    );
    await createAgendaVia(t, agendaInput({ attendees: [], joinUrl: mine.joinUrl }), OUTSIDER);
    const ids = async (email: string, query: string, tenantId?: string) => {
      const res = await t.app.inject({
        method: "GET",
        url: `/api/agendas?${query}`,
        headers: await bearer(t, email, tenantId ? { tenantId } : {}),
      });
      expect(res.statusCode).toBe(200);
      return (res.json() as Agenda[]).map((a) => a.id);
    };
    const thread = `teamsThreadId=${encodeURIComponent(mine.teamsThreadId!)}`;
    expect(await ids(SALES, thread)).toEqual([mine.id]);
    expect(await ids(ORGANIZER, thread)).toEqual([mine.id]);
    expect(await ids(OUTSIDER, thread)).toEqual([]); // the thread's one agenda is not OUTSIDER's
    expect(await ids(OUTSIDER, `joinUrl=${encodeURIComponent(mine.joinUrl!)}`)).toHaveLength(1); // only the one OUTSIDER organizes
    expect(await ids(ORGANIZER, thread, OTHER_TENANT_ID)).toEqual([]);
    expect(await ids(SALES, `joinUrl=${encodeURIComponent(mine.joinUrl!)}`)).toEqual([mine.id]);
    const range = (from: string, to: string) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    expect(await ids(ORGANIZER, range("2026-12-01T00:00:00Z", "2026-12-04T00:00:00Z"))).toEqual([mine.id, later.id]);
    // 10:00 in Tokyo is 01:00 UTC: an offset in the query is honoured.
    expect(await ids(ORGANIZER, range("2026-12-01T10:30:00+09:00", "2026-12-04T00:00:00+09:00"))).toEqual([later.id]);
    expect(await ids(SALES, range("2026-12-01T00:00:00Z", "2026-12-04T00:00:00Z"))).toEqual([mine.id]);
  });

  it.each([
    ["", "query"],
    ["teamsThreadId=19%3Ameeting_a%40thread.v2&joinUrl=https%3A%2F%2Fx.example", "teamsThreadId"],
    ["from=2026-12-01T00%3A00%3A00Z", "to"],
    ["from=2026-12-02T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z", "to"],
    ["from=2026-01-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z", "to"],
    ["teamsThreadId=abc", "teamsThreadId"],
    ["colour=red", "colour"],
  ])("?%s is a 400 naming %s", async (query, field) => {
    const res = await t.app.inject({ method: "GET", url: `/api/agendas?${query}`, headers: await bearer(t, ORGANIZER) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });
});

describe("GET /api/agendas/:id/render", () => {
  it("renders HTML (escaped) and text, in the agenda's language or the one asked for", async () => {
    const agenda = await createAgendaVia(t, agendaInput({ desiredOutcome: "<script>alert(1)</script>" }));
    const headers = await bearer(t, SALES);
    const html = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}/render`, headers });
    expect(html.statusCode).toBe(200);
    const content = html.json().content as string;
    expect(content).toContain("大手企業向けのCRMビジネスを拡大する");
    expect(content).toContain("&lt;script&gt;");
    expect(content).not.toContain("<script>");
    expect(content).toContain(`http://localhost:3000/agenda/${agenda.id}`);
    const text = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}/render?format=text&lang=en`, headers });
    expect(text.statusCode).toBe(200);
    expect(text.json().content).toContain("Common Purpose agenda");
    expect(text.json().content).toContain("1. Shared objective");
    expect(text.json().content).not.toMatch(/<(p|div|table|a)\b/);
  });

  it("rejects a bad format and outsiders", async () => {
    const agenda = await createAgendaVia(t);
    const bad = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}/render?format=pdf`, headers: await bearer(t, SALES) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("format");
    const outsider = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}/render`, headers: await bearer(t, OUTSIDER) });
    expect(outsider.statusCode).toBe(403);
  });
});
