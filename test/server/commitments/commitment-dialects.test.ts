// The whole commitment flow over HTTP on every database (SQLite, PGlite; PostgreSQL in CI):
// transactions, LIKE escaping, keyset pages and the streamed export must agree across dialects.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Commitment, Page } from "../../../src/core/api/contract";
import { storageTargets } from "../storage/storage-targets";
import { PLANNING, SALES, addCommitment, bearer, buildWorld, type World } from "./commitment-fixtures";

describe.each(storageTargets())("commitments over HTTP [$name]", ({ target }) => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(target);
  });
  afterAll(async () => {
    await w.t.close();
  });

  it("creates, changes, lists, pages, searches and exports", async () => {
    const a = await addCommitment(w, { ownerEmail: SALES, action: "Share 100% of leads", dueDate: "2020-01-01" });
    const b = await addCommitment(w, { ownerEmail: PLANNING, action: "事例_まとめ", dueDate: "2099-01-01", helpsDepartment: "営業部" });
    const c = await addCommitment(w, { ownerEmail: PLANNING, action: "価格プラン", dueDate: "2099-01-01" });
    const patched = await w.t.app.inject({
      method: "PATCH",
      url: `/api/commitments/${c.id}`,
      headers: bearer(w.tokens.planning, { "idempotency-key": "p1" }),
      payload: { status: "done", note: "済" },
    });
    expect(patched.json<Commitment>().history.map((h) => h.field)).toEqual(["created", "status"]);

    const list = async (query: string) =>
      (await w.t.app.inject({ method: "GET", url: `/api/commitments?${query}`, headers: bearer(w.tokens.pmo) })).json<Page<Commitment>>();
    expect((await list("q=%25")).items.map((x) => x.id)).toEqual([a.id]);
    expect((await list("q=_")).items.map((x) => x.id)).toEqual([b.id]);
    expect((await list("q=SHARE")).items.map((x) => x.id)).toEqual([a.id]);
    expect((await list("overdue=true")).items.map((x) => x.id)).toEqual([a.id]);
    expect((await list(`department=${encodeURIComponent("営業部")}`)).items.map((x) => x.id)).toEqual([a.id, b.id]);
    const first = await list("limit=2");
    const second = await list(`limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((x) => x.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(second.nextCursor).toBeNull();

    const csv = await w.t.app.inject({ method: "GET", url: "/api/commitments/export.csv?lang=en", headers: bearer(w.tokens.pmo) });
    expect(csv.rawPayload.subarray(0, 3).toString("hex")).toBe("efbbbf");
    expect(csv.rawPayload.toString("utf8").split("\r\n").filter(Boolean)).toHaveLength(4);

    const rev = async () =>
      Number((await w.t.db.selectFrom("agendas").select("revision").where("id", "=", w.agenda.id).executeTakeFirstOrThrow()).revision);
    const before = await rev();
    const count = async () => Number((await sql<{ n: number }>`select count(*) as n from commitments`.execute(w.t.db)).rows[0]?.n);
    const rows = await count();
    // A bad owner is rejected before anything is written, on every dialect.
    const bad = await w.t.app.inject({
      method: "POST",
      url: `/api/agendas/${w.agenda.id}/commitments`,
      headers: bearer(w.tokens.organizer),
      payload: { ownerEmail: "nobody@contoso.example", action: "x", dueDate: "2099-01-01" },
    });
    expect(bad.statusCode).toBe(400);
    expect(await count()).toBe(rows);
    expect(await rev()).toBe(before);
  });
});
