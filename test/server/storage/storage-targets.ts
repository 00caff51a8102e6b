// The one storage suite runs against every database we support: SQLite in memory and PGlite
// (in-process PostgreSQL) in `npm test`, and a real PostgreSQL server when TEST_DATABASE_URL is set
// (CI's PostgreSQL run: `npm run test:postgres`).
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import { createDb, type DbHandle, type DbTarget } from "../../../src/server/db/create-db";

export function storageTargets(): { name: string; target: DbTarget }[] {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return [{ name: "postgresql", target: { kind: "postgres", url } }];
  return [
    { name: "sqlite", target: { kind: "sqlite", file: ":memory:" } },
    { name: "pglite", target: { kind: "pglite" } },
  ];
}

const TABLES = [
  "idempotency_keys",
  "department_requests",
  "commitment_history",
  "commitments",
  "contributions",
  "agenda_attendees",
  "agendas",
  "directory_users",
  "departments",
  "objectives",
] as const;

/** Empties every table (children first) so each test starts clean on a shared database. */
export async function truncateAll(handle: DbHandle): Promise<void> {
  for (const table of TABLES) await sql`delete from ${sql.table(table)}`.execute(handle.db);
}

/**
 * `describeStorage("agendas", (ctx) => { it(..., async () => { ctx.db ... }) })` runs the block
 * once per database; the database is opened once per block and emptied before each test.
 */
export function describeStorage(title: string, body: (ctx: { readonly db: DbHandle["db"]; readonly handle: DbHandle }) => void) {
  for (const { name, target } of storageTargets()) {
    describe(`${title} [${name}]`, () => {
      let handle: DbHandle | undefined;
      const ctx = {
        get db() {
          if (!handle) throw new Error("database not open yet");
          return handle.db;
        },
        get handle() {
          if (!handle) throw new Error("database not open yet");
          return handle;
        },
      };
      beforeAll(async () => {
        handle = await createDb(target);
      });
      beforeEach(async () => {
        if (handle) await truncateAll(handle);
      });
      afterAll(async () => {
        await handle?.close();
      });
      body(ctx);
    });
  }
}
