// A request carried into a later meeting on the same objective is answered there by that meeting's
// attendees of the asked (or, after a counter-offer, the asking) department, with the same rights
// rules as in its own meeting; both meetings' tabs hear of it. On SQLite and PGlite (PostgreSQL in CI).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Agenda, AgendaView } from "../../../src/core/api/contract";
import type { RequestRespondResult } from "../../../src/core/api/request-contract";
import type { DepartmentRequest } from "../../../src/core/api/request-view";
import { liveDeliveriesSettled } from "../../../src/server/live/notify-change";
import type { LiveEvents } from "../../../src/server/routes/route-deps";
import { storageTargets } from "../storage/storage-targets";
import { OUTSIDER, PLANNING, SALES, bearer, buildWorld, createAgenda, type World } from "../commitments/commitment-fixtures";
import { countCommitments, respond, salesAsks, storedRequest } from "./request-fixtures";

const KEN = "ken.takahashi@contoso.example"; // 企画部, attends only the later meeting
const NAOTO = "naoto.ito@contoso.example"; // 技術部, attends only the later meeting

for (const { name, target } of storageTargets()) {
  describe(`answering a carried request in the later meeting [${name}]`, () => {
    let w: World;
    let later: Agenda;
    let r: DepartmentRequest;
    let tokens: { ken: string; naoto: string };
    const events: { agendaId: string; kind: string }[] = [];
    const live = (): LiveEvents => ({
      agendaChanged: async (_tenantId, agendaId, kind) => void events.push({ agendaId, kind }),
      subscribe: () => () => {},
      close: async () => {},
    });

    beforeAll(async () => {
      w = await buildWorld(target, undefined, live);
      tokens = { ken: await w.t.tokenFor(KEN, { name: "高橋 健" }), naoto: await w.t.tokenFor(NAOTO, { name: "伊藤 直人" }) };
    });
    afterAll(async () => w.t.close());
    beforeEach(async () => {
      r = await salesAsks(w);
      const res = await w.t.app.inject({
        method: "POST",
        url: "/api/agendas",
        headers: bearer(w.tokens.organizer),
        payload: {
          subject: "CRM提案 (2回目)",
          objectiveId: w.agenda.objectiveId,
          objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
          departments: [{ name: "営業部" }, { name: "企画部" }, { name: "技術部" }],
          attendees: [
            { email: SALES, name: "鈴木 一郎", department: "営業部" },
            { email: KEN, name: "高橋 健", department: "企画部" },
            { email: NAOTO, name: "伊藤 直人", department: "技術部" },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      later = res.json<Agenda>();
      await liveDeliveriesSettled();
      events.length = 0;
    });

    const view = async (agendaId: string, token = w.tokens.organizer) =>
      (await w.t.app.inject({ method: "GET", url: `/api/agendas/${agendaId}`, headers: bearer(token) })).json<AgendaView>();

    it("the asked department's attendee of the later meeting accepts there: the commitment is that meeting's, both tabs hear", async () => {
      expect((await view(later.id)).carriedRequests?.map((c) => c.id)).toContain(r.id);
      const res = await respond(w, tokens.ken, r.id, { action: "accept", owner: KEN, due: "2099-04-30", agendaId: later.id });
      expect(res.statusCode, res.body).toBe(200);
      const { request, commitmentId } = res.json<RequestRespondResult>();
      expect(request).toMatchObject({ id: r.id, agendaId: w.agenda.id, status: "accepted", answeredByEmail: KEN, commitmentId });
      const laterView = await view(later.id);
      expect(laterView.commitments.find((c) => c.id === commitmentId)).toMatchObject({ ownerEmail: KEN, ownerDepartment: "企画部", helpsDepartment: "営業部", action: r.text, requestId: r.id });
      expect(laterView.carriedRequests?.map((c) => c.id)).not.toContain(r.id);
      expect((await view(w.agenda.id)).requests?.find((x) => x.id === r.id)?.status).toBe("accepted");
      await expect.poll(() => events.map((e) => e.agendaId).sort()).toEqual([w.agenda.id, later.id].sort());
    });

    it("a counter-offer made in the later meeting is accepted there by the asking department", async () => {
      const countered = await respond(w, tokens.ken, r.id, { action: "counter", text: "まず1社で検証する", agendaId: later.id });
      expect(countered.statusCode, countered.body).toBe(200);
      expect((await view(later.id)).carriedRequests?.find((c) => c.id === r.id)?.status).toBe("countered");
      // The asked department cannot answer its own counter-offer; the owner must attend the later meeting.
      expect((await respond(w, tokens.ken, r.id, { action: "counter", text: "別案", agendaId: later.id })).statusCode).toBe(409);
      const notThere = await respond(w, w.tokens.sales, r.id, { action: "accept", owner: PLANNING, due: "2099-05-31", agendaId: later.id });
      expect(notThere.statusCode).toBe(400);
      expect(notThere.json().error.field).toBe("owner");
      const accepted = await respond(w, w.tokens.sales, r.id, { action: "accept", owner: KEN, due: "2099-05-31", agendaId: later.id });
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json<RequestRespondResult>().request).toMatchObject({ status: "accepted" });
    });

    it("403 for someone of neither department, for a non-attendee of the meeting named, and without naming it", async () => {
      const commitments = await countCommitments(w);
      const cases: [string, Record<string, unknown>][] = [
        [tokens.naoto, { action: "decline", text: "x", agendaId: later.id }],
        [w.tokens.planning, { action: "decline", text: "x", agendaId: later.id }],
        [w.tokens.outsider, { action: "decline", text: "x", agendaId: later.id }],
        [w.tokens.pmo, { action: "decline", text: "x", agendaId: later.id }],
        [tokens.ken, { action: "decline", text: "x" }],
      ];
      for (const [token, payload] of cases) expect((await respond(w, token, r.id, payload)).statusCode, JSON.stringify(payload)).toBe(403);
      expect((await respond(w, w.tokens.otherPmo, r.id, { action: "decline", text: "x", agendaId: later.id })).statusCode).toBe(404);
      expect(await storedRequest(w, r.id)).toMatchObject({ status: "open", version: 1 });
      expect(await countCommitments(w)).toBe(commitments);
      await liveDeliveriesSettled();
      expect(events).toEqual([]);
    });

    it("403 for a later meeting on the objective that someone outside the request's meeting organized for themselves", async () => {
      const own = await w.t.app.inject({
        method: "POST",
        url: "/api/agendas",
        headers: bearer(w.tokens.outsider),
        payload: {
          subject: "自分で作った会議",
          objectiveId: w.agenda.objectiveId,
          objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
          departments: [{ name: "営業部" }, { name: "企画部" }],
          attendees: [{ email: OUTSIDER, name: "渡辺 由美", department: "企画部" }],
        },
      });
      expect(own.statusCode, own.body).toBe(201);
      const res = await respond(w, w.tokens.outsider, r.id, { action: "decline", text: "x", agendaId: own.json<Agenda>().id });
      expect(res.statusCode).toBe(403);
      expect(await storedRequest(w, r.id)).toMatchObject({ status: "open", version: 1 });
    });

    it("403 for an attendee of the request's meeting who lists themselves in another department of their own later meeting; their own department still answers", async () => {
      const ownMeeting = async (token: string, email: string, department: string) => {
        const res = await w.t.app.inject({
          method: "POST",
          url: "/api/agendas",
          headers: bearer(token),
          payload: {
            subject: "自分で作った会議",
            objectiveId: w.agenda.objectiveId,
            objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
            departments: [{ name: "営業部" }, { name: "企画部" }],
            attendees: [{ email, name: "x", department }],
          },
        });
        expect(res.statusCode, res.body).toBe(201);
        return res.json<Agenda>().id;
      };
      // 営業部 asked 企画部; someone of 営業部 posing as 企画部 in a meeting of their own.
      const posing = await ownMeeting(w.tokens.sales, SALES, "企画部");
      const res = await respond(w, w.tokens.sales, r.id, { action: "decline", text: "x", agendaId: posing });
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json<{ error: { message: string } }>().error.message).toContain("営業部");
      expect(await storedRequest(w, r.id)).toMatchObject({ status: "open", version: 1 });
      // Someone of 企画部 in the request's meeting may answer from a meeting of their own.
      const own = await ownMeeting(w.tokens.planning, PLANNING, "企画部");
      const ok = await respond(w, w.tokens.planning, r.id, { action: "decline", text: "今期は難しい", agendaId: own });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(await storedRequest(w, r.id)).toMatchObject({ status: "declined" });
    });

    it("400 naming agendaId for a meeting it is not carried into: another objective, or an earlier meeting", async () => {
      const other = await createAgenda(w.t, w.tokens.organizer, null);
      const res = await respond(w, w.tokens.planning, r.id, { action: "decline", text: "x", agendaId: other.id });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe("agendaId");
      // A request asked in the later meeting is not answered from the earlier one.
      const laterAsk = await w.t.app.inject({
        method: "POST",
        url: `/api/agendas/${later.id}/requests`,
        headers: bearer(w.tokens.sales),
        payload: { fromDepartment: "営業部", toDepartment: "企画部", text: "後の会議でのお願い" },
      });
      expect(laterAsk.statusCode, laterAsk.body).toBe(201);
      const back = await respond(w, w.tokens.planning, laterAsk.json<DepartmentRequest>().id, { action: "decline", text: "x", agendaId: w.agenda.id });
      expect(back.statusCode).toBe(400);
      expect(back.json().error.field).toBe("agendaId");
      expect(await storedRequest(w, r.id)).toMatchObject({ status: "open", version: 1 });
    });

    it("409 naming the state when it was already answered in its own meeting", async () => {
      expect((await respond(w, w.tokens.planning, r.id, { action: "decline", text: "今期は見送る" })).statusCode).toBe(200);
      const res = await respond(w, tokens.ken, r.id, { action: "accept", owner: KEN, due: "2099-04-30", agendaId: later.id });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ field: "status" });
    });
  });
}
