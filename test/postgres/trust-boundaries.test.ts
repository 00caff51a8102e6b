// The trust boundaries on a real PostgreSQL server (TEST_DATABASE_URL), where they differ from SQLite:
// a NUL character is refused before PostgreSQL sees it (it would answer 500: text can't hold one),
// invitations without an object id are claimed at sign-in, and a thread proven by the meeting's
// organizer is taken from an attendee's earlier binding inside one transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda } from "../../src/core/api/contract";
import { buildEntraTestApp, type EntraPerson, type EntraTestApp } from "../server/entra-test-app";

const url = process.env.TEST_DATABASE_URL;
const THREAD = "19:meeting_MGIxNjA4MDAtZGE3YS00ZGUxLTk2ZWItODRmZjVhMmQ5MDM5@thread.v2";
const JOIN_URL =
  "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGIxNjA4MDAtZGE3YS00ZGUxLTk2ZWItODRmZjVhMmQ5MDM5%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%7d";
const ORGANIZER: EntraPerson = { oid: "8b081ef6-4792-4def-b2c9-c363a1bf41d5", email: "hanako.sato@contoso.com", roles: ["PMO"] };
const ATTENDEE: EntraPerson = { oid: "5f3c2a1e-8d4b-4c6a-9e2f-1a7b3c5d9e01", email: "a-tanaka@contoso.onmicrosoft.com" };
/** Invited too; signs in only after the agenda is saved. */
const KEN: EntraPerson = { oid: "7a9e4b2c-1f3d-4e5a-8b6c-2d4f6a8c0e12", email: "k-sato@contoso.onmicrosoft.com" };
const KENS_ME = { status: 200, headers: { "content-type": "application/json" }, body: { id: KEN.oid, mail: "ken.sato@contoso.com", userPrincipalName: KEN.email, proxyAddresses: ["SMTP:ken.sato@contoso.com"] } };

describe.skipIf(!url)("trust boundaries on PostgreSQL", () => {
  let t: EntraTestApp;
  const auth = async (p: EntraPerson) => ({ authorization: `Bearer ${await t.tokenFor(p)}` });
  beforeAll(async () => {
    t = await buildEntraTestApp({ target: { kind: "postgres", url: url as string } });
    t.graph.onBehalfOf(t.graphTokenOf(ORGANIZER.oid), /\/me\/onlineMeetings/, "online-meeting");
    t.graph.on(/\/me\/onlineMeetings/, "online-meeting-none");
    t.graph.on(/\/chats\/19:meeting_MGIx.*\/members/, "chat-members");
    t.graph.onBehalfOf(t.graphTokenOf(ATTENDEE.oid), /\/me\?/, "me-addresses");
    t.graph.onBehalfOf(t.graphTokenOf(KEN.oid), /\/me\?/, KENS_ME);
    t.graph.on(/\/users\?/, "users-none");
  });
  afterAll(async () => t?.close());

  it("refuses a NUL character in q with 400 instead of PostgreSQL's 500", async () => {
    for (const path of ["/api/commitments", "/api/commitments/export.csv"]) {
      const res = await t.app.inject({ method: "GET", url: `${path}?q=a%00b`, headers: await auth(ORGANIZER) });
      expect(res.statusCode, path).toBe(400);
      expect(res.json().error.field).toBe("q");
    }
  });

  it("claims an unresolved invitation for the person Graph says owns the address, and moves a thread to the organizer's proven agenda", async () => {
    // The attendee binds first from the Teams config page (a chat member); Graph can't resolve her
    // invited address when the organizer saves (users-none).
    const early = await t.app.inject({ method: "POST", url: "/api/agendas", headers: await auth(ATTENDEE), payload: { objectiveTitle: "先に作成", teamsThreadId: THREAD } });
    expect(early.statusCode, early.body).toBe(201);
    expect(early.json<Agenda>().teamsThreadId).toBe(THREAD);
    const real = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: await auth(ORGANIZER),
      payload: { objectiveTitle: "大手企業向けのCRMビジネスを拡大する", joinUrl: JOIN_URL, attendees: [{ email: "aiko.tanaka@contoso.com" }, { email: "ken.sato@contoso.com" }] },
    });
    expect(real.statusCode, real.body).toBe(201);
    const agenda = real.json<Agenda>();
    expect(agenda.teamsThreadId).toBe(THREAD);
    const row = await t.db.selectFrom("agendas").select(["teams_thread_id", "thread_proof"]).where("id", "=", early.json<Agenda>().id).executeTakeFirstOrThrow();
    expect(row).toEqual({ teams_thread_id: null, thread_proof: null });
    // Unresolved at save; Ken's first request claims his row, through Graph's /me.
    const kensRow = () => t.db.selectFrom("agenda_attendees").select("oid").where("agenda_id", "=", agenda.id).where("email", "=", "ken.sato@contoso.com").executeTakeFirstOrThrow();
    expect((await kensRow()).oid).toBeNull();
    const open = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await auth(KEN) });
    expect(open.statusCode).toBe(200);
    expect((await kensRow()).oid).toBe(KEN.oid);
  });
});
