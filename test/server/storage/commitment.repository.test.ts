import { expect, it } from "vitest";
import type { Db } from "../../../src/server/db/database";
import {
  commitmentRowBatches,
  historyByCommitment,
  insertCommitmentRow,
  insertHistoryRows,
  queryCommitmentRows,
} from "../../../src/server/commitments/commitment.repository";
import type { CommitmentFilter, CommitmentRow } from "../../../src/server/commitments/commitment.table";
import { describeStorage } from "./storage-targets";

const TODAY = "2026-06-15";

async function agenda(db: Db, tenant: string, id: string): Promise<void> {
  await db
    .insertInto("agendas")
    .values({
      id,
      tenant_id: tenant,
      organizer_email: "org@x.example",
      subject: "",
      objective_id: null,
      objective_title: "",
      desired_outcome: "",
      departments_json: "[]",
      obstacles_json: "[]",
      lang: "ja",
      starts_at: null,
      ends_at: null,
      outlook_item_id: null,
      ical_uid: null,
      teams_thread_id: null,
      join_url: null,
      version: 1,
      revision: 1,
      created_at: "2026-01-01T00:00:00.000Z",
      updated_at: "2026-01-01T00:00:00.000Z",
    })
    .execute();
}

function row(over: Partial<CommitmentRow> & { id: string }): CommitmentRow {
  return {
    tenant_id: "t-a",
    agenda_id: "ag1",
    objective_id: "obj1",
    objective_title: "Grow CRM",
    owner_email: "owner@x.example",
    owner_name: "Owner",
    owner_department: "営業部",
    helps_department: null,
    action: "do it",
    due_date: "2026-07-01",
    serves_objective: "",
    status: "open",
    contribution_id: null,
    created_by_email: "org@x.example",
    created_at: "2026-01-01T00:00:00.000Z",
    updated_at: "2026-01-01T00:00:00.000Z",
    version: 1,
    ...over,
  };
}

const ids = (rows: readonly CommitmentRow[]) => rows.map((r) => r.id);
const all = (over: Partial<CommitmentFilter> = {}): CommitmentFilter => ({ today: TODAY, ...over });

