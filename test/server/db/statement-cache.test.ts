// The prepared-statement cache under Kysely: same SQL → same statement, a reader stays a reader,
// a statement still iterating is never handed out again, and the cache stays within its size.
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { withStatementCache, type CachingDatabase } from "../../../src/server/db/statement-cache";

let raw: SQLite.Database;
let cached: CachingDatabase;

const open = (size?: number) => {
  raw = new SQLite(":memory:");
  raw.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
  cached = withStatementCache(raw, size);
  return cached;
};

afterEach(() => {
  if (raw.open) raw.close();
});

describe("withStatementCache", () => {
  it("returns the statement prepared for the same SQL text, and tells readers from writers", () => {
    open();
    const select = cached.prepare("SELECT name FROM t WHERE id = ?");
    expect(cached.prepare("SELECT name FROM t WHERE id = ?")).toBe(select);
    expect(select.reader).toBe(true);
    const insert = cached.prepare("INSERT INTO t (name) VALUES (?)");
    expect(insert.reader).toBe(false);
    expect(insert).not.toBe(select);
    // RETURNING makes a write a reader: the statement's own flag, not a guess from the SQL.
    expect(cached.prepare("INSERT INTO t (name) VALUES (?) RETURNING id").reader).toBe(true);
    insert.run(["a"]);
    expect(cached.prepare("INSERT INTO t (name) VALUES (?)")).toBe(insert);
    cached.prepare("INSERT INTO t (name) VALUES (?)").run(["b"]);
    expect(select.all([2])).toEqual([{ name: "b" }]);
    expect(cached.cachedStatements).toBe(3);
  });

  it("drops the least recently used statement beyond its size", () => {
    open(2);
    const a = cached.prepare("SELECT 1");
    const b = cached.prepare("SELECT 2");
    expect(cached.prepare("SELECT 1")).toBe(a); // a is now the most recent
    cached.prepare("SELECT 3"); // evicts b
    expect(cached.cachedStatements).toBe(2);
    expect(cached.prepare("SELECT 1")).toBe(a);
    expect(cached.prepare("SELECT 2")).not.toBe(b);
  });

  it("gives a fresh statement while the cached one is still iterating", () => {
    open();
    for (const name of ["a", "b", "c"]) cached.prepare("INSERT INTO t (name) VALUES (?)").run([name]);
    const query = "SELECT name FROM t ORDER BY id";
    const outer = cached.prepare(query);
    const seen: string[] = [];
    for (const row of outer.iterate([]) as IterableIterator<{ name: string }>) {
      const inner = cached.prepare(query);
      expect(inner).not.toBe(outer);
      seen.push(`${row.name}${(inner.all([]) as unknown[]).length}`);
    }
    expect(seen).toEqual(["a3", "b3", "c3"]);
    expect(cached.prepare(query)).toBe(outer);
  });

  it("refuses a size below 1, and close() closes the database", () => {
    expect(() => withStatementCache(new SQLite(":memory:"), 0)).toThrow(/at least 1/);
    open();
    cached.prepare("SELECT 1");
    cached.close();
    expect(raw.open).toBe(false);
    expect(cached.cachedStatements).toBe(0);
  });

  it("serves Kysely: writes, reads, transactions, rollbacks and schema changes", async () => {
    open();
    interface Schema {
      t: { id: number | null; name: string };
    }
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: cached }) });
    try {
      for (let i = 0; i < 5; i++) await db.insertInto("t").values({ name: `n${i}` }).execute();
      await expect(
        db.transaction().execute(async (trx) => {
          await trx.insertInto("t").values({ name: "rolled back" }).execute();
          throw new Error("abort");
        }),
      ).rejects.toThrow("abort");
      await db.transaction().execute(async (trx) => {
        await trx.updateTable("t").set({ name: "first" }).where("id", "=", 1).execute();
      });
      const rows = await db.selectFrom("t").select(["id", "name"]).orderBy("id").execute();
      expect(rows.map((r) => r.name)).toEqual(["first", "n1", "n2", "n3", "n4"]);
      // A cached SELECT * sees a column added after it was prepared (SQLite re-prepares it).
      const all = () => db.selectFrom("t").selectAll().where("id", "=", 1).execute();
      expect(Object.keys((await all())[0] ?? {})).toEqual(["id", "name"]);
      await sql`ALTER TABLE t ADD COLUMN extra TEXT`.execute(db);
      expect(Object.keys((await all())[0] ?? {})).toEqual(["id", "name", "extra"]);
      const inserted = await db.insertInto("t").values({ name: "last" }).executeTakeFirst();
      expect(inserted.insertId).toBe(6n);
    } finally {
      await db.destroy();
    }
  });
});
