// Optimistic concurrency of commitments: every change bumps the version, the ETag
// carries it, and a PATCH with a stale If-Match is refused with the current commitment.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Commitment } from "../../../src/core/api/contract";
import type { ApiErrorBody } from "../../../src/core/api/error-contract";
import { addCommitment, bearer, buildWorld, type World } from "./commitment-fixtures";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});
afterEach(async () => {
  await w.t.close();
});

const patch = (token: string, id: string, payload: unknown, headers: Record<string, string> = {}) =>
  w.t.app.inject({ method: "PATCH", url: `/api/commitments/${id}`, headers: bearer(token, headers), payload: payload as object });
const historyCount = async (id: string) =>
  Number(
    (
      await w.t.db
        .selectFrom("commitment_history")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("commitment_id", "=", id)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("commitment versions", () => {
  it("starts at 1 with an ETag on create, and every real change bumps it by one", async () => {
    const created = await w.t.app.inject({
      method: "POST",
      url: `/api/agendas/${w.agenda.id}/commitments`,
      headers: bearer(w.tokens.organizer),
      payload: { ownerEmail: "ichiro.suzuki@contoso.example", action: "共有する", dueDate: "2099-03-31" },
    });
    expect(created.statusCode).toBe(201);
    const c = created.json<Commitment>();
    expect(c.version).toBe(1);
    expect(created.headers.etag).toBe('"1"');

    const done = await patch(w.tokens.sales, c.id, { status: "done" });
    expect(done.statusCode).toBe(200);
    expect(done.json<Commitment>().version).toBe(2);
    expect(done.headers.etag).toBe('"2"');

    // A PATCH that changes nothing is not a new version.
    const same = await patch(w.tokens.sales, c.id, { status: "done" });
    expect(same.json<Commitment>().version).toBe(2);
    expect(same.headers.etag).toBe('"2"');

    // The PMO's dashboard status change is a PATCH too, and bumps it the same way.
    const dropped = await patch(w.tokens.pmo, c.id, { status: "dropped", action: "やめる" });
    expect(dropped.json<Commitment>().version).toBe(3);
    const listed = await w.t.app.inject({ method: "GET", url: "/api/commitments?limit=10", headers: bearer(w.tokens.pmo) });
    expect(listed.json<{ items: Commitment[] }>().items.find((x) => x.id === c.id)?.version).toBe(3);
  });

  it("applies a PATCH whose If-Match is current, in either ETag or bare form", async () => {
    const c = await addCommitment(w);
    const first = await patch(w.tokens.sales, c.id, { status: "done" }, { "if-match": '"1"' });
    expect(first.statusCode).toBe(200);
    const second = await patch(w.tokens.sales, c.id, { status: "open" }, { "if-match": "2" });
    expect(second.statusCode).toBe(200);
    expect(second.json<Commitment>()).toMatchObject({ status: "open", version: 3 });
  });

  it("412 with the current commitment on a stale If-Match, and nothing is overwritten", async () => {
    const c = await addCommitment(w);
    // Someone else moves the due date first…
    const theirs = await patch(w.tokens.organizer, c.id, { dueDate: "2099-12-31" }, { "if-match": '"1"' });
    expect(theirs.statusCode).toBe(200);
    const before = await historyCount(c.id);
    // …then my queued "mark done", based on version 1, arrives.
    const mine = await patch(w.tokens.sales, c.id, { status: "done" }, { "if-match": '"1"' });
    expect(mine.statusCode).toBe(412);
    const body = mine.json<ApiErrorBody>();
    expect(body.error.code).toBe("precondition_failed");
    expect(body.error.current).toMatchObject({ id: c.id, status: "open", dueDate: "2099-12-31", version: 2 });
    expect((body.error.current as Commitment).history.length).toBe(before);
    expect(await historyCount(c.id)).toBe(before);
    const row = await w.t.db.selectFrom("commitments").select(["status", "version"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "open", version: 2 });

    // Re-applied on top of their version, it goes through.
    const again = await patch(w.tokens.sales, c.id, { status: "done" }, { "if-match": '"2"' });
    expect(again.statusCode).toBe(200);
    expect(again.json<Commitment>()).toMatchObject({ status: "done", dueDate: "2099-12-31", version: 3 });
  });

  it("without If-Match a PATCH still applies (older clients keep working)", async () => {
    const c = await addCommitment(w);
    await patch(w.tokens.organizer, c.id, { action: "変更" });
    const res = await patch(w.tokens.sales, c.id, { status: "done" });
    expect(res.statusCode).toBe(200);
    expect(res.json<Commitment>()).toMatchObject({ status: "done", action: "変更", version: 3 });
  });

  it("400 naming If-Match when it is not a version; 403 before 412 for someone who may not change it", async () => {
    const c = await addCommitment(w);
    const bad = await patch(w.tokens.sales, c.id, { status: "done" }, { "if-match": "soon" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ApiErrorBody>().error.field).toBe("If-Match");
    const outsider = await patch(w.tokens.planning, c.id, { status: "done" }, { "if-match": '"9"' });
    expect(outsider.statusCode).toBe(403);
  });

  it("a replayed Idempotency-Key returns the first answer even after the version moved on", async () => {
    const c = await addCommitment(w);
    const headers = { "if-match": '"1"', "idempotency-key": "k-commitment-version-1" };
    const first = await patch(w.tokens.sales, c.id, { status: "done" }, headers);
    expect(first.statusCode).toBe(200);
    await patch(w.tokens.organizer, c.id, { action: "その後の変更" });
    const replay = await patch(w.tokens.sales, c.id, { status: "done" }, headers);
    expect(replay.statusCode).toBe(200);
    expect(replay.json<Commitment>().version).toBe(2);
  });
});
