// Every table with a tenant_id column is described in TENANT_TABLES (the privacy page lists them, and
// tenant export and deletion walk them). A table added later without an entry fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { TENANT_TABLES } from "../../../src/server/data-rights/tenant-data-map";
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
      for (const column of table.personColumns) expect(columns.get(table.table), `${table.table}.${column}`).toContain(column);
      expect(table.holds.en.length).toBeGreaterThan(10);
      expect(table.holds.ja.length).toBeGreaterThan(5);
    }
  });
});