describeStorage("commitments repository", (ctx) => {
  async function seed(): Promise<void> {
    await agenda(ctx.db, "t-a", "ag1");
    await agenda(ctx.db, "t-a", "ag2");
    await agenda(ctx.db, "t-b", "agb");
    const rows = [
      row({ id: "c1", due_date: "2026-06-01", status: "open", action: "Share 100% of the leads" }),
      row({ id: "c2", due_date: "2026-06-01", status: "done", owner_department: "企画部", helps_department: "営業部" }),
      row({ id: "c3", due_date: "2026-06-20", owner_email: "ken@x.example", owner_name: "高橋 健", owner_department: "企画部" }),
      row({ id: "c4", due_date: "2026-06-30", agenda_id: "ag2", objective_id: "obj2", objective_title: "大手企業向けのCRM", action: "a_b" }),
      row({ id: "c5", due_date: "2026-05-01", status: "dropped", action: "SHARE leads" }),
      row({ id: "cb", tenant_id: "t-b", agenda_id: "agb", due_date: "2026-06-01", action: "share leads" }),
    ];
    for (const r of rows) await insertCommitmentRow(ctx.db, r);
  }

  it("orders by (due_date, id) and stays inside the tenant", async () => {
    await seed();
    expect(ids(await queryCommitmentRows(ctx.db, "t-a", all(), null, 100))).toEqual(["c5", "c1", "c2", "c3", "c4"]);
    expect(ids(await queryCommitmentRows(ctx.db, "t-b", all(), null, 100))).toEqual(["cb"]);
  });

  it("filters by objective, owner, status, agenda and due range", async () => {
    await seed();
    const q = (f: Partial<CommitmentFilter>) => queryCommitmentRows(ctx.db, "t-a", all(f), null, 100).then(ids);
    expect(await q({ objectiveId: "obj2" })).toEqual(["c4"]);
    expect(await q({ ownerEmail: "ken@x.example" })).toEqual(["c3"]);
    expect(await q({ mineOf: "ken@x.example", ownerEmail: "owner@x.example" })).toEqual([]);
    expect(await q({ status: "done" })).toEqual(["c2"]);
    expect(await q({ agendaId: "ag2" })).toEqual(["c4"]);
    expect(await q({ dueFrom: "2026-06-01", dueTo: "2026-06-20" })).toEqual(["c1", "c2", "c3"]);
  });

  it("matches a department as the owner's OR the helped one", async () => {
    await seed();
    const rows = await queryCommitmentRows(ctx.db, "t-a", all({ department: "企画部" }), null, 100);
    expect(ids(rows)).toEqual(["c2", "c3"]);
    const helped = await queryCommitmentRows(ctx.db, "t-a", all({ department: "営業部" }), null, 100);
    expect(ids(helped)).toEqual(["c5", "c1", "c2", "c4"]);
  });

  it("overdue = open and due before today; overdue=false is the rest", async () => {
    await seed();
    expect(ids(await queryCommitmentRows(ctx.db, "t-a", all({ overdue: true }), null, 100))).toEqual(["c1"]);
    expect(ids(await queryCommitmentRows(ctx.db, "t-a", all({ overdue: false }), null, 100))).toEqual(["c5", "c2", "c3", "c4"]);
  });

  it("searches text case-insensitively with LIKE wildcards taken literally", async () => {
    await seed();
    const q = (text: string) => queryCommitmentRows(ctx.db, "t-a", all({ text }), null, 100).then(ids);
    expect(await q("share")).toEqual(["c5", "c1"]);
    expect(await q("100%")).toEqual(["c1"]);
    expect(await q("%")).toEqual(["c1"]);
    expect(await q("a_b")).toEqual(["c4"]);
    expect(await q("_")).toEqual(["c4"]);
    expect(await q("高橋")).toEqual(["c3"]);
    expect(await q("大手企業")).toEqual(["c4"]);
    // Not the owner's e-mail: every address shares the organisation's domain (the owner filter finds by address).
    expect(await q("KEN@X")).toEqual([]);
    expect(await q("X.EXAMPLE")).toEqual([]);
  });

  it("walks every row exactly once in batches, even with ties on due_date", async () => {
    await agenda(ctx.db, "t-a", "ag1");
    const expected: string[] = [];
    for (let i = 0; i < 53; i++) {
      const id = `r${String(i).padStart(3, "0")}`;
      expected.push(id);
      await insertCommitmentRow(ctx.db, row({ id, due_date: `2026-07-${String(1 + (i % 4)).padStart(2, "0")}` }));
    }
    const seen: string[] = [];
    let batches = 0;
    for await (const batch of commitmentRowBatches(ctx.db, "t-a", all(), 10)) {
      batches++;
      seen.push(...ids(batch));
    }
    expect(batches).toBe(6);
    expect([...seen].sort()).toEqual(expected);
    expect(new Set(seen).size).toBe(53);
  });

  it("groups history per commitment, tenant-scoped", async () => {
    await seed();
    const h = (id: string, commitment_id: string, tenant_id = "t-a") => ({
      id,
      tenant_id,
      commitment_id,
      at: "2026-06-01T00:00:00.000Z",
      by_email: "a@x.example",
      field: "status",
      from_value: "open",
      to_value: "done",
      note: "",
    });
    await insertHistoryRows(ctx.db, [h("h1", "c1"), h("h2", "c1"), h("h3", "c2"), h("hb", "cb", "t-b")]);
    const byId = await historyByCommitment(ctx.db, "t-a", ["c1", "c2", "cb"], 20);
    expect(byId.get("c1")?.rows.map((r) => r.id)).toEqual(["h1", "h2"]);
    expect(byId.get("c1")?.total).toBe(2);
    expect(byId.get("c2")?.rows.map((r) => r.id)).toEqual(["h3"]);
    expect(byId.get("cb")).toBeUndefined();
    // Only the latest rows of each, with the count of all of them.
    const latest = await historyByCommitment(ctx.db, "t-a", ["c1", "c2"], 1);
    expect(latest.get("c1")).toEqual({ rows: [expect.objectContaining({ id: "h2" })], total: 2 });
    expect(latest.get("c2")?.rows.map((r) => r.id)).toEqual(["h3"]);
  });
});
