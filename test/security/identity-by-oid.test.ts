// Who someone is: tenant + object id from the verified token, never the e-mail claim. Rows that grant
// rights (organizer, attendees, contribution authors, commitment owners) carry the object id; an
// invitee's SMTP address is resolved to one through Microsoft Graph (recorded answers) when the agenda
// is saved, or claimed at first sign-in by the person Graph says owns that address. So a renamed UPN
// (a changed preferred_username) keeps every meeting, and whoever is given the old name gets none.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Agenda, Commitment, Contribution, Page } from "../../src/core/api/contract";
import { localUserId } from "../../src/server/auth/local-issuer";
import { DEMO_TENANT_ID } from "../../src/server/demo/demo-ids";
import { buildTestApp } from "../server/api-helper";
import { buildEntraTestApp, type EntraPerson, type EntraTestApp } from "../server/entra-test-app";

/** Organizes; signs in as hanako.sato@contoso.com — until renamed. */
const ORGANIZER: EntraPerson = { oid: "8b081ef6-4792-4def-b2c9-c363a1bf41d5", email: "hanako.sato@contoso.com" };
const ORGANIZER_RENAMED: EntraPerson = { ...ORGANIZER, email: "hanako.suzuki@contoso.com" };
/** Invited by her SMTP address aiko.tanaka@contoso.com; her UPN (what her token says) differs. */
const INVITED_SMTP = "aiko.tanaka@contoso.com";
const ATTENDEE: EntraPerson = { oid: "5f3c2a1e-8d4b-4c6a-9e2f-1a7b3c5d9e01", email: "a-tanaka@contoso.onmicrosoft.com" };
/** Someone else who was later given the organizer's old name, case changed. */
const GIVEN_ORGANIZERS_NAME: EntraPerson = { oid: "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", email: "Hanako.Sato@Contoso.com" };
/** Someone else whose token carries the attendee's invited address. */
const GIVEN_ATTENDEES_ADDRESS: EntraPerson = { oid: "6e7f8a9b-0c1d-4e2f-9a3b-4c5d6e7f8a9b", email: INVITED_SMTP };

const ME_OF_NEWCOMER = {
  status: 200,
  headers: { "content-type": "application/json" },
  body: { id: GIVEN_ATTENDEES_ADDRESS.oid, mail: "k.kato@contoso.co.jp", userPrincipalName: "k-kato@contoso.onmicrosoft.com", proxyAddresses: ["SMTP:k.kato@contoso.co.jp"] },
};

