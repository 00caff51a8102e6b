// The agenda repository and service on every supported database (SQLite, PGlite, PostgreSQL).
import { expect, it } from "vitest";
import { bumpRevision, findAgenda, loadAgendaForPrincipal } from "../../../src/server/agendas/agenda-access";
import { listAgendaRowsForPerson, updateAgendaIfVersion } from "../../../src/server/agendas/agenda.repository";
import { createAgenda, patchAgenda } from "../../../src/server/agendas/agenda.service";
import type { Principal } from "../../../src/server/auth/principal";
import { HttpError } from "../../../src/server/http/http-error";
import { claimKey, findStored, releaseKey, storeResult } from "../../../src/server/idempotency/idempotency.repository";
import { describeStorage } from "./storage-targets";

const who = (email: string, tenantId = "tenant-a"): Principal => ({ tenantId, userId: email, email, name: email.split("@")[0]!, roles: [], isPmo: false });
const organizer = who("org@a.example");
const attendee = who("att@a.example");
/** The route resolves invitees' addresses to object ids before the write; here the test names them. */
const resolved = { attendeeOids: new Map([[attendee.email, attendee.userId]]) };

const input = (over: Record<string, unknown> = {}) => ({
  subject: "s",
  objectiveId: null,
  objectiveTitle: "Grow CRM",
  desiredOutcome: "",
  departments: [{ name: "Sales", mission: "" }],
  attendees: [{ email: attendee.email, name: "Att", department: "Sales", role: "required" as const }],
  obstacles: ["budget"],
  lang: "en" as const,
  startsAt: "2026-12-01T10:00:00+09:00",
  endsAt: null,
  outlookItemId: null,
  iCalUId: null,
  teamsThreadId: "19:meeting_x@thread.v2",
  joinUrl: null,
  ...over,
});

async function rejectsWith(promise: Promise<unknown>, status: number): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  expect((error as HttpError).statusCode).toBe(status);
  return error as HttpError;
}

describeStorage("agenda storage", (ctx) => {
  it("round-trips an agenda with its attendees in order", async () => {
    const created = await createAgenda(ctx.db, organizer, input());
    const found = await findAgenda(ctx.db, "tenant-a", created.id);
    expect(found).toEqual(created);
    expect(found).toMatchObject({
      version: 1,
      revision: 1,
      startsAt: "2026-12-01T01:00:00.000Z",
      departments: [{ name: "Sales", mission: "" }],
      obstacles: ["budget"],
    });
    expect(found?.attendees.map((a) => a.email)).toEqual([organizer.email, attendee.email]);
  });

  it("hides agendas across tenants and checks attendance", async () => {
    const created = await createAgenda(ctx.db, organizer, input(), resolved);
    expect(await findAgenda(ctx.db, "tenant-b", created.id)).toBeUndefined();
    await rejectsWith(loadAgendaForPrincipal(ctx.db, who(organizer.email, "tenant-b"), created.id), 404);
    await rejectsWith(loadAgendaForPrincipal(ctx.db, who("x@a.example"), created.id), 403);
    expect((await loadAgendaForPrincipal(ctx.db, attendee, created.id)).id).toBe(created.id);
  });

  it("updates only at the expected version, and bumps the revision alone on demand", async () => {
    const { id } = await createAgenda(ctx.db, organizer, input());
    expect(await updateAgendaIfVersion(ctx.db, "tenant-a", id, 2, { subject: "no" }, new Date().toISOString())).toBe(false);
    expect(await updateAgendaIfVersion(ctx.db, "tenant-a", id, 1, { subject: "yes" }, new Date().toISOString())).toBe(true);
    expect(await updateAgendaIfVersion(ctx.db, "tenant-b", id, 2, { subject: "other" }, new Date().toISOString())).toBe(false);
    expect(await bumpRevision(ctx.db, "tenant-a", id)).toBe(3);
    expect(await findAgenda(ctx.db, "tenant-a", id)).toMatchObject({ subject: "yes", version: 2, revision: 3 });
    await rejectsWith(bumpRevision(ctx.db, "tenant-b", id), 404);
  });

  it("rolls back a failed patch completely (attendees included)", async () => {
    const { id } = await createAgenda(ctx.db, organizer, input());
    await rejectsWith(
      patchAgenda(ctx.db, organizer, id, 1, { attendees: [{ email: "new@a.example", name: "", department: "", role: "required" }], objectiveId: "missing" }),
      400,
    );
    const after = await findAgenda(ctx.db, "tenant-a", id);
    expect(after?.attendees.map((a) => a.email)).toEqual([organizer.email, attendee.email]);
    expect(after?.version).toBe(1);
    const stale = await rejectsWith(patchAgenda(ctx.db, organizer, id, 5, { subject: "x" }), 412);
    expect(stale.extra.current).toMatchObject({ id, version: 1 });
  });

  it("finds the meetings a person organizes or attends, by thread, join URL or time", async () => {
    const a = await createAgenda(ctx.db, organizer, input({ joinUrl: "https://teams.microsoft.com/l/meetup-join/a" }), resolved);
    const b = await createAgenda(ctx.db, attendee, input({ attendees: [], startsAt: "2026-12-02T00:00:00Z", teamsThreadId: null }));
    await createAgenda(ctx.db, who(organizer.email, "tenant-b"), input());
    // Found by object id (here each test person's userId is their address).
    const ids = async (oid: string, filter: Parameters<typeof listAgendaRowsForPerson>[3]) =>
      (await listAgendaRowsForPerson(ctx.db, "tenant-a", oid, filter)).map((r) => r.id);
    expect(await ids(attendee.email, { mode: "teamsThreadId", teamsThreadId: "19:meeting_x@thread.v2" })).toEqual([a.id]);
    expect(await ids(organizer.email, { mode: "teamsThreadId", teamsThreadId: "19:meeting_x@thread.v2" })).toEqual([a.id]);
    expect(await ids("x@a.example", { mode: "teamsThreadId", teamsThreadId: "19:meeting_x@thread.v2" })).toEqual([]);
    expect(await ids(attendee.email, { mode: "joinUrl", joinUrl: "https://teams.microsoft.com/l/meetup-join/a" })).toEqual([a.id]);
    const range = { mode: "range" as const, from: "2026-12-01T00:00:00.000Z", to: "2026-12-03T00:00:00.000Z" };
    expect(await ids(attendee.email, range)).toEqual([a.id, b.id]);
    expect(await ids(organizer.email, range)).toEqual([a.id]);
  });

  it("claims an idempotency key once, stores the result and frees it", async () => {
    const scope = { tenantId: "tenant-a", userId: "u", key: "k" };
    const now = new Date().toISOString();
    expect(await claimKey(ctx.db, scope, "POST", "/api/agendas", now)).toBe(true);
    expect(await claimKey(ctx.db, scope, "POST", "/api/agendas", now)).toBe(false);
    expect(await claimKey(ctx.db, { ...scope, tenantId: "tenant-b" }, "POST", "/api/agendas", now)).toBe(true);
    await storeResult(ctx.db, scope, 201, '{"body":{"id":"1"},"headers":{}}');
    expect(await findStored(ctx.db, scope)).toMatchObject({ method: "POST", path: "/api/agendas", statusCode: 201 });
    await releaseKey(ctx.db, scope, now); // only a claim may be freed this way; a result stays
    expect(await findStored(ctx.db, scope)).toBeDefined();
    await releaseKey(ctx.db, scope);
    expect(await findStored(ctx.db, scope)).toBeUndefined();
  });
});
