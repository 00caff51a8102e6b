// Carry-forward through the real API on SQLite: the agenda view's carriedForward and
// GET /api/objectives/:id/open-commitments — which meetings count as earlier, the order, the bound,
// and that nothing crosses tenants or objectives.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda, AgendaView, CarriedForward, Commitment } from "../../src/core/api/contract";
import { AGENDA_STRINGS } from "../../src/core/agenda/agenda-strings";
import { OTHER_TENANT_ID } from "../../src/server/demo/demo-ids";
import { buildTestApp, type TestApp } from "./api-helper";
import { storageTargets } from "./storage/storage-targets";
import { ORGANIZER, OUTSIDER, SALES, agendaInput, bearer, createAgendaVia } from "./agendas/agenda-fixtures";

let t: TestApp;
let objective: string;
let otherObjective: string;
let next: Agenda;
const created: Record<string, Commitment> = {};

async function newObjective(title: string, tenantId?: string): Promise<string> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/objectives",
    headers: await bearer(t, ORGANIZER, tenantId ? { tenantId } : {}),
    payload: { title },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

async function meeting(objectiveId: string, startsAt: string | null, subject: string, tenantId?: string): Promise<Agenda> {
  const input = agendaInput({ objectiveId, startsAt, endsAt: null, subject, teamsThreadId: null, joinUrl: null });
  if (!tenantId) return createAgendaVia(t, input);
  const res = await t.app.inject({ method: "POST", url: "/api/agendas", headers: await bearer(t, ORGANIZER, { tenantId }), payload: input });
  expect(res.statusCode).toBe(201);
  return res.json<Agenda>();
}

async function commit(agenda: Agenda, action: string, dueDate: string, tenantId?: string): Promise<Commitment> {
  const res = await t.app.inject({
    method: "POST",
    url: `/api/agendas/${agenda.id}/commitments`,
    headers: await bearer(t, ORGANIZER, tenantId ? { tenantId } : {}),
    payload: { ownerEmail: SALES, ownerName: "田中", action, dueDate, confirmPastDue: true },
  });
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json<Commitment>();
  created[action] = c;
  return c;
}

async function getView(agendaId: string, email = ORGANIZER): Promise<AgendaView> {
  const res = await t.app.inject({ method: "GET", url: `/api/agendas/${agendaId}`, headers: await bearer(t, email) });
  expect(res.statusCode).toBe(200);
  return res.json<AgendaView>();
}

async function openCommitments(objectiveId: string, query = "", who: { email?: string; tenantId?: string } = {}) {
  return t.app.inject({
    method: "GET",
    url: `/api/objectives/${objectiveId}/open-commitments${query}`,
    headers: await bearer(t, who.email ?? OUTSIDER, who.tenantId ? { tenantId: who.tenantId } : {}),
  });
}

