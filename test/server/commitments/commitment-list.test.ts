import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Commitment, Page } from "../../../src/core/api/contract";
import { encodeCursor } from "../../../src/server/commitments/commitment-cursor";
import { ONLY_PMO_LISTS_ALL } from "../../../src/server/commitments/commitment-access";
import { ORGANIZER, PLANNING, SALES, addCommitment, bearer, buildWorld, createAgenda, type World } from "./commitment-fixtures";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});
afterEach(async () => {
  await w.t.close();
});

const list = (token: string, query = "") =>
  w.t.app.inject({ method: "GET", url: `/api/commitments${query ? `?${query}` : ""}`, headers: bearer(token) });
const ids = (page: Page<Commitment>) => page.items.map((c) => c.id);

async function seedStory() {
  const a = await addCommitment(w, { ownerEmail: SALES, action: "Share 100% of leads", dueDate: "2020-01-10", helpsDepartment: "企画部" });
  const b = await addCommitment(w, { ownerEmail: PLANNING, action: "CRM導入事例をまとめる", dueDate: "2099-02-01", helpsDepartment: "営業部" });
  const c = await addCommitment(w, { ownerEmail: PLANNING, action: "価格プランをつくる", dueDate: "2020-01-05" });
  await w.t.app.inject({ method: "PATCH", url: `/api/commitments/${c.id}`, headers: bearer(w.tokens.planning), payload: { status: "done" } });
  const d = await addCommitment(w, { ownerEmail: ORGANIZER, action: "次回に進み具合を確認する", dueDate: "2099-03-01" });
  return { a, b, c, d };
}

