// The binding rule (one agenda per tenant and Teams thread) on a real PostgreSQL server, where
// transactions really run side by side: without the per-thread lock, simultaneous creates would all
// see a free thread and all bind it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda } from "../../src/core/api/contract";
import { buildTestApp, type TestApp } from "../server/api-helper";
import { ORGANIZER, OUTSIDER, PLANNING, SALES, agendaInput, bearer } from "../server/agendas/agenda-fixtures";

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)("Teams thread binding on PostgreSQL", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ target: { kind: "postgres", url: url as string } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = async (email: string, teamsThreadId: string) =>
    t.app.inject({ method: "POST", url: "/api/agendas", headers: await bearer(t, email), payload: agendaInput({ teamsThreadId, attendees: [] }) });

  it("lets exactly one of many simultaneous creates bind a thread, and the lookup returns that one", async () => {
    const thread = `19:meeting_pgbind${Date.now()}@thread.v2`;
    const people = [ORGANIZER, SALES, PLANNING, OUTSIDER, ORGANIZER, SALES];
    const results = await Promise.all(people.map((email) => create(email, thread)));
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(people.length - 1);
    const winner = results.find((r) => r.statusCode === 201)!.json() as Agenda;
    const rows = await t.db.selectFrom("agendas").select("id").where("teams_thread_id", "=", thread).execute();
    expect(rows.map((r) => r.id)).toEqual([winner.id]);
    const found = await t.app.inject({
      method: "GET",
      url: `/api/agendas?teamsThreadId=${encodeURIComponent(thread)}`,
      headers: await bearer(t, winner.organizerEmail),
    });
    expect((found.json() as Agenda[]).map((a) => a.id)).toEqual([winner.id]);
  });
});
