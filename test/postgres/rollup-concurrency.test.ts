// The dashboard rollups under concurrent writers on a real PostgreSQL server: 40 transactions at
// once move commitments between the same rollup keys in opposite directions (open ⇄ done, one
// department ⇄ another) while others insert. The trigger locks each rollup's two keys in key
// order, so none deadlocks, and the counts still equal a GROUP BY of the table. Transactions that
// change many commitments (an agenda's cascading delete) take the tenant's rollup lock at commit,
// so two of them touching the same keys in opposite orders do not deadlock either.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../../src/server/db/create-db";
import * as rollups from "../../src/server/db/migrations/2026-11-28-007-commitment-rollups";
import { insertAgenda, insertCommitment } from "../server/dashboard/dashboard-fixtures";

const url = process.env.TEST_DATABASE_URL;
const TENANT = "rollup-concurrency";

describe.skipIf(!url)("dashboard rollups with concurrent writers on PostgreSQL", () => {
  let h: DbHandle;
  let agenda = "";
  beforeAll(async () => {
    h = await createDb({ kind: "postgres", url: url as string });
    agenda = await insertAgenda(h.db, TENANT, { objectiveId: "o1" });
    for (let i = 0; i < 40; i++) {
      await insertCommitment(h.db, TENANT, { agendaId: agenda, from: i % 2 ? "営業部" : "企画部", to: "技術部", status: i % 2 ? "open" : "done", due: "2026-12-01" });
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it("never deadlocks and keeps the counts exact", async () => {
    const ids = (await h.db.selectFrom("commitments").select(["id", "status", "owner_department"]).where("tenant_id", "=", TENANT).execute());
    for (let round = 0; round < 5; round++) {
      const flips = ids.map((row, i) =>
        h.db.transaction().execute(async (trx) => {
          const next = (round + i) % 2 ? { status: "done", owner_department: "企画部" } : { status: "open", owner_department: "営業部" };
          await trx.updateTable("commitments").set(next).where("id", "=", row.id).execute();
          // Hold the locks a moment so opposite moves overlap.
          await sql`select pg_sleep(0.01)`.execute(trx);
        }),
      );
      const inserts = Array.from({ length: 10 }, (_, i) =>
        insertCommitment(h.db, TENANT, { agendaId: agenda, from: i % 2 ? "営業部" : "企画部", to: "技術部", status: "open", due: "2026-12-01" }),
      );
      const results = await Promise.allSettled([...flips, ...inserts]);
      const failures = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
      expect(failures).toEqual([]);
    }
    const table = await sql<{ d: string; s: string; n: string }>`
      select owner_department as d, status as s, count(*) as n from commitments where tenant_id = ${TENANT} group by 1, 2`.execute(h.db);
    const rollup = await sql<{ d: string; s: string; n: string }>`
      select owner_department as d, status as s, sum(n) as n from commitment_rollup_departments where tenant_id = ${TENANT} group by 1, 2 having sum(n) <> 0`.execute(h.db);
    const asMap = (rows: { d: string; s: string; n: string }[]) => Object.fromEntries(rows.map((r) => [`${r.d}/${r.s}`, Number(r.n)]));
    expect(asMap(rollup.rows)).toEqual(asMap(table.rows));
    expect(Object.values(asMap(table.rows)).reduce((a, b) => a + b, 0)).toBe(90);
  });

  it("counts every row written while the migration builds the rollups (a rolling deploy)", async () => {
    const tenant = "rollup-migration";
    const agendaId = await insertAgenda(h.db, tenant, { objectiveId: "o1" });
    await rollups.down(h.db);
    // A filled table, so each backfill takes a while.
    await sql`insert into commitments (id, tenant_id, agenda_id, objective_id, objective_title, owner_email, owner_name,
        owner_department, helps_department, action, due_date, serves_objective, status, contribution_id,
        created_by_email, created_at, updated_at)
      select 'mig' || g, ${tenant}, ${agendaId}, 'o1', 'T', 'a@x.example', 'A', 'd' || (g % 20), 'd' || (g % 7), 'act', '2026-12-01',
        '', 'open', null, 'a@x.example', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'
      from generate_series(1, 60000) as g`.execute(h.db);
    let migrating = true;
    let written = 0;
    const writer = (async () => {
      while (migrating) {
        await insertCommitment(h.db, tenant, { agendaId, from: "営業部", to: "技術部", status: "open", due: "2026-12-01" });
        written++;
      }
    })();
    await rollups.up(h.db);
    migrating = false;
    await writer;
    const table = await sql<{ n: string }>`select count(*) as n from commitments where tenant_id = ${tenant}`.execute(h.db);
    for (const t of ["commitment_rollup_departments", "commitment_rollup_created"]) {
      const scope = t === "commitment_rollup_created" ? sql` and scope = '*'` : sql``;
      const r = await sql<{ n: string }>`select coalesce(sum(n), 0) as n from ${sql.table(t)} where tenant_id = ${tenant}${scope}`.execute(h.db);
      expect(Number(r.rows[0]!.n), t).toBe(Number(table.rows[0]!.n));
    }
    expect(written).toBeGreaterThan(0);
    // Without the triggers, so the next files' clean-up does not move 60,000 counts one by one.
    await rollups.down(h.db);
    await h.db.deleteFrom("commitments").where("tenant_id", "=", tenant).execute();
    await rollups.up(h.db);
  });

  it("never deadlocks when whole agendas are deleted at once (many rows per transaction, opposite orders)", async () => {
    const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}-15`);
    for (let round = 0; round < 5; round++) {
      const [a, b] = [await insertAgenda(h.db, TENANT, { objectiveId: "o1" }), await insertAgenda(h.db, TENANT, { objectiveId: "o1" })];
      for (const [agendaId, order] of [[a, months], [b, [...months].reverse()]] as const) {
        for (const due of order) for (let k = 0; k < 5; k++) await insertCommitment(h.db, TENANT, { agendaId, from: "営業部", to: "技術部", status: "open", due });
      }
      const results = await Promise.allSettled([a, b].map((id) => h.db.deleteFrom("agendas").where("id", "=", id).execute()));
      expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    }
    const left = await sql<{ n: string }>`
      select coalesce(sum(n), 0) as n from commitment_rollup_departments where tenant_id = ${TENANT} and due_month like '2027-%'`.execute(h.db);
    expect(Number(left.rows[0]!.n)).toBe(0);
  });
});
