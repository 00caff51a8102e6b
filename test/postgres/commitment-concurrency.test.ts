// Concurrent PATCHes of one commitment on a real PostgreSQL server: each change survives and the
// history matches the row (PostgreSQL runs the transactions truly in parallel, unlike SQLite).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda, Commitment, Page } from "../../src/core/api/contract";
import { buildTestApp, type TestApp } from "../server/api-helper";

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)("concurrent commitment changes on PostgreSQL", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ target: { kind: "postgres", url: url as string } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("never loses one of two simultaneous edits", async () => {
    const organizer = { authorization: `Bearer ${await t.tokenFor("org.concurrency@example.com")}` };
    const owner = { authorization: `Bearer ${await t.tokenFor("owner.concurrency@example.com")}` };
    const agenda = (
      await t.app.inject({
        method: "POST",
        url: "/api/agendas",
        headers: organizer,
        payload: { objectiveTitle: "X", attendees: [{ email: "owner.concurrency@example.com" }] },
      })
    ).json<Agenda>();
    for (let i = 0; i < 15; i++) {
      const c = (
        await t.app.inject({
          method: "POST",
          url: `/api/agendas/${agenda.id}/commitments`,
          headers: organizer,
          payload: { ownerEmail: "owner.concurrency@example.com", action: "old", dueDate: "2099-12-01" },
        })
      ).json<Commitment>();
      const [a, b] = await Promise.all([
        t.app.inject({ method: "PATCH", url: `/api/commitments/${c.id}`, headers: organizer, payload: { action: "new action" } }),
        t.app.inject({ method: "PATCH", url: `/api/commitments/${c.id}`, headers: owner, payload: { status: "done" } }),
      ]);
      expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
      const page = (
        await t.app.inject({ method: "GET", url: `/api/commitments?agenda=${agenda.id}&limit=200`, headers: organizer })
      ).json<Page<Commitment>>();
      const now = page.items.find((x) => x.id === c.id);
      expect(now).toMatchObject({ action: "new action", status: "done" });
      expect(now?.history.map((h) => h.field).sort()).toEqual(["action", "created", "status"]);
      expect(now?.version).toBe(3);
    }
  });

  it("two simultaneous edits based on the same version: one wins, the other gets 412 with the winner's row", async () => {
    const organizer = { authorization: `Bearer ${await t.tokenFor("org.version@example.com")}` };
    const owner = { authorization: `Bearer ${await t.tokenFor("owner.version@example.com")}` };
    const agenda = (
      await t.app.inject({
        method: "POST",
        url: "/api/agendas",
        headers: organizer,
        payload: { objectiveTitle: "X", attendees: [{ email: "owner.version@example.com" }] },
      })
    ).json<Agenda>();
    for (let i = 0; i < 10; i++) {
      const c = (
        await t.app.inject({
          method: "POST",
          url: `/api/agendas/${agenda.id}/commitments`,
          headers: organizer,
          payload: { ownerEmail: "owner.version@example.com", action: "old", dueDate: "2099-12-01" },
        })
      ).json<Commitment>();
      expect(c.version).toBe(1);
      const ifMatch = { "if-match": `"${c.version}"` };
      const [a, b] = await Promise.all([
        t.app.inject({ method: "PATCH", url: `/api/commitments/${c.id}`, headers: { ...organizer, ...ifMatch }, payload: { action: "new action" } }),
        t.app.inject({ method: "PATCH", url: `/api/commitments/${c.id}`, headers: { ...owner, ...ifMatch }, payload: { status: "done" } }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
      const [won, lost] = a.statusCode === 200 ? [a, b] : [b, a];
      const current = lost.json<{ error: { code: string; current: Commitment } }>().error;
      expect(current.code).toBe("precondition_failed");
      expect(current.current).toMatchObject(won.json<Commitment>());
      expect(current.current.version).toBe(2);
      const page = (
        await t.app.inject({ method: "GET", url: `/api/commitments?agenda=${agenda.id}&limit=200`, headers: organizer })
      ).json<Page<Commitment>>();
      // Nothing of the loser reached the row or its history.
      const now = page.items.find((x) => x.id === c.id);
      expect(now?.version).toBe(2);
      expect(now?.history.map((h) => h.field).sort()).toHaveLength(2);
      expect(now).toMatchObject(a.statusCode === 200 ? { action: "new action", status: "open" } : { action: "old", status: "done" });
    }
  });
});
