// Cases every ApiClient must pass for requests between departments (お願い): the in-memory fake and
// the real HTTP client against the real server. Data is unique per run.
import { describe, expect, it } from "vitest";
import { ApiError, type ApiClient } from "../../src/platform/ports";
import type { ContractSubject } from "./api-client-contract-kit";

const MISAKI = { email: "misaki.tanaka@contoso.example", name: "田中 美咲" };
const ICHIRO = { email: "ichiro.suzuki@contoso.example", name: "鈴木 一郎" };
const OUTSIDER = { email: "naoto.ito@contoso.example", name: "伊藤 直人" };
const PMO = { email: "satoshi.yamamoto@contoso.example", name: "山本 聡", roles: ["PMO"] };

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => new Error("expected the call to reject with an ApiError"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

export function describeRequestClientContract(name: string, make: () => Promise<ContractSubject>): void {
  async function withMeeting(run: (c: { organizer: ApiClient; planning: ApiClient; sales: ApiClient; as: ContractSubject["clientAs"]; agendaId: string }) => Promise<void>) {
    const subject = await make();
    try {
      const agenda = await subject.client.createAgenda({
        objectiveTitle: `共通の目的 ${unique()}`,
        departments: [{ name: "営業部" }, { name: "企画部" }],
        attendees: [
          { ...MISAKI, department: "企画部" },
          { ...ICHIRO, department: "営業部" },
        ],
        teamsThreadId: `19:meeting_${unique()}@thread.v2`,
      });
      const planning = await subject.clientAs(MISAKI);
      const sales = await subject.clientAs(ICHIRO);
      await run({ organizer: subject.client, planning, sales, as: (p) => subject.clientAs(p), agendaId: agenda.id });
    } finally {
      await subject.teardown?.();
    }
  }

  describe(`ApiClient requests contract: ${name}`, () => {
    it("asks, counters, accepts the counter-offer: a commitment linked to the request, in the view and the lists", async () => {
      await withMeeting(async ({ planning, sales, as, agendaId }) => {
        const asked = await sales.addRequest(agendaId, { fromDepartment: "営業部", toDepartment: "企画部", text: "技術検討を始めてほしい", neededBy: "2099-01-31" });
        expect(asked).toMatchObject({ agendaId, status: "open", fromDepartment: "営業部", toDepartment: "企画部", askedByEmail: ICHIRO.email, version: 1 });
        const countered = await planning.respondToRequest(asked.id, { action: "counter", text: "まず1社で技術検証をする" });
        expect(countered.request).toMatchObject({ status: "countered", responseText: "まず1社で技術検証をする", version: 2 });
        const accepted = await sales.respondToRequest(asked.id, { action: "accept", owner: MISAKI.email, due: "2099-02-28" });
        expect(accepted.request).toMatchObject({ status: "accepted", commitmentId: accepted.commitmentId });
        const view = await planning.getAgenda(agendaId);
        expect(view.requests?.map((r) => [r.id, r.status])).toEqual([[asked.id, "accepted"]]);
        expect(view.commitments.find((c) => c.id === accepted.commitmentId)).toMatchObject({ action: "まず1社で技術検証をする", ownerEmail: MISAKI.email, helpsDepartment: "営業部", requestId: asked.id });
        const mine = await sales.listRequests({ agenda: agendaId, department: "企画部", direction: "incoming" });
        expect(mine.items.map((r) => r.id)).toEqual([asked.id]);
        const pmo = await as(PMO);
        expect((await pmo.listRequests({ agenda: agendaId })).items.map((r) => r.id)).toEqual([asked.id]);
        const summary = await pmo.requestSummary();
        expect(summary.pairs.find((p) => p.from === "営業部" && p.to === "企画部")?.accepted).toBeGreaterThanOrEqual(1);
        expect(summary.byDepartment.find((d) => d.department === "企画部")?.answered).toBeGreaterThanOrEqual(1);
        expect((await rejection(sales.requestSummary())).status).toBe(403);
        const csv = new Uint8Array(await (await pmo.exportRequestsCsv({ status: "accepted" })).arrayBuffer());
        expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(new TextDecoder().decode(csv)).toContain("技術検討を始めてほしい");
        // The workbook is a zip (PK…) for the PMO, 403 for anyone else.
        const xlsx = new Uint8Array(await (await pmo.exportRequestsXlsx({ status: "accepted", to: "企画部" })).arrayBuffer());
        expect([...xlsx.slice(0, 2)]).toEqual([0x50, 0x4b]);
        expect((await rejection(sales.exportRequestsXlsx())).status).toBe(403);
      });
    });

    it("refuses with the field or state named: own department, no owner, a second answer, a stale or missing version, outsiders", async () => {
      await withMeeting(async ({ planning, sales, as, agendaId }) => {
        const own = await rejection(sales.addRequest(agendaId, { fromDepartment: "営業部", toDepartment: "営業部", text: "x" }));
        expect([own.status, own.field]).toEqual([400, "toDepartment"]);
        const notInMeeting = await rejection(sales.addRequest(agendaId, { fromDepartment: "営業部", toDepartment: "人事部", text: "x" }));
        expect([notInMeeting.status, notInMeeting.field]).toEqual([400, "toDepartment"]);
        const r = await sales.addRequest(agendaId, { fromDepartment: "営業部", toDepartment: "企画部", text: "ニーズを教えてほしい" });
        const noOwner = await rejection(planning.respondToRequest(r.id, { action: "accept", due: "2099-01-31" }));
        expect([noOwner.status, noOwner.field]).toEqual([400, "owner"]);
        const noDue = await rejection(planning.respondToRequest(r.id, { action: "accept", owner: MISAKI.email }));
        expect([noDue.status, noDue.field]).toEqual([400, "due"]);
        const notYours = await rejection(sales.respondToRequest(r.id, { action: "decline", text: "x" }));
        expect(notYours.status).toBe(409);
        const outsider = await rejection((await as(OUTSIDER)).respondToRequest(r.id, { action: "decline", text: "x" }));
        expect(outsider.status).toBe(403);
        const missing = await rejection(sales.updateRequest(r.id, { text: "言い直し" }));
        expect(missing.status).toBe(428);
        const reworded = await sales.updateRequest(r.id, { text: "言い直し" }, { ifMatch: 1 });
        expect(reworded).toMatchObject({ text: "言い直し", version: 2 });
        const stale = await rejection(sales.updateRequest(r.id, { text: "古い版" }, { ifMatch: 1 }));
        expect(stale.status).toBe(412);
        expect(stale.current).toMatchObject({ text: "言い直し", version: 2 });
        await planning.respondToRequest(r.id, { action: "decline", text: "今期は難しい" });
        const twice = await rejection(planning.respondToRequest(r.id, { action: "counter", text: "やはり" }));
        expect([twice.status, twice.field]).toEqual([409, "status"]);
        expect((await planning.getAgenda(agendaId)).requests?.[0]).toMatchObject({ status: "declined", responseText: "今期は難しい" });
      });
    });
  });
}
