// Every answer to a request (お願い) and every refused one, on SQLite and PGlite (PostgreSQL in CI):
// accept makes a commitment linked both ways, counter hands the turn to the asking department,
// decline needs a reason; a refused answer writes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Commitment } from "../../../src/core/api/contract";
import type { RequestRespondResult } from "../../../src/core/api/request-contract";
import type { DepartmentRequest } from "../../../src/core/api/request-view";
import { storageTargets } from "../storage/storage-targets";
import { PLANNING, SALES, buildWorld, type World } from "../commitments/commitment-fixtures";
import { countCommitments, respond, revision, salesAsks, storedRequest, viewOf } from "./request-fixtures";

const COUNTER = "まず1社で技術検証をして、結果を営業部と一緒に提案に入れる";

for (const { name, target } of storageTargets()) {
  describe(`POST /api/requests/:id/respond [${name}]`, () => {
    let w: World;
    let r: DepartmentRequest;
    beforeAll(async () => {
      w = await buildWorld(target);
    });
    afterAll(async () => w.t.close());
    beforeEach(async () => {
      r = await salesAsks(w);
    });

    it("the asked department accepts: a commitment owned by one of its people, helping the asker, linked both ways", async () => {
      const before = await revision(w);
      const res = await respond(w, w.tokens.planning, r.id, { action: "accept", owner: PLANNING, due: "2099-04-30" });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<RequestRespondResult>();
      expect(body.request).toMatchObject({ status: "accepted", answeredByEmail: PLANNING, version: 2, commitmentId: body.commitmentId });
      expect(res.headers.etag).toBe('"2"');
      const view = await viewOf(w);
      const c = view.commitments.find((x) => x.id === body.commitmentId) as Commitment;
      expect(c).toMatchObject({ ownerEmail: PLANNING, ownerDepartment: "企画部", helpsDepartment: "営業部", action: r.text, dueDate: "2099-04-30", requestId: r.id });
      expect(view.requests?.find((x) => x.id === r.id)?.status).toBe("accepted");
      expect(await revision(w)).toBe(before + 1);
    });

    it("counter hands the turn to the asking department, who accepts the counter-offer as the commitment", async () => {
      const countered = await respond(w, w.tokens.planning, r.id, { action: "counter", text: COUNTER });
      expect(countered.statusCode, countered.body).toBe(200);
      expect(countered.json<RequestRespondResult>().request).toMatchObject({ status: "countered", responseText: COUNTER, commitmentId: null });
      const accepted = await respond(w, w.tokens.sales, r.id, { action: "accept", owner: PLANNING, due: "2099-05-31" });
      expect(accepted.statusCode, accepted.body).toBe(200);
      const { commitmentId } = accepted.json<RequestRespondResult>();
      const c = (await viewOf(w)).commitments.find((x) => x.id === commitmentId);
      expect(c).toMatchObject({ action: COUNTER, ownerDepartment: "企画部", helpsDepartment: "営業部", requestId: r.id });
    });

    it("the asking department answers a counter-offer back: open again, reworded, the asked department's turn", async () => {
      await respond(w, w.tokens.planning, r.id, { action: "counter", text: COUNTER });
      const back = await respond(w, w.tokens.sales, r.id, { action: "counter", text: "検証は2社でお願いしたい" });
      expect(back.statusCode, back.body).toBe(200);
      expect(back.json<RequestRespondResult>().request).toMatchObject({ status: "open", text: "検証は2社でお願いしたい", responseText: COUNTER });
      expect((await respond(w, w.tokens.planning, r.id, { action: "accept", owner: PLANNING, due: "2099-06-30" })).statusCode).toBe(200);
    });

    it("the asking department declining a counter-offer withdraws its request", async () => {
      await respond(w, w.tokens.planning, r.id, { action: "counter", text: COUNTER });
      const res = await respond(w, w.tokens.sales, r.id, { action: "decline", text: "今期は見送る" });
      expect(res.json<RequestRespondResult>().request).toMatchObject({ status: "withdrawn", responseText: "今期は見送る" });
    });

    it("decline keeps the reason; a second answer is a 409 naming the state, a counter on it too", async () => {
      const res = await respond(w, w.tokens.planning, r.id, { action: "decline", text: "それは営業部の仕事でしょう" });
      expect(res.json<RequestRespondResult>().request).toMatchObject({ status: "declined", responseText: "それは営業部の仕事でしょう" });
      for (const again of [{ action: "decline", text: "もう一度" }, { action: "counter", text: COUNTER }, { action: "accept", owner: PLANNING, due: "2099-01-31" }]) {
        const twice = await respond(w, w.tokens.planning, r.id, again);
        expect(twice.statusCode, JSON.stringify(again)).toBe(409);
        expect(twice.json().error).toMatchObject({ code: "conflict", field: "status" });
        expect(twice.json().error.message).toContain("declined");
      }
      expect((await storedRequest(w, r.id)).version).toBe(2);
    });

    it("409 when it is the other department's turn: the asker on an open request, the asked one after its counter", async () => {
      const own = await respond(w, w.tokens.sales, r.id, { action: "accept", owner: PLANNING, due: "2099-01-31" });
      expect(own.statusCode).toBe(409);
      expect(own.json().error.message).toContain("企画部");
      await respond(w, w.tokens.planning, r.id, { action: "counter", text: COUNTER });
      const twice = await respond(w, w.tokens.planning, r.id, { action: "counter", text: "別の案" });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().error.message).toMatch(/counter-offer.*営業部/);
    });

    it.each([
      [{ action: "accept", due: "2099-01-31" }, "owner"],
      [{ action: "accept", owner: PLANNING }, "due"],
      [{ action: "accept", owner: SALES, due: "2099-01-31" }, "owner"],
      [{ action: "accept", owner: "nobody@contoso.example", due: "2099-01-31" }, "owner"],
      [{ action: "accept", owner: PLANNING, due: "2000-01-01" }, "due"],
      [{ action: "accept", owner: PLANNING, due: "2099-02-30" }, "due"],
      [{ action: "counter" }, "text"],
      [{ action: "decline", text: "   " }, "text"],
      [{ action: "agree" }, "action"],
      [{ action: "accept", owner: PLANNING, due: "2099-01-31", extra: 1 }, "extra"],
    ])("400 for %j naming %s; nothing is written", async (payload, field) => {
      const before = await revision(w);
      const commitments = await countCommitments(w);
      const res = await respond(w, w.tokens.planning, r.id, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.field).toBe(field);
      expect(await countCommitments(w)).toBe(commitments);
      expect(await storedRequest(w, r.id)).toMatchObject({ status: "open", version: 1 });
      expect(await revision(w)).toBe(before);
    });

    it("403 for non-attendees (PMOs included); 404 for unknown ids and other tenants", async () => {
      // The organizer attends as one of 営業部, the asking side: not their turn (409), no right beyond it.
      const organizer = await respond(w, w.tokens.organizer, r.id, { action: "decline", text: "x" });
      expect(organizer.statusCode).toBe(409);
      expect((await respond(w, w.tokens.outsider, r.id, { action: "decline", text: "x" })).statusCode).toBe(403);
      expect((await respond(w, w.tokens.pmo, r.id, { action: "decline", text: "x" })).statusCode).toBe(403);
      expect((await respond(w, w.tokens.otherPmo, r.id, { action: "decline", text: "x" })).statusCode).toBe(404);
      expect((await respond(w, w.tokens.planning, "no-such-request", { action: "decline", text: "x" })).statusCode).toBe(404);
      expect((await storedRequest(w, r.id)).status).toBe("open");
    });

    it("a retried accept with the same Idempotency-Key replays the answer and makes one commitment", async () => {
      const commitments = await countCommitments(w);
      const headers = { "idempotency-key": `accept-${r.id}` };
      const first = await respond(w, w.tokens.planning, r.id, { action: "accept", owner: PLANNING, due: "2099-03-31" }, headers);
      const again = await respond(w, w.tokens.planning, r.id, { action: "accept", owner: PLANNING, due: "2099-03-31" }, headers);
      expect(first.statusCode).toBe(200);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      expect(await countCommitments(w)).toBe(commitments + 1);
    });

    it("two answers at once: one wins, the other is a 409 naming the state; one commitment at most", async () => {
      const commitments = await countCommitments(w);
      const [a, b] = await Promise.all([
        respond(w, w.tokens.planning, r.id, { action: "accept", owner: PLANNING, due: "2099-03-31" }, { "idempotency-key": `a-${r.id}` }),
        respond(w, w.tokens.planning, r.id, { action: "decline", text: "同時の回答" }, { "idempotency-key": `b-${r.id}` }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const stored = await storedRequest(w, r.id);
      expect(stored.version).toBe(2);
      expect(await countCommitments(w)).toBe(commitments + (stored.status === "accepted" ? 1 : 0));
    });

    it("a stale If-Match is a 412 carrying the current request", async () => {
      await respond(w, w.tokens.planning, r.id, { action: "counter", text: COUNTER });
      const res = await respond(w, w.tokens.sales, r.id, { action: "accept", owner: PLANNING, due: "2099-03-31" }, { "if-match": '"1"' });
      expect(res.statusCode).toBe(412);
      expect(res.json().error.current).toMatchObject({ id: r.id, status: "countered", version: 2 });
    });
  });
}