describe("identity by tenant + object id (Entra mode, recorded Graph)", () => {
  let t: EntraTestApp;
  const auth = async (p: EntraPerson) => ({ authorization: `Bearer ${await t.tokenFor(p)}` });
  const status = async (p: EntraPerson, method: "GET" | "PATCH" | "POST", url: string, payload?: object, headers: Record<string, string> = {}) =>
    (await t.app.inject({ method, url, headers: { ...(await auth(p)), ...headers }, ...(payload ? { payload } : {}) })).statusCode;
  const myRange = async (p: EntraPerson) =>
    (await t.app.inject({ method: "GET", url: "/api/agendas", query: { from: "2026-12-01T00:00:00Z", to: "2026-12-31T00:00:00Z" }, headers: await auth(p) })).json<Agenda[]>().map((a) => a.id);
  const version = async (id: string) => (await t.app.inject({ method: "GET", url: `/api/agendas/${id}`, headers: await auth(ORGANIZER) })).headers.etag as string;

  async function meeting(): Promise<{ agenda: Agenda; commitment: Commitment; contribution: Contribution }> {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: await auth(ORGANIZER),
      payload: {
        objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
        departments: [{ name: "営業部" }],
        attendees: [{ email: INVITED_SMTP, name: "田中 愛子", department: "営業部" }],
        startsAt: "2026-12-10T01:00:00Z",
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const agenda = created.json<Agenda>();
    const commitment = await t.app.inject({
      method: "POST",
      url: `/api/agendas/${agenda.id}/commitments`,
      headers: await auth(ORGANIZER),
      payload: { ownerEmail: INVITED_SMTP, action: "提案書のCRM事例を更新する", dueDate: "2026-12-20" },
    });
    expect(commitment.statusCode, commitment.body).toBe(201);
    const contribution = await t.app.inject({
      method: "POST",
      url: `/api/agendas/${agenda.id}/contributions`,
      headers: await auth(ATTENDEE),
      payload: { department: "営業部", text: "大手企業の導入事例を共有します" },
    });
    expect(contribution.statusCode, contribution.body).toBe(201);
    return { agenda, commitment: commitment.json<Commitment>(), contribution: contribution.json<Contribution>() };
  }

  beforeEach(async () => {
    t = await buildEntraTestApp();
    t.graph.on(/\/users\?.*aiko\.tanaka/, "users-found");
    t.graph.on(/\/users\?/, "users-none");
    t.graph.onBehalfOf(t.graphTokenOf(ATTENDEE.oid), /\/me\?/, "me-addresses");
    t.graph.onBehalfOf(t.graphTokenOf(GIVEN_ATTENDEES_ADDRESS.oid), /\/me\?/, ME_OF_NEWCOMER);
  });
  afterEach(async () => t.close());

  it("a token with another object id but the organizer's name (case changed) can't read the organizer's agenda", async () => {
    const created = await t.app.inject({ method: "POST", url: "/api/agendas", headers: await auth(ORGANIZER), payload: { objectiveTitle: "X" } });
    expect(created.statusCode).toBe(201);
    const id = created.json<Agenda>().id;
    expect(await status(ORGANIZER, "GET", `/api/agendas/${id}`)).toBe(200);
    expect(await status(GIVEN_ORGANIZERS_NAME, "GET", `/api/agendas/${id}`)).toBe(403);
    expect(await status({ ...GIVEN_ORGANIZERS_NAME, email: ORGANIZER.email }, "GET", `/api/agendas/${id}`)).toBe(403);
  });

  it("an invitee resolved from her SMTP address opens the meeting under her own UPN", async () => {
    const { agenda } = await meeting();
    expect(await status(ATTENDEE, "GET", `/api/agendas/${agenda.id}`)).toBe(200);
    expect(await myRange(ATTENDEE)).toEqual([agenda.id]);
    // The address was resolved through Graph on the organizer's behalf when the agenda was saved.
    expect(t.graph.seen.some((r) => r.url.includes(`mail eq '${INVITED_SMTP}'`) && r.authorization === `Bearer ${t.graphTokenOf(ORGANIZER.oid)}`)).toBe(true);
  });

  it("a renamed organizer keeps the meeting and its organizer's rights", async () => {
    const { agenda, contribution } = await meeting();
    expect(await status(ORGANIZER_RENAMED, "GET", `/api/agendas/${agenda.id}`)).toBe(200);
    expect(await myRange(ORGANIZER_RENAMED)).toEqual([agenda.id]);
    expect(await status(ORGANIZER_RENAMED, "PATCH", `/api/agendas/${agenda.id}`, { subject: "改名後も主催者" }, { "if-match": await version(agenda.id) })).toBe(200);
    expect(await status(ORGANIZER_RENAMED, "PATCH", `/api/contributions/${contribution.id}`, { text: "主催者が整えました" })).toBe(200);
  });

  it("someone given the organizer's old name (case changed) gets nothing of the meeting", async () => {
    const { agenda, commitment, contribution } = await meeting();
    expect(await status(GIVEN_ORGANIZERS_NAME, "GET", `/api/agendas/${agenda.id}`)).toBe(403);
    expect(await myRange(GIVEN_ORGANIZERS_NAME)).toEqual([]);
    expect(await status(GIVEN_ORGANIZERS_NAME, "PATCH", `/api/agendas/${agenda.id}`, { subject: "taken over" }, { "if-match": await version(agenda.id) })).toBe(403);
    expect(await status(GIVEN_ORGANIZERS_NAME, "PATCH", `/api/commitments/${commitment.id}`, { status: "dropped" })).toBe(403);
    expect(await status(GIVEN_ORGANIZERS_NAME, "DELETE" as "GET", `/api/contributions/${contribution.id}`)).toBe(403);
  });

  it("someone whose token carries the attendee's invited address gets nothing; the attendee, renamed, keeps her commitment", async () => {
    const { agenda, commitment } = await meeting();
    expect(await status(GIVEN_ATTENDEES_ADDRESS, "GET", `/api/agendas/${agenda.id}`)).toBe(403);
    expect(await status(GIVEN_ATTENDEES_ADDRESS, "PATCH", `/api/commitments/${commitment.id}`, { status: "dropped" })).toBe(403);
    const mine = await t.app.inject({ method: "GET", url: "/api/commitments", query: { mine: "true" }, headers: await auth(GIVEN_ATTENDEES_ADDRESS) });
    expect(mine.json<Page<Commitment>>().items).toEqual([]);
    const renamed = { ...ATTENDEE, email: "aiko.suzuki@contoso.onmicrosoft.com" };
    expect(await status(renamed, "PATCH", `/api/commitments/${commitment.id}`, { status: "done" })).toBe(200);
    const hers = await t.app.inject({ method: "GET", url: "/api/commitments", query: { mine: "true" }, headers: await auth(renamed) });
    expect(hers.json<Page<Commitment>>().items.map((c) => c.id)).toEqual([commitment.id]);
  });

  it("rows without an object id (saved before, or while Graph was unreachable) go to the person Graph says owns the address, at sign-in", async () => {
    // Saved by the organizer alone: the attendee has not signed in yet.
    const created = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: await auth(ORGANIZER),
      payload: { objectiveTitle: "X", attendees: [{ email: INVITED_SMTP }] },
    });
    const agenda = created.json<Agenda>();
    // As after the migration: every right-granting row names its person by address only.
    await t.db.updateTable("agenda_attendees").set({ oid: null }).execute();
    await t.db.updateTable("agendas").set({ organizer_oid: null }).execute();
    await t.db.updateTable("commitments").set({ owner_oid: null }).execute();
    await t.db.updateTable("contributions").set({ author_oid: null }).execute();
    // A token claiming the address proves nothing: Graph's /me says the newcomer has other addresses.
    expect(await status(GIVEN_ATTENDEES_ADDRESS, "GET", `/api/agendas/${agenda.id}`)).toBe(403);
    // Graph's /me lists aiko.tanaka@contoso.com among the attendee's SMTP addresses: she claims her rows.
    expect(await status(ATTENDEE, "GET", `/api/agendas/${agenda.id}`)).toBe(200);
    const rows = await t.db.selectFrom("agenda_attendees").select(["email", "oid"]).where("agenda_id", "=", agenda.id).execute();
    expect(rows).toContainEqual({ email: INVITED_SMTP, oid: ATTENDEE.oid });
    expect(await status(GIVEN_ATTENDEES_ADDRESS, "GET", `/api/agendas/${agenda.id}`)).toBe(403);
  });
});

