// Nobody takes over a meeting's Teams tab. A Teams thread id is in every join link, so the server binds
// an agenda to a thread only on proof from Microsoft Graph (recorded answers, asked on behalf of the
// caller): the meeting's organizer finds it among their online meetings, or a chat member is listed in
// its chat. Unproven ids are ignored, only the agenda's organizer binds, rebinds or unbinds, the
// organizer's proof wins over an attendee's earlier binding, and a 409 names the organizer only to
// those who may open that agenda. Local mode keeps the client's id, for the organizer only.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Agenda } from "../../src/core/api/contract";
import { ThreadBoundConflict } from "../../src/core/api/thread-binding-contract";
import { buildEntraTestApp, type EntraPerson, type EntraTestApp } from "../server/entra-test-app";
import { buildTestApp, type TestApp } from "../server/api-helper";

// The meeting of recorded/online-meeting.json and recorded/chat-members.json.
const THREAD = "19:meeting_MGIxNjA4MDAtZGE3YS00ZGUxLTk2ZWItODRmZjVhMmQ5MDM5@thread.v2";
const JOIN_URL =
  "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGIxNjA4MDAtZGE3YS00ZGUxLTk2ZWItODRmZjVhMmQ5MDM5%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%228b081ef6-4792-4def-b2c9-c363a1bf41d5%22%7d";
const OTHER_THREAD = "19:meeting_ZmZmZmZmZmYtMDAwMC0xMTExLTIyMjItMzMzMzQ0NDQ1NTU1@thread.v2";

/** The meeting's organizer (its online meeting answers only to them). */
const ORGANIZER: EntraPerson = { oid: "8b081ef6-4792-4def-b2c9-c363a1bf41d5", email: "hanako.sato@contoso.com" };
/** Invited, and a member of the meeting chat. */
const ATTENDEE: EntraPerson = { oid: "5f3c2a1e-8d4b-4c6a-9e2f-1a7b3c5d9e01", email: "aiko.tanaka@contoso.com" };
/** A member of the meeting chat the agenda does not list. */
const CHAT_MEMBER: EntraPerson = { oid: "7a9e4b2c-1f3d-4e5a-8b6c-2d4f6a8c0e12", email: "ken.sato@contoso.com" };
/** In the tenant, not in the meeting. */
const OUTSIDER: EntraPerson = { oid: "2d4f6a8c-0e12-4b3a-9c5d-7e9f1a3b5c70", email: "yumi.watanabe@contoso.com" };

