// The organizer's department slots travel with the agenda: one request writes agenda + slots in one
// transaction and sends one live event; ?return=view answers with the whole view. A slot is the
// department's contribution, proposed by the organizer until someone of the department edits or
// confirms it; a typed objective joins the library only when asked.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Agenda, AgendaView, Contribution, Objective } from "../../../src/core/api/contract";
import type { ChangeKind } from "../../../src/server/routes/route-deps";
import { createLiveEvents } from "../../../src/server/live/live-events";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, PLANNING, SALES, agendaInput, bearer, countRows } from "./agenda-fixtures";

let t: TestApp;
let events: Array<{ agendaId: string; kind: ChangeKind }>;
beforeEach(async () => {
  events = [];
  t = await buildTestApp({
    live: (db) => {
      const live = createLiveEvents(db);
      return {
        ...live,
        agendaChanged: async (tenantId, agendaId, kind) => {
          events.push({ agendaId, kind });
          await live.agendaChanged(tenantId, agendaId, kind);
        },
      };
    },
  });
});
afterEach(async () => {
  await t.close();
});

const SLOTS = [
  { department: "営業部", text: "大手 3 社の紹介をとる" },
  { department: "企画部", text: "CRM デモを 3 社分つくる" },
];

async function createView(payload: object, email = ORGANIZER): Promise<AgendaView> {
  const res = await t.app.inject({ method: "POST", url: "/api/agendas?return=view", headers: await bearer(t, email, { name: "佐藤 花子" }), payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as AgendaView;
}

async function patchView(id: string, version: number, payload: object, email = ORGANIZER) {
  return t.app.inject({ method: "PATCH", url: `/api/agendas/${id}?return=view`, headers: { ...(await bearer(t, email)), "if-match": `"${version}"` }, payload });
}

/** Slots written in one request share a timestamp, so they are compared by department. */
const byDepartment = (a: Contribution, b: Contribution) => (a.department === b.department ? 0 : a.department === "営業部" ? -1 : 1);
const bySlot = (view: AgendaView) => [...view.contributions].sort(byDepartment).map((c) => [c.department, c.text, c.proposal?.status ?? null, c.authorEmail]);

describe("slots on POST /api/agendas", () => {
  it("saves the agenda and its slots in one request and answers with the view", async () => {
    const view = await createView(agendaInput({ slots: SLOTS }));
    expect(view.agenda.organizerEmail).toBe(ORGANIZER);
    expect(bySlot(view)).toEqual([
      ["営業部", "大手 3 社の紹介をとる", "proposed", ORGANIZER],
      ["企画部", "CRM デモを 3 社分つくる", "proposed", ORGANIZER],
    ]);
    expect(view.contributions.map((c) => c.authorName)).toEqual(["佐藤 花子", "佐藤 花子"]);
    expect(view.agenda.revision).toBe(1);
    expect(view.commitments).toEqual([]);
    // A department with a proposal counts for the score like any contribution.
    expect(view.agenda.purposeScore).toBeGreaterThan(50);
    expect(await countRows(t, "contributions")).toBe(2);
  });

  it("without ?return=view still answers with the agenda (older clients)", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/agendas", headers: await bearer(t, ORGANIZER), payload: agendaInput({ slots: SLOTS }) });
    expect(res.statusCode).toBe(201);
    expect(res.json()).not.toHaveProperty("contributions");
    expect((res.json() as Agenda).id).toBeTruthy();
  });

  it("refuses a slot of a department the agenda does not have, writing nothing", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/agendas?return=view",
      headers: await bearer(t, ORGANIZER),
      payload: agendaInput({ slots: [...SLOTS, { department: "人事部", text: "採用する" }] }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("slots.2.department");
    expect(res.json().error.message).toContain("人事部");
    expect(await countRows(t, "agendas")).toBe(0);
    expect(await countRows(t, "contributions")).toBe(0);
  });

  it("marks the organizer's own department as confirmed by her", async () => {
    const attendees = [{ email: ORGANIZER, name: "佐藤 花子", department: "営業部", role: "organizer" as const }, ...(agendaInput().attendees ?? [])];
    const view = await createView(agendaInput({ attendees, slots: SLOTS }));
    expect([...view.contributions].sort(byDepartment).map((c) => [c.department, c.proposal?.status, c.proposal?.confirmedByEmail])).toEqual([
      ["営業部", "confirmed", ORGANIZER],
      ["企画部", "proposed", null],
    ]);
  });
});

describe("slots on PATCH /api/agendas/:id", () => {
  it("replaces, withdraws and adds proposals in one transaction with one live event", async () => {
    const created = await createView(agendaInput({ slots: SLOTS }));
    const res = await patchView(created.agenda.id, 1, {
      desiredOutcome: "Decide the pilot",
      slots: [
        { department: "営業部", text: "" },
        { department: "企画部", text: "CRM デモを 2 週間で 3 社分つくる" },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as AgendaView;
    expect(view.agenda).toMatchObject({ version: 2, revision: 2, desiredOutcome: "Decide the pilot" });
    expect(bySlot(view)).toEqual([["企画部", "CRM デモを 2 週間で 3 社分つくる", "proposed", ORGANIZER]]);
    expect(view.contributions[0]?.version).toBe(2);
    expect(events).toEqual([{ agendaId: created.agenda.id, kind: "agenda" }]);
  });

  it("leaves a slot its department confirmed alone, and keeps it when it leaves the agenda", async () => {
    const created = await createView(agendaInput({ slots: SLOTS }));
    const planning = created.contributions.find((c) => c.department === "企画部") as Contribution;
    const confirm = await t.app.inject({
      method: "PATCH",
      url: `/api/contributions/${planning.id}`,
      headers: { ...(await bearer(t, PLANNING, { name: "鈴木" })), "if-match": '"1"' },
      payload: { text: planning.text },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect((confirm.json() as Contribution).proposal).toMatchObject({ status: "confirmed", confirmedByEmail: PLANNING, confirmedByName: "鈴木" });

    const res = await patchView(created.agenda.id, 1, { slots: [{ department: "企画部", text: "overwritten by the organizer" }] });
    expect(res.statusCode).toBe(200);
    expect(bySlot(res.json() as AgendaView)).toContainEqual(["企画部", planning.text, "confirmed", ORGANIZER]);

    // The departments change: 営業部's unconfirmed proposal goes with it, 企画部's confirmed one stays.
    const after = await patchView(created.agenda.id, 2, { departments: [{ name: "技術部" }] });
    expect(bySlot(after.json() as AgendaView)).toEqual([["企画部", planning.text, "confirmed", ORGANIZER]]);
  });

  it("is the organizer's: an attendee sending slots gets 403 and nothing changes", async () => {
    const created = await createView(agendaInput({ slots: SLOTS }));
    const res = await patchView(created.agenda.id, 1, { slots: [{ department: "営業部", text: "mine now" }] }, SALES);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.field).toBe("slots");
    const view = (await t.app.inject({ method: "GET", url: `/api/agendas/${created.agenda.id}`, headers: await bearer(t, ORGANIZER) })).json() as AgendaView;
    expect(bySlot(view)).toEqual(bySlot(created));
  });
});

describe("who may change a proposed slot", () => {
  it("someone of its department (confirming it), its author and the organizer; nobody else", async () => {
    const created = await createView(agendaInput({ slots: SLOTS }));
    const sales = created.contributions.find((c) => c.department === "営業部") as Contribution;
    // 鈴木 is an attendee of 企画部: not of 営業部.
    const other = await t.app.inject({ method: "PATCH", url: `/api/contributions/${sales.id}`, headers: await bearer(t, PLANNING), payload: { text: "not mine" } });
    expect(other.statusCode).toBe(403);

    const rewritten = await t.app.inject({ method: "PATCH", url: `/api/contributions/${sales.id}`, headers: await bearer(t, SALES, { name: "田中" }), payload: { text: "紹介は 5 社" } });
    expect(rewritten.statusCode).toBe(200);
    expect(rewritten.json()).toMatchObject({ text: "紹介は 5 社", authorEmail: ORGANIZER, proposal: { status: "confirmed", confirmedByEmail: SALES, confirmedByName: "田中" } });

    // The organizer changing the text again makes it her proposal again.
    const back = await t.app.inject({ method: "PATCH", url: `/api/contributions/${sales.id}`, headers: await bearer(t, ORGANIZER), payload: { text: "紹介は 4 社" } });
    expect(back.json()).toMatchObject({ proposal: { status: "proposed", confirmedByEmail: null, confirmedAt: null } });
  });

  it("keeps the first confirmation when the department edits it later, so the edit shows as one", async () => {
    const created = await createView(agendaInput({ slots: SLOTS }));
    const sales = created.contributions.find((c) => c.department === "営業部") as Contribution;
    const as = async (text: string) =>
      (await t.app.inject({ method: "PATCH", url: `/api/contributions/${sales.id}`, headers: await bearer(t, SALES, { name: "田中" }), payload: { text } })).json() as Contribution;
    const confirmed = await as(sales.text);
    expect(confirmed.proposal?.confirmedAt).toBe(confirmed.updatedAt);
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(Date.parse(confirmed.updatedAt)));
    const edited = await as("紹介は 6 社");
    expect(edited.proposal).toMatchObject({ status: "confirmed", confirmedByEmail: SALES, confirmedAt: confirmed.proposal?.confirmedAt });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThan(Date.parse(edited.proposal?.confirmedAt ?? ""));
  });

  it("ordinary contributions have no proposal", async () => {
    const created = await createView(agendaInput());
    const res = await t.app.inject({ method: "POST", url: `/api/agendas/${created.agenda.id}/contributions`, headers: await bearer(t, SALES), payload: { department: "営業部", text: "紹介する" } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).not.toHaveProperty("proposal");
  });
});

describe("a typed objective and the library", () => {
  const library = async (include = "active") =>
    (await t.app.inject({ method: "GET", url: `/api/objectives?include=${include}`, headers: await bearer(t, ORGANIZER) })).json() as Objective[];

  it("stays this agenda's own unless the organizer adds it", async () => {
    const own = await createView(agendaInput({ objectiveTitle: "Win three accounts" }));
    expect(own.agenda.objectiveId).toBeNull();
    expect(await library()).toEqual([]);

    const added = await createView(agendaInput({ objectiveTitle: "Win three accounts", addObjectiveToLibrary: true }));
    const [objective] = await library();
    expect(objective?.title).toBe("Win three accounts");
    expect(added.agenda.objectiveId).toBe(objective?.id);

    // Added again under another spelling: the same library objective, no duplicate.
    const again = await createView(agendaInput({ objectiveTitle: "win three accounts ", addObjectiveToLibrary: true }));
    expect(again.agenda.objectiveId).toBe(objective?.id);
    expect(await library()).toHaveLength(1);

    // A later update may add the first agenda's objective too.
    const patched = await patchView(own.agenda.id, 1, { addObjectiveToLibrary: true });
    expect((patched.json() as AgendaView).agenda.objectiveId).toBe(objective?.id);
  });
});
