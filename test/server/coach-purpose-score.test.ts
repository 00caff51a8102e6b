// agendas.purpose_score: recomputed and stored on every agenda, contribution and commitment write,
// exposed as Agenda.purposeScore and as the PMO's commitment.agendaPurposeScore.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Agenda, AgendaView, Commitment, Contribution } from "../../src/core/api/contract";
import { scoreAgenda } from "../../src/core/coach/score-agenda";
import { buildTestApp, type TestApp } from "./api-helper";
import { ORGANIZER, PLANNING, SALES, bearer, createAgendaVia } from "./agendas/agenda-fixtures";

let t: TestApp;
let agenda: Agenda;
beforeEach(async () => {
  t = await buildTestApp();
  agenda = await createAgendaVia(t);
});
afterEach(async () => {
  await t.close();
});

async function view(): Promise<AgendaView> {
  const res = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(t, ORGANIZER) });
  return res.json() as AgendaView;
}

async function stored(): Promise<number | null> {
  const row = await t.db.selectFrom("agendas").select("purpose_score").where("id", "=", agenda.id).executeTakeFirstOrThrow();
  return row.purpose_score ?? null;
}

async function addContribution(email: string, department: string, text: string): Promise<Contribution> {
  const res = await t.app.inject({ method: "POST", url: `/api/agendas/${agenda.id}/contributions`, headers: await bearer(t, email), payload: { department, text } });
  expect(res.statusCode).toBe(201);
  return res.json() as Contribution;
}

describe("purpose-first score", () => {
  it("is stored when the agenda is created and equals the core score of its view", async () => {
    expect(agenda.purposeScore).toBeTypeOf("number");
    expect(await stored()).toBe(agenda.purposeScore);
    const v = await view();
    expect(v.agenda.purposeScore).toBe(scoreAgenda(v).score);
  });

  it("moves with contributions: up for 'what we can do', down again when one turns role-centred, back on delete", async () => {
    const start = agenda.purposeScore ?? 0;
    await addContribution(SALES, "営業部", "既存顧客への紹介を引き受けます");
    const planning = await addContribution(PLANNING, "企画部", "提案書のたたき台を用意します");
    const both = (await view()).agenda.purposeScore ?? 0;
    expect(both).toBeGreaterThan(start);
    const patched = await t.app.inject({ method: "PATCH", url: `/api/contributions/${planning.id}`, headers: await bearer(t, PLANNING), payload: { text: "それは営業部の仕事でしょう" } });
    expect(patched.statusCode).toBe(200);
    const worse = await stored();
    expect(worse).toBeLessThan(both);
    const v = await view();
    expect(v.agenda.purposeScore).toBe(scoreAgenda(v).score);
    const deleted = await t.app.inject({ method: "DELETE", url: `/api/contributions/${planning.id}`, headers: await bearer(t, PLANNING) });
    expect(deleted.statusCode).toBe(204);
    expect(await stored()).toBe(scoreAgenda(await view()).score);
  });

  it("moves with commitments and the agenda's own fields, and reaches the PMO list", async () => {
    const before = await stored();
    const res = await t.app.inject({
      method: "POST",
      url: `/api/agendas/${agenda.id}/commitments`,
      headers: await bearer(t, ORGANIZER),
      payload: { ownerEmail: SALES, action: "顧客リストを作る", dueDate: "2099-12-20", servesObjective: "提案先を増やす" },
    });
    expect(res.statusCode).toBe(201);
    const afterCommitment = await stored();
    expect(afterCommitment).toBeGreaterThan(before ?? 0);

    const patch = await t.app.inject({
      method: "PATCH",
      url: `/api/agendas/${agenda.id}`,
      headers: { ...(await bearer(t, ORGANIZER)), "if-match": `"${agenda.version}"` },
      payload: { desiredOutcome: "" },
    });
    expect(patch.statusCode).toBe(200);
    expect((patch.json() as Agenda).purposeScore).toBeLessThan(afterCommitment ?? 0);

    const list = await t.app.inject({ method: "GET", url: `/api/commitments?agenda=${agenda.id}`, headers: await bearer(t, ORGANIZER) });
    expect(list.statusCode).toBe(200);
    const items = (list.json() as { items: Commitment[] }).items;
    expect(items[0]?.agendaPurposeScore).toBe(await stored());
  });

  it("comes with a commitment's create and PATCH answers: the same Commitment as the list's", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: `/api/agendas/${agenda.id}/commitments`,
      headers: await bearer(t, ORGANIZER),
      payload: { ownerEmail: SALES, action: "顧客リストを作る", dueDate: "2099-12-20", servesObjective: "提案先を増やす" },
    });
    expect(created.statusCode).toBe(201);
    const commitment = created.json() as Commitment;
    expect(commitment.agendaPurposeScore).toBe(await stored());

    const done = await t.app.inject({
      method: "PATCH",
      url: `/api/commitments/${commitment.id}`,
      headers: { ...(await bearer(t, ORGANIZER)), "if-match": `"${commitment.version}"` },
      payload: { status: "done" },
    });
    expect(done.statusCode).toBe(200);
    const list = await t.app.inject({ method: "GET", url: `/api/commitments?agenda=${agenda.id}`, headers: await bearer(t, ORGANIZER) });
    const listed = (list.json() as { items: Commitment[] }).items.find((c) => c.id === commitment.id);
    expect(listed?.agendaPurposeScore).toBeTypeOf("number");
    expect(done.json()).toEqual(listed);
  });
});