describe("Teams thread binding by proof (Entra mode, recorded Graph)", () => {
  let t: EntraTestApp;
  const auth = async (p: EntraPerson) => ({ authorization: `Bearer ${await t.tokenFor(p)}` });
  const create = async (p: EntraPerson, payload: Record<string, unknown>) =>
    t.app.inject({ method: "POST", url: "/api/agendas", headers: await auth(p), payload: { objectiveTitle: "大手企業向けのCRMビジネスを拡大する", ...payload } });
  const get = async (p: EntraPerson, id: string) => (await t.app.inject({ method: "GET", url: `/api/agendas/${id}`, headers: await auth(p) })).json<{ agenda: Agenda }>().agenda;
  const findByThread = async (p: EntraPerson) =>
    (await t.app.inject({ method: "GET", url: "/api/agendas", query: { teamsThreadId: THREAD }, headers: await auth(p) })).json<Agenda[]>();
  const organizersAgenda = async () => {
    const res = await create(ORGANIZER, { joinUrl: JOIN_URL, teamsThreadId: THREAD, attendees: [{ email: ATTENDEE.email }] });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Agenda>();
  };

  beforeEach(async () => {
    t = await buildEntraTestApp();
    t.graph.onBehalfOf(t.graphTokenOf(ORGANIZER.oid), /\/me\/onlineMeetings/, "online-meeting");
    t.graph.on(/\/me\/onlineMeetings/, "online-meeting-none");
    t.graph.onBehalfOf(t.graphTokenOf(OUTSIDER.oid), /\/chats\//, "chat-forbidden-403");
    t.graph.on(/\/chats\/19:meeting_MGIxNjA4MDAtZGE3YS00ZGUxLTk2ZWItODRmZjVhMmQ5MDM5@thread\.v2\/members/, "chat-members");
    t.graph.on(/\/users\?.*aiko\.tanaka/, "users-found");
    t.graph.on(/\/users\?/, "users-none");
  });
  afterEach(async () => t.close());

  it("binds the organizer's agenda to the thread Graph finds for the join URL, asked with the organizer's token", async () => {
    const agenda = await organizersAgenda();
    expect(agenda.teamsThreadId).toBe(THREAD);
    const asked = t.graph.seen.filter((r) => r.url.includes("onlineMeetings"));
    expect(asked).toEqual([expect.objectContaining({ url: `/v1.0/me/onlineMeetings?$filter=JoinWebUrl eq '${JOIN_URL}'`, authorization: `Bearer ${t.graphTokenOf(ORGANIZER.oid)}` })]);
    expect((await findByThread(ATTENDEE)).map((a) => a.id)).toEqual([agenda.id]);
  });

  it("ignores a thread id an outsider can't prove: their agenda is saved without it, and the organizer still binds the meeting", async () => {
    const squat = await create(OUTSIDER, { teamsThreadId: THREAD, subject: "Click here to re-authenticate", joinUrl: JOIN_URL });
    expect(squat.statusCode, squat.body).toBe(201);
    expect(squat.json<Agenda>().teamsThreadId).toBeNull();
    const real = await organizersAgenda();
    expect(real.teamsThreadId).toBe(THREAD);
    // Every attendee's meeting tab finds the organizer's agenda.
    expect((await findByThread(ATTENDEE)).map((a) => a.id)).toEqual([real.id]);
    expect(await findByThread(OUTSIDER)).toEqual([]);
  });

  it("an attendee can't unbind the real agenda, and can't bind their own agenda to the thread", async () => {
    const real = await organizersAgenda();
    const unbind = await t.app.inject({
      method: "PATCH",
      url: `/api/agendas/${real.id}`,
      headers: { ...(await auth(ATTENDEE)), "if-match": `"${real.version}"` },
      payload: { teamsThreadId: null },
    });
    expect(unbind.statusCode).toBe(403);
    expect(unbind.json()).toMatchObject({ error: { code: "forbidden", field: "teamsThreadId" } });
    // The attendee is a member of the meeting chat, but the organizer's proven binding stands.
    const own = await create(ATTENDEE, { teamsThreadId: THREAD });
    expect(own.statusCode).toBe(409);
    expect(ThreadBoundConflict.parse(own.json().error.current)).toEqual({ reason: "teams_thread_bound", organizerEmail: ORGANIZER.email, yours: false, agendaId: real.id });
    expect((await get(ORGANIZER, real.id)).teamsThreadId).toBe(THREAD);
    expect((await findByThread(ATTENDEE)).map((a) => a.id)).toEqual([real.id]);
  });

  it("a chat member's earlier binding gives way to the meeting organizer's proof", async () => {
    const early = await create(ATTENDEE, { teamsThreadId: THREAD, subject: "made from the Teams config page" });
    expect(early.statusCode, early.body).toBe(201);
    expect(early.json<Agenda>().teamsThreadId).toBe(THREAD);
    const real = await organizersAgenda();
    expect(real.teamsThreadId).toBe(THREAD);
    expect((await get(ATTENDEE, early.json<Agenda>().id)).teamsThreadId).toBeNull();
    expect((await findByThread(ATTENDEE)).map((a) => a.id)).toEqual([real.id]);
  });

  it("the 409 of a bound thread names neither the organizer nor the agenda to a caller who may not open it", async () => {
    await organizersAgenda();
    const res = await create(CHAT_MEMBER, { teamsThreadId: THREAD });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.current).toEqual({ reason: "teams_thread_bound", organizerEmail: null, yours: false, agendaId: null });
    expect(res.body).not.toContain(ORGANIZER.email);
  });

  it("never stores a thread id the organizer can't prove when patching, and lets the organizer unbind", async () => {
    const real = await organizersAgenda();
    const moved = await t.app.inject({
      method: "PATCH",
      url: `/api/agendas/${real.id}`,
      headers: { ...(await auth(ORGANIZER)), "if-match": `"${real.version}"` },
      payload: { teamsThreadId: OTHER_THREAD },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<Agenda>().teamsThreadId).toBe(THREAD);
    const unbound = await t.app.inject({
      method: "PATCH",
      url: `/api/agendas/${real.id}`,
      headers: { ...(await auth(ORGANIZER)), "if-match": `"${moved.json<Agenda>().version}"` },
      payload: { teamsThreadId: null },
    });
    expect(unbound.statusCode, unbound.body).toBe(200);
    expect(unbound.json<Agenda>().teamsThreadId).toBeNull();
  });
});

describe("Teams thread binding in local mode (no Graph): the client's id, for the organizer only", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
  });
  afterEach(async () => t.close());

  it("binds the organizer's thread id; an attendee may not change it; an outsider's 409 doesn't name the organizer", async () => {
    const organizer = { authorization: `Bearer ${await t.tokenFor("hanako.sato@contoso.example")}` };
    const attendee = { authorization: `Bearer ${await t.tokenFor("misaki.tanaka@contoso.example")}` };
    const outsider = { authorization: `Bearer ${await t.tokenFor("yumi.watanabe@contoso.example")}` };
    const created = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: organizer,
      payload: { objectiveTitle: "X", teamsThreadId: THREAD, attendees: [{ email: "misaki.tanaka@contoso.example" }] },
    });
    expect(created.statusCode).toBe(201);
    const agenda = created.json<Agenda>();
    expect(agenda.teamsThreadId).toBe(THREAD);
    const unbind = await t.app.inject({ method: "PATCH", url: `/api/agendas/${agenda.id}`, headers: { ...attendee, "if-match": `"${agenda.version}"` }, payload: { teamsThreadId: null } });
    expect(unbind.statusCode).toBe(403);
    const squat = await t.app.inject({ method: "POST", url: "/api/agendas", headers: outsider, payload: { objectiveTitle: "Y", teamsThreadId: THREAD } });
    expect(squat.statusCode).toBe(409);
    expect(squat.json().error.current).toEqual({ reason: "teams_thread_bound", organizerEmail: null, yours: false, agendaId: null });
    expect(squat.body).not.toContain("hanako.sato");
  });
});
