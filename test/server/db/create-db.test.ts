import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createDb, type DbTarget } from "../../../src/server/db/create-db";

const targets: DbTarget[] = [{ kind: "sqlite", file: ":memory:" }, { kind: "pglite" }];

describe.each(targets)("createDb($kind)", (target) => {
  it("migrates to the latest schema and is idempotent", async () => {
    const h = await createDb(target);
    try {
      await h.db
        .insertInto("objectives")
        .values({ id: "o1", tenant_id: "t", title: "x", description: "", created_by: "a@b.c", created_at: "2026-01-01T00:00:00.000Z" })
        .execute();
      const rows = await h.db.selectFrom("objectives").selectAll().execute();
      expect(rows).toHaveLength(1);
      const one = await sql<{ n: number }>`select 1 as n`.execute(h.db);
      expect(Number(one.rows[0]?.n)).toBe(1);
    } finally {
      await h.close();
    }
  });

  it("rolls back a failed transaction", async () => {
    const h = await createDb(target);
    try {
      await expect(
        h.db.transaction().execute(async (trx) => {
          await trx
            .insertInto("objectives")
            .values({ id: "o1", tenant_id: "t", title: "x", description: "", created_by: "a", created_at: "now" })
            .execute();
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      expect(await h.db.selectFrom("objectives").selectAll().execute()).toHaveLength(0);
    } finally {
      await h.close();
    }
  });
});
