// GET /api/commitments?sort=… on every database: for each sort and direction, walking the pages by
// cursor returns every row exactly once (values are heavily tied on purpose), in the sort's order;
// a bad sort is a 400 naming `sort`, a cursor of another sort a 400 naming `cursor`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Commitment, type Page } from "../../../src/core/api/contract";
import { COMMITMENT_SORTS, type CommitmentSort } from "../../../src/core/api/commitment-list-contract";
import { OTHER_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { buildTestApp, type TestApp } from "../api-helper";
import { storageTargets, truncateAll } from "../storage/storage-targets";
import { insertAgenda } from "./dashboard-fixtures";

const OWNERS = ["鈴木 一郎", "田中 美咲", "Ann", "", "ann"] as const;
const DEPARTMENTS = ["営業部", "企画部", "Sales"] as const;
const STATUSES = ["open", "done", "dropped"] as const;
const ROWS = 37;
// A tenant of this run's own: other runs on a shared PostgreSQL server never add rows to it.
const TENANT = `sort-test-${process.pid}-${Date.now()}`;

const FIELD: Record<string, (c: Commitment) => string> = {
  due: (c) => c.dueDate,
  owner: (c) => c.ownerName,
  department: (c) => c.ownerDepartment,
  status: (c) => c.status,
  updated: (c) => c.updatedAt,
};

describe.each(storageTargets())("commitment list sorts [$name]", ({ target }) => {
  let t: TestApp;
  let pmo: string;
  let otherPmo: string;
  const created: string[] = [];
  beforeAll(async () => {
    t = await buildTestApp({ target });
    await truncateAll({ db: t.db, kind: target.kind === "postgres" ? "postgres" : "sqlite", close: async () => {} });
    const agendaId = await insertAgenda(t.db, TENANT, { objectiveId: "o1" });
    for (let i = 0; i < ROWS; i++) {
      const id = `srt_${String((i * 7919) % 1000).padStart(3, "0")}_${i}`;
      created.push(id);
      await t.db
        .insertInto("commitments")
        .values({
          id,
          tenant_id: TENANT,
          agenda_id: agendaId,
          objective_id: "o1",
          objective_title: "CRM",
          owner_email: `p${i % OWNERS.length}@contoso.example`,
          owner_name: OWNERS[i % OWNERS.length]!,
          owner_department: DEPARTMENTS[i % DEPARTMENTS.length]!,
          helps_department: null,
          action: `a${i}`,
          due_date: `2026-12-0${1 + (i % 4)}`,
          serves_objective: "",
          status: STATUSES[i % STATUSES.length]!,
          contribution_id: null,
          created_by_email: "hanako.sato@contoso.example",
          created_at: "2026-11-20T09:00:00.000Z",
          updated_at: `2026-11-2${i % 2}T09:00:00.000Z`,
        })
        .execute();
    }
    pmo = await t.tokenFor("satoshi.yamamoto@contoso.example", { tenantId: TENANT, roles: ["PMO"] });
    otherPmo = await t.tokenFor("john.smith@fabrikam.example", { tenantId: OTHER_TENANT_ID, roles: ["PMO"] });
  });
  afterAll(async () => {
    await t.close();
  });

  const list = (query: string, token = pmo) =>
    t.app.inject({ method: "GET", url: `/api/commitments?${query}`, headers: { authorization: `Bearer ${token}` } });

  async function walk(sort: CommitmentSort, limit: number, extra = ""): Promise<Commitment[]> {
    const seen: Commitment[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const res = await list(`sort=${sort}&limit=${limit}${extra}${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.statusCode).toBe(200);
      const page: Page<Commitment> = res.json();
      seen.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error("pagination did not end");
  }

  it.each(COMMITMENT_SORTS.map((s) => [s]))("sort=%s: pages of 4 return every row once, in order", async (sort) => {
    const paged = await walk(sort, 4);
    const ids = paged.map((c) => c.id);
    expect(ids).toHaveLength(ROWS);
    expect(new Set(ids).size).toBe(ROWS);
    expect(new Set(ids)).toEqual(new Set(created));
    // Same order as one big page (the database's own collation), and pages of 1 agree too.
    const whole = (await list(`sort=${sort}&limit=200`)).json<Page<Commitment>>().items.map((c) => c.id);
    expect(ids).toEqual(whole);
    expect((await walk(sort, 1)).map((c) => c.id)).toEqual(whole);
    // Ties on the sort column are ordered by id in the same direction.
    const descending = sort.startsWith("-");
    const value = FIELD[descending ? sort.slice(1) : sort]!;
    for (let i = 1; i < paged.length; i++) {
      const [a, b] = [paged[i - 1]!, paged[i]!];
      if (value(a) === value(b)) expect(descending ? a.id > b.id : a.id < b.id).toBe(true);
    }
  });

  it("sorts by the column in both directions (ASCII values, same in every collation)", async () => {
    const dues = (await walk("due", 5)).map((c) => c.dueDate);
    expect(dues).toEqual([...dues].sort());
    const updated = (await walk("-updated", 5)).map((c) => c.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
    const statuses = (await walk("-status", 5)).map((c) => c.status);
    expect(statuses).toEqual([...statuses].sort().reverse());
  });

  it("sort and cursor combine with filters", async () => {
    const open = await walk("-owner", 2, "&status=open");
    expect(open.map((c) => c.status).every((s) => s === "open")).toBe(true);
    expect(open).toHaveLength(created.filter((_, i) => i % 3 === 0).length);
  });

  it("400 naming sort for an unknown sort; 400 naming cursor for a cursor of another sort", async () => {
    for (const bad of ["name", "due,owner", "+due", "--due", ""]) {
      const res = await list(`sort=${encodeURIComponent(bad)}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error).toMatchObject({ code: "bad_request", field: "sort" });
    }
    const byOwner = (await list("sort=owner&limit=2")).json<Page<Commitment>>().nextCursor!;
    const byDue = (await list("limit=2")).json<Page<Commitment>>().nextCursor!;
    for (const [sort, cursor] of [["due", byOwner], ["-owner", byOwner], ["owner", byDue], ["status", byOwner]] as const) {
      const res = await list(`sort=${sort}&cursor=${cursor}`);
      expect(res.statusCode, `${sort} with another sort's cursor`).toBe(400);
      expect(res.json().error).toMatchObject({ code: "bad_request", field: "cursor" });
    }
    // The default sort's cursor is the same whether or not sort=due is spelled out.
    expect((await list(`sort=due&limit=2&cursor=${byDue}`)).statusCode).toBe(200);
  });

  it("the CSV export walks the same order as the list for a sort", async () => {
    for (const sort of ["-owner", "updated"] as const) {
      const listed = (await walk(sort, 200)).map((c) => c.id);
      const res = await t.app.inject({ method: "GET", url: `/api/commitments/export.csv?sort=${sort}`, headers: { authorization: `Bearer ${pmo}` } });
      const csv = res.body;
      const exported = csv.split("\r\n").slice(1, -1).map((line) => line.split(",").at(-1));
      expect(exported).toEqual(listed);
    }
  });

  it("another tenant's PMO sees none of these rows under any sort", async () => {
    for (const sort of COMMITMENT_SORTS) {
      expect((await list(`sort=${sort}`, otherPmo)).json<Page<Commitment>>().items).toEqual([]);
    }
  });
});
