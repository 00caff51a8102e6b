// The server must outlive PostgreSQL closing an idle pooled connection (a restart, a failover, an
// administrator's pg_terminate_backend): without a pool 'error' listener Node ends the process.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../../src/server/db/create-db";

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)("an idle PostgreSQL connection closed by the server", () => {
  let h: DbHandle;
  let admin: DbHandle;
  beforeAll(async () => {
    h = await createDb({ kind: "postgres", url: url as string });
    admin = await createDb({ kind: "postgres", url: url as string });
  });
  afterAll(async () => {
    await h?.close();
    await admin?.close();
  });

  it("is replaced on next use and the process keeps running", async () => {
    const before = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(h.db);
    const pid = before.rows[0]!.pid;
    const killed = await sql<{ ok: boolean }>`select pg_terminate_backend(${pid}) as ok`.execute(admin.db);
    expect(killed.rows[0]!.ok).toBe(true);
    // Let the idle client see the termination (and the pool emit 'error').
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(h.db);
    expect(after.rows[0]!.pid).not.toBe(pid);
  });
});
