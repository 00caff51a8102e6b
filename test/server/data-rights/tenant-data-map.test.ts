// Every table with a tenant_id column is described in TENANT_TABLES (the privacy page lists them, and
// tenant export and deletion walk them). A table added later without an entry fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { NOT_PERSON_COLUMNS, TENANT_TABLES } from "../../../src/server/data-rights/tenant-data-map";
import { createDb, type DbHandle } from "../../../src/server/db/create-db";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createDb({ kind: "sqlite", file: ":memory:" });
});
afterAll(async () => handle.close());

async function columnsByTable(): Promise<Map<string, string[]>> {
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(handle.db);
  const out = new Map<string, string[]>();
  for (const { name } of tables.rows) {
    const columns = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(handle.db);
    out.set(name, columns.rows.map((c) => c.name));
  }
  return out;
}

describe("TENANT_TABLES", () => {
  it("describes every table with a tenant_id column, and only existing tables and columns", async () => {
    const columns = await columnsByTable();
    const withTenant = [...columns].filter(([, cols]) => cols.includes("tenant_id")).map(([name]) => name).sort();
    expect(withTenant.length).toBeGreaterThan(10);
    expect(TENANT_TABLES.map((t) => t.table).sort()).toEqual(withTenant);
    for (const table of TENANT_TABLES) {
      for (const column of [...table.key, ...table.people.flatMap((p) => [p.email, p.id, p.name]).filter((c): c is string => c !== undefined)]) {
        expect(columns.get(table.table), `${table.table}.${column}`).toContain(column);
      }
      expect(table.holds.en.length).toBeGreaterThan(10);
      expect(table.holds.ja.length).toBeGreaterThan(5);
    }
  });

  it("declares every column that looks like it names a person (email, object id, user id, name, recipient, …_by)", async () => {
    const columns = await columnsByTable();
    const looksPersonal = /(^|_)(email|oid|object_id|user_id|recipient|name)$|_by$/;
    for (const table of TENANT_TABLES) {
      const declared = new Set(table.people.flatMap((p) => [p.email, p.id, p.name]).filter((c) => c !== undefined));
      const exempt = new Set(NOT_PERSON_COLUMNS[table.table] ?? []);
      const undeclared = (columns.get(table.table) ?? []).filter((c) => looksPersonal.test(c) && !declared.has(c) && !exempt.has(c));
      expect(undeclared, table.table).toEqual([]);
    }
  });
});
