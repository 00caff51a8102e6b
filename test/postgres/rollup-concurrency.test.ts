// The dashboard rollups under concurrent writers on a real PostgreSQL server: 40 transactions at
// once move commitments between the same rollup keys in opposite directions (open ⇄ done, one
// department ⇄ another) while others insert. The trigger locks each rollup's two keys in key
// order, so none deadlocks, and the counts still equal a GROUP BY of the table.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../../src/server/db/create-db";
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
});
