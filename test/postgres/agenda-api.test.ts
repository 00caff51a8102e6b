// The agenda flow through the real API on a real PostgreSQL server (TEST_DATABASE_URL): optimistic
// concurrency, contributions, tenant isolation and idempotent retries behave as on SQLite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda, AgendaView } from "../../src/core/api/contract";
import { buildTestApp, type TestApp } from "../server/api-helper";
import { OTHER_TENANT, ORGANIZER, SALES, agendaInput, bearer, createAgendaVia } from "../server/agendas/agenda-fixtures";

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)("agenda API on PostgreSQL", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ target: { kind: "postgres", url: url as string } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("creates, patches with If-Match, adds a contribution and isolates tenants", async () => {
    const agenda = await createAgendaVia(t, agendaInput({ teamsThreadId: `19:meeting_pg${Date.now()}@thread.v2` }));
    const organizer = await bearer(t, ORGANIZER);

    const ok = await t.app.inject({
      method: "PATCH",
      url: `/api/agendas/${agenda.id}`,
      headers: { ...organizer, "if-match": `"${agenda.version}"` },
      payload: { desiredOutcome: "決めること: 最初の共同パイロット" },
    });
    expect(ok.statusCode).toBe(200);
    const stale = await t.app.inject({
      method: "PATCH",
      url: `/api/agendas/${agenda.id}`,
      headers: { ...organizer, "if-match": `"${agenda.version}"` },
      payload: { desiredOutcome: "older edit" },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.current.desiredOutcome).toBe("決めること: 最初の共同パイロット");

    const add = () =>
      bearer(t, SALES).then((h) =>
        t.app.inject({
          method: "POST",
          url: `/api/agendas/${agenda.id}/contributions`,
          headers: { ...h, "idempotency-key": `pg-${agenda.id}` },
          payload: { department: "営業部", text: "大手企業の商談に企画部と同行する" },
        }),
      );
    const first = await add();
    const retry = await add();
    expect(first.statusCode).toBe(201);
    expect(retry.json().id).toBe(first.json().id);

    const view = (await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: organizer })).json<AgendaView>();
    expect(view.contributions).toHaveLength(1);
    expect(view.agenda.revision).toBeGreaterThan(agenda.revision);

    const other = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(t, OTHER_TENANT.email, { tenantId: OTHER_TENANT.tenantId }) });
    expect(other.statusCode).toBe(404);
    const found = await t.app.inject({
      method: "GET",
      url: `/api/agendas?teamsThreadId=${encodeURIComponent(agenda.teamsThreadId ?? "")}`,
      headers: organizer,
    });
    expect(found.json<Agenda[]>().map((a) => a.id)).toEqual([agenda.id]);
  });
});
