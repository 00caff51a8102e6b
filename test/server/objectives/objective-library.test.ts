// The objective library a PMO keeps: the picker lists active objectives only; a PMO edits (with
// If-Match), archives or restores, and merges one objective into another. Archiving leaves existing
// agendas as they are; merging moves agendas and commitments to the objective merged into.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Agenda, Commitment, Objective } from "../../../src/core/api/contract";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, SALES, agendaInput, bearer } from "../agendas/agenda-fixtures";

const PMO = "pmo@contoso.example";
let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

const asPmo = () => bearer(t, PMO, { roles: ["PMO"] });

async function addObjective(title: string): Promise<Objective> {
  const res = await t.app.inject({ method: "POST", url: "/api/objectives", headers: await bearer(t, ORGANIZER), payload: { title } });
  expect(res.statusCode).toBe(201);
  return res.json() as Objective;
}

async function agendaOn(objective: Objective): Promise<Agenda> {
  const res = await t.app.inject({ method: "POST", url: "/api/agendas", headers: await bearer(t, ORGANIZER), payload: agendaInput({ objectiveId: objective.id, objectiveTitle: objective.title }) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Agenda;
}

async function commitmentOn(agenda: Agenda): Promise<Commitment> {
  const res = await t.app.inject({
    method: "POST",
    url: `/api/agendas/${agenda.id}/commitments`,
    headers: await bearer(t, SALES),
    payload: { ownerEmail: SALES, action: "紹介をとる", dueDate: "2099-12-01" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Commitment;
}

const list = async (include?: "all") =>
  (await t.app.inject({ method: "GET", url: `/api/objectives${include ? "?include=all" : ""}`, headers: await bearer(t, ORGANIZER) })).json() as Objective[];

async function patchObjective(id: string, version: number | null, payload: object, headers?: Record<string, string>) {
  return t.app.inject({
    method: "PATCH",
    url: `/api/objectives/${id}`,
    headers: { ...(headers ?? (await asPmo())), ...(version === null ? {} : { "if-match": `"${version}"` }) },
    payload,
  });
}

describe("PATCH /api/objectives/:id", () => {
  it("lets a PMO rename it; the commitments filed under it follow, agendas keep the title they were written with", async () => {
    const objective = await addObjective("CRM を広げる");
    expect(objective.version).toBe(1);
    const agenda = await agendaOn(objective);
    const commitment = await commitmentOn(agenda);
    expect(commitment.objectiveTitle).toBe("CRM を広げる");

    const res = await patchObjective(objective.id, 1, { title: "大手企業向けのCRMビジネスを拡大する", description: "今期の全社方針" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json()).toMatchObject({ title: "大手企業向けのCRMビジネスを拡大する", description: "今期の全社方針", version: 2 });

    const view = (await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(t, ORGANIZER) })).json();
    expect(view.agenda.objectiveTitle).toBe("CRM を広げる");
    expect(view.commitments[0].objectiveTitle).toBe("大手企業向けのCRMビジネスを拡大する");
  });

  it("is for a PMO only, needs If-Match, and refuses a stale version with the current objective", async () => {
    const objective = await addObjective("CRM を広げる");
    expect((await patchObjective(objective.id, 1, { title: "x" }, await bearer(t, ORGANIZER))).statusCode).toBe(403);
    const missing = await patchObjective(objective.id, null, { title: "x" });
    expect(missing.statusCode).toBe(428);
    expect((await patchObjective(objective.id, 1, { description: "one" })).statusCode).toBe(200);
    const stale = await patchObjective(objective.id, 1, { description: "two" });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.current).toMatchObject({ description: "one", version: 2 });
    expect((await patchObjective(objective.id, 2, {})).statusCode).toBe(400);
    expect((await patchObjective("nope", 1, { title: "x" })).statusCode).toBe(404);
  });

  it("archives: gone from the picker, listed with include=all; agendas keep it; a new agenda may not pick it; restore brings it back", async () => {
    const objective = await addObjective("CRM を広げる");
    const agenda = await agendaOn(objective);
    const archived = await patchObjective(objective.id, 1, { archived: true });
    expect(archived.json().archivedAt).toEqual(expect.any(String));
    expect(await list()).toEqual([]);
    expect((await list("all")).map((o) => [o.title, Boolean(o.archivedAt), o.agendaCount])).toEqual([["CRM を広げる", true, 1]]);

    const kept = (await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(t, ORGANIZER) })).json();
    expect(kept.agenda).toMatchObject({ objectiveId: objective.id, objectiveTitle: "CRM を広げる" });
    // The agenda that has it may still be saved with it.
    const patched = await t.app.inject({ method: "PATCH", url: `/api/agendas/${agenda.id}`, headers: { ...(await bearer(t, ORGANIZER)), "if-match": '"1"' }, payload: { objectiveId: objective.id, desiredOutcome: "next" } });
    expect(patched.statusCode, patched.body).toBe(200);
    const fresh = await t.app.inject({ method: "POST", url: "/api/agendas", headers: await bearer(t, ORGANIZER), payload: agendaInput({ objectiveId: objective.id }) });
    expect(fresh.statusCode).toBe(400);
    expect(fresh.json().error).toMatchObject({ field: "objectiveId" });
    expect(fresh.json().error.message).toContain("archived");

    expect((await patchObjective(objective.id, 2, { archived: false })).json().archivedAt).toBeNull();
    expect((await list()).map((o) => o.id)).toEqual([objective.id]);
  });
});

describe("POST /api/objectives/:id/merge", () => {
  it("moves agendas and commitments to the objective merged into and archives the merged one", async () => {
    const duplicate = await addObjective("CRM拡大");
    const kept = await addObjective("大手企業向けのCRMビジネスを拡大する");
    const agenda = await agendaOn(duplicate);
    await commitmentOn(agenda);

    const res = await t.app.inject({ method: "POST", url: `/api/objectives/${duplicate.id}/merge`, headers: await asPmo(), payload: { intoId: kept.id } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: kept.id });

    const view = (await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(t, ORGANIZER) })).json();
    expect(view.agenda).toMatchObject({ objectiveId: kept.id, objectiveTitle: "CRM拡大" });
    expect(view.commitments[0]).toMatchObject({ objectiveId: kept.id, objectiveTitle: "大手企業向けのCRMビジネスを拡大する" });
    expect((await list()).map((o) => o.id)).toEqual([kept.id]);
    const merged = (await list("all")).find((o) => o.id === duplicate.id);
    expect(merged).toMatchObject({ mergedIntoId: kept.id, agendaCount: 0 });
    expect(merged?.archivedAt).toEqual(expect.any(String));
    // The PMO's per-objective numbers count it under the objective merged into.
    const filtered = (await t.app.inject({ method: "GET", url: `/api/commitments?objective=${kept.id}`, headers: await asPmo() })).json();
    expect(filtered.items).toHaveLength(1);

    // A merged objective cannot be restored or merged again.
    expect((await patchObjective(duplicate.id, merged?.version ?? 0, { archived: false })).statusCode).toBe(409);
    expect((await t.app.inject({ method: "POST", url: `/api/objectives/${duplicate.id}/merge`, headers: await asPmo(), payload: { intoId: kept.id } })).statusCode).toBe(409);
  });

  it("refuses: not a PMO (403), into itself, into an unknown or archived objective (400)", async () => {
    const a = await addObjective("A");
    const b = await addObjective("B");
    const merge = async (id: string, intoId: string, headers?: Record<string, string>) =>
      t.app.inject({ method: "POST", url: `/api/objectives/${id}/merge`, headers: headers ?? (await asPmo()), payload: { intoId } });
    expect((await merge(a.id, b.id, await bearer(t, ORGANIZER))).statusCode).toBe(403);
    expect((await merge(a.id, a.id)).json().error.field).toBe("intoId");
    expect((await merge(a.id, "unknown")).statusCode).toBe(400);
    await patchObjective(b.id, 1, { archived: true });
    const archived = await merge(a.id, b.id);
    expect(archived.statusCode).toBe(400);
    expect(archived.json().error.message).toContain("archived");
  });
});