// SQLite and PGlite (in-process PostgreSQL): the "earlier" comparison and the join must agree.
describe.each(storageTargets())("carry-forward [$name]", ({ target }) => {
beforeAll(async () => {
  t = await buildTestApp({ target });
  objective = await newObjective("大手企業向けのCRMビジネスを拡大する");
  otherObjective = await newObjective("採用を強化する");

  const first = await meeting(objective, "2026-11-01T10:00:00+09:00", "第1回 CRM 提案");
  await commit(first, "価格プランの案をつくる", "2026-11-05");
  await commit(first, "導入事例を2件まとめる", "2026-11-20");
  const done = await commit(first, "提案資料の初版をつくる", "2026-11-03");
  const patched = await t.app.inject({
    method: "PATCH",
    url: `/api/commitments/${done.id}`,
    headers: await bearer(t, ORGANIZER),
    payload: { status: "done" },
  });
  expect(patched.statusCode).toBe(200);

  // No start: it counts from its creation (now), which is before the next meeting in December 2099.
  const unscheduled = await meeting(objective, null, "日程未定の打ち合わせ");
  await commit(unscheduled, "要件ヒアリングの結果を共有する", "2026-11-10");

  const otherTopic = await meeting(otherObjective, "2026-11-02T10:00:00+09:00", "採用の定例");
  await commit(otherTopic, "別の目的の約束", "2026-11-01");

  next = await meeting(objective, "2099-12-10T10:00:00+09:00", "第2回 CRM 提案");
  await commit(next, "今回の会議の約束", "2099-12-20");
  const later = await meeting(objective, "2100-01-10T10:00:00+09:00", "第3回 CRM 提案");
  await commit(later, "もっと後の会議の約束", "2100-01-20");

  const foreignObjective = await newObjective("大手企業向けのCRMビジネスを拡大する", OTHER_TENANT_ID);
  const foreign = await meeting(foreignObjective, "2026-11-01T10:00:00+09:00", "Other tenant", OTHER_TENANT_ID);
  await commit(foreign, "Other tenant's promise", "2026-11-01", OTHER_TENANT_ID);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const actions = (cf: CarriedForward | undefined) => cf?.items.map((i) => i.action);

describe("the agenda view carries forward", () => {
  it("the open commitments of earlier meetings on the same objective, due date first (overdue first)", async () => {
    const view = await getView(next.id);
    expect(actions(view.carriedForward)).toEqual(["価格プランの案をつくる", "要件ヒアリングの結果を共有する", "導入事例を2件まとめる"]);
    expect(view.carriedForward?.total).toBe(3);
    const item = view.carriedForward!.items[0]!;
    expect(item).toMatchObject({
      id: created["価格プランの案をつくる"]!.id,
      ownerEmail: SALES,
      ownerName: "田中",
      dueDate: "2026-11-05",
      status: "open",
      meeting: { subject: "第1回 CRM 提案", at: "2026-11-01T01:00:00.000Z", organizerEmail: ORGANIZER },
    });
    // This meeting's own commitments stay where they were.
    expect(view.commitments.map((c) => c.action)).toEqual(["今回の会議の約束"]);
  });

  it("the later meeting carries this one's too; the first meeting carries nothing", async () => {
    const rows = await t.db.selectFrom("agendas").select(["id", "subject"]).where("tenant_id", "<>", OTHER_TENANT_ID).execute();
    const views = await Promise.all(rows.map(async (a) => ({ subject: a.subject, view: await getView(a.id) })));
    const bySubject = (s: string) => views.find((x) => x.subject === s)!.view;
    expect(actions(bySubject("第3回 CRM 提案").carriedForward)).toContain("今回の会議の約束");
    expect(bySubject("第1回 CRM 提案").carriedForward).toEqual({ items: [], total: 0 });
    expect(bySubject("採用の定例").carriedForward).toEqual({ items: [], total: 0 });
  });

  it("is in the rendered body, the first part of section 4, after the shared objective", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/agendas/${next.id}/render?format=text`, headers: await bearer(t, ORGANIZER) });
    const text = res.json<{ content: string }>().content;
    const s = AGENDA_STRINGS.ja;
    expect(text.split("\n")[2]).toBe(`1. ${s.objectiveHeading}`);
    const heading = text.indexOf("前回からの持ち越し 3件");
    expect(heading).toBeGreaterThan(text.indexOf(`4. ${s.commitmentsHeading}`));
    expect(heading).toBeLessThan(text.indexOf(`5. ${s.appendixHeading}`));
    expect(text).toContain("価格プランの案をつくる");
  });
});

describe("GET /api/objectives/:id/open-commitments", () => {
  it("answers any user of the tenant, with meetings before `before`", async () => {
    const res = await openCommitments(objective, `?before=${encodeURIComponent("2099-12-10T10:00:00+09:00")}`);
    expect(res.statusCode).toBe(200);
    expect(actions(res.json<CarriedForward>())).toEqual(["価格プランの案をつくる", "要件ヒアリングの結果を共有する", "導入事例を2件まとめる"]);
  });

  it("without `before`, counts every meeting up to now", async () => {
    const res = await openCommitments(objective);
    expect(actions(res.json<CarriedForward>())).toEqual(["価格プランの案をつくる", "要件ヒアリングの結果を共有する", "導入事例を2件まとめる"]);
    const early = await openCommitments(objective, "?before=2026-11-01T01:00:00Z");
    expect(early.json()).toEqual({ items: [], total: 0 });
  });

  it("never crosses tenants: another tenant's objective id is a 404, and its own list has only its rows", async () => {
    const res = await openCommitments(objective, "", { email: ORGANIZER, tenantId: OTHER_TENANT_ID });
    expect(res.statusCode).toBe(404);
    const theirs = await t.db.selectFrom("objectives").select("id").where("tenant_id", "=", OTHER_TENANT_ID).executeTakeFirstOrThrow();
    const own = await openCommitments(theirs.id, "", { email: ORGANIZER, tenantId: OTHER_TENANT_ID });
    expect(actions(own.json<CarriedForward>())).toEqual(["Other tenant's promise"]);
    expect((await openCommitments(theirs.id)).statusCode).toBe(404);
  });

  it("rejects bad input by name, unknown objectives and anonymous callers", async () => {
    const bad = await openCommitments(objective, "?before=tomorrow");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("before");
    expect((await openCommitments(objective, "?limit=5")).statusCode).toBe(400);
    expect((await openCommitments("no_such_objective")).statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: "GET", url: `/api/objectives/${objective}/open-commitments` });
    expect(anonymous.statusCode).toBe(401);
  });

  it("is bounded to 50 items with the total, and drops what is marked done", async () => {
    const busy = await meeting(otherObjective, "2026-10-01T10:00:00+09:00", "たくさんの約束");
    for (let i = 0; i < 52; i += 1) await commit(busy, `約束 ${String(i).padStart(2, "0")}`, `2026-10-${String((i % 28) + 1).padStart(2, "0")}`);
    const res = await openCommitments(otherObjective);
    const body = res.json<CarriedForward>();
    expect(body.total).toBe(53);
    expect(body.items).toHaveLength(50);
    const dues = body.items.map((i) => i.dueDate);
    expect([...dues].sort()).toEqual(dues);

    await t.app.inject({ method: "PATCH", url: `/api/commitments/${created["約束 00"]!.id}`, headers: await bearer(t, ORGANIZER), payload: { status: "done" } });
    expect((await openCommitments(otherObjective)).json<CarriedForward>().total).toBe(52);
  }, 120_000);
});
});