describe("identity without Microsoft Graph (Entra mode, no client secret)", () => {
  let t: EntraTestApp;
  beforeEach(async () => {
    t = await buildEntraTestApp({ graph: false });
  });
  afterEach(async () => t.close());

  it("an invitation goes to the first verified token with its address, and stays with that object id", async () => {
    const invited: EntraPerson = { oid: "5f3c2a1e-8d4b-4c6a-9e2f-1a7b3c5d9e01", email: INVITED_SMTP };
    const created = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: { authorization: `Bearer ${await t.tokenFor(ORGANIZER)}` },
      payload: { objectiveTitle: "X", attendees: [{ email: INVITED_SMTP }] },
    });
    const id = created.json<Agenda>().id;
    const open = async (p: EntraPerson) => (await t.app.inject({ method: "GET", url: `/api/agendas/${id}`, headers: { authorization: `Bearer ${await t.tokenFor(p)}` } })).statusCode;
    expect(await open(invited)).toBe(200);
    expect(await open({ ...invited, email: "aiko.renamed@contoso.com" })).toBe(200);
    expect(await open(GIVEN_ATTENDEES_ADDRESS)).toBe(403);
    expect(await open(GIVEN_ORGANIZERS_NAME)).toBe(403);
  });
});

describe("identity in local mode (dev tokens carry a stable object id per address)", () => {
  it("rows saved before object ids existed are claimed by the dev-token user of that address at first sign-in", async () => {
    const t = await buildTestApp();
    try {
      const organizer = { authorization: `Bearer ${await t.tokenFor("hanako.sato@contoso.example")}` };
      const created = await t.app.inject({ method: "POST", url: "/api/agendas", headers: organizer, payload: { objectiveTitle: "X", attendees: [{ email: "misaki.tanaka@contoso.example" }] } });
      const id = created.json<Agenda>().id;
      // As after the migration of a local database: addresses only.
      await t.db.updateTable("agenda_attendees").set({ oid: null }).execute();
      await t.db.updateTable("agendas").set({ organizer_oid: null }).execute();
      const misaki = { authorization: `Bearer ${await t.tokenFor("misaki.tanaka@contoso.example")}` };
      expect((await t.app.inject({ method: "GET", url: `/api/agendas/${id}`, headers: misaki })).statusCode).toBe(200);
      const oids = await t.db.selectFrom("agenda_attendees").select(["email", "oid"]).where("agenda_id", "=", id).orderBy("position").execute();
      expect(oids).toEqual([
        { email: "hanako.sato@contoso.example", oid: null }, // claimed at the organizer's next sign-in check
        { email: "misaki.tanaka@contoso.example", oid: localUserId(DEMO_TENANT_ID, "misaki.tanaka@contoso.example") },
      ]);
    } finally {
      await t.close();
    }
  });
});