describe("GET /api/commitments", () => {
  it("PMO lists the whole tenant in (dueDate, id) order, each with its history", async () => {
    const { a, b, c, d } = await seedStory();
    const res = await list(w.tokens.pmo);
    expect(res.statusCode).toBe(200);
    const page = res.json<Page<Commitment>>();
    expect(ids(page)).toEqual([c.id, a.id, b.id, d.id]);
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]?.history.map((h) => h.field)).toEqual(["created", "status"]);
  });

  it("403 for a non-PMO without mine or agenda, with the explanation", async () => {
    const res = await list(w.tokens.sales);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toEqual({ code: "forbidden", message: ONLY_PMO_LISTS_ALL });
    expect((await list(w.tokens.sales, "mine=false")).statusCode).toBe(403);
  });

  it("mine=true lists only the caller's own, for anyone", async () => {
    const { b, c } = await seedStory();
    expect(ids((await list(w.tokens.planning, "mine=true")).json())).toEqual([c.id, b.id]);
    expect(ids((await list(w.tokens.pmo, "mine=true")).json())).toEqual([]);
    expect(ids((await list(w.tokens.planning, `mine=true&owner=${encodeURIComponent(SALES)}`)).json())).toEqual([]);
  });

  it("agenda=<id>: attendees may list it, others get 403, other tenants 404", async () => {
    const { a, b, c, d } = await seedStory();
    const other = await createAgenda(w.t, w.tokens.planning);
    await addCommitment(w, { ownerEmail: SALES }, w.tokens.planning, other.id);
    expect(ids((await list(w.tokens.sales, `agenda=${w.agenda.id}`)).json())).toEqual([c.id, a.id, b.id, d.id]);
    expect((await list(w.tokens.outsider, `agenda=${w.agenda.id}`)).statusCode).toBe(403);
    expect((await list(w.tokens.otherPmo, `agenda=${w.agenda.id}`)).statusCode).toBe(404);
    expect(ids((await list(w.tokens.pmo, `agenda=${w.agenda.id}`)).json())).toHaveLength(4);
    expect((await list(w.tokens.pmo, "agenda=unknown")).statusCode).toBe(404);
  });

  it("filters: status, overdue, department (owner's or helped), owner, objective, due range, q", async () => {
    const { a, b, c, d } = await seedStory();
    const q = async (query: string) => ids((await list(w.tokens.pmo, query)).json());
    expect(await q("status=done")).toEqual([c.id]);
    expect(await q("overdue=true")).toEqual([a.id]);
    expect(await q("overdue=false")).toEqual([c.id, b.id, d.id]);
    // Overdue is judged on the caller's calendar day when it sends one.
    expect(await q("overdue=true&today=2099-02-02")).toEqual([a.id, b.id]);
    expect(await q("overdue=true&today=2020-01-10")).toEqual([]);
    expect(await q(`department=${encodeURIComponent("営業部")}`)).toEqual([a.id, b.id, d.id]);
    expect(await q(`department=${encodeURIComponent("企画部")}`)).toEqual([c.id, a.id, b.id]);
    expect(await q(`owner=${encodeURIComponent(PLANNING.toUpperCase())}`)).toEqual([c.id, b.id]);
    expect(await q(`objective=${w.agenda.objectiveId}`)).toHaveLength(4);
    expect(await q("objective=other")).toEqual([]);
    expect(await q("dueFrom=2020-01-06&dueTo=2099-02-01")).toEqual([a.id, b.id]);
    expect(await q("q=SHARE")).toEqual([a.id]);
    expect(await q("q=100%25")).toEqual([a.id]);
    expect(await q("q=%25")).toEqual([a.id]);
    expect(await q(`q=${encodeURIComponent("導入事例")}`)).toEqual([b.id]);
    expect(await q(`q=${encodeURIComponent("大手企業向け")}`)).toHaveLength(4); // the objective's title
  });

  it("searches what the table shows (action, owner's name, objective), not the owners' e-mail addresses", async () => {
    const { b, c } = await seedStory();
    const q = async (query: string) => ids((await list(w.tokens.pmo, query)).json());
    // Every address is @contoso.example: a search for it must not match every row without a hint.
    expect(await q("q=contoso")).toEqual([]);
    expect(await q("q=misaki.tanaka")).toEqual([]);
    expect(await q(`q=${encodeURIComponent("田中")}`)).toEqual([c.id, b.id]);
    const summary = await w.t.app.inject({ method: "GET", url: "/api/dashboard/summary?q=contoso", headers: bearer(w.tokens.pmo) });
    expect(summary.statusCode).toBe(200);
    expect((summary.json() as { totals: { open: number; done: number } }).totals).toMatchObject({ open: 0, done: 0 });
  });

  it.each([
    ["colour=red", "colour"],
    ["dueFrom=2026-13-40", "dueFrom"],
    ["status=finished", "status"],
    ["overdue=yes", "overdue"],
    ["limit=0", "limit"],
    ["limit=201", "limit"],
    ["cursor=not-a-cursor", "cursor"],
    [`cursor=${Buffer.from('["2026-01-01"]').toString("base64url")}`, "cursor"],
    ["cursor=%3D%3D%3D", "cursor"],
  ])("400 for ?%s naming %s", async (query, field) => {
    const res = await list(w.tokens.pmo, query);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "bad_request", field });
  });

  it("401 without a token", async () => {
    expect((await w.t.app.inject({ method: "GET", url: "/api/commitments?mine=true" })).statusCode).toBe(401);
  });

  it("another tenant's PMO never sees this tenant's rows", async () => {
    await seedStory();
    const res = await list(w.tokens.otherPmo);
    expect(res.statusCode).toBe(200);
    expect(res.json<Page<Commitment>>().items).toEqual([]);
  });

  it("cursor pagination walks every row exactly once, with ties on the due date", async () => {
    const created: string[] = [];
    for (let i = 0; i < 23; i++) {
      created.push((await addCommitment(w, { action: `#${i}`, dueDate: `2099-01-0${1 + (i % 3)}` })).id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `limit=5${cursor ? `&cursor=${cursor}` : ""}`;
      const page: Page<Commitment> = (await list(w.tokens.pmo, query)).json();
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen).toHaveLength(23);
    expect(new Set(seen)).toEqual(new Set(created));
    const dues = (await list(w.tokens.pmo, "limit=200")).json<Page<Commitment>>().items.map((c) => `${c.dueDate}/${c.id}`);
    expect(dues).toEqual([...dues].sort());
  });

  it("a cursor made in one tenant reveals nothing in another", async () => {
    const a = await addCommitment(w, { dueDate: "2099-01-01" });
    const cursor = encodeCursor({ dueDate: "2000-01-01", id: "0" });
    expect(ids((await list(w.tokens.otherPmo, `cursor=${cursor}`)).json())).toEqual([]);
    expect(ids((await list(w.tokens.pmo, `cursor=${cursor}`)).json())).toEqual([a.id]);
  });
});
