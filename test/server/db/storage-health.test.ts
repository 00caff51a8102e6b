// Storage trouble says what it is: a full disk or a corrupt database file is named in the log (not a
// bare "request failed"), answered 503 with Retry-After, and shown by /healthz as "degraded" — the file
// is checked with PRAGMA quick_check at start (and on a timer). A full disk is real here:
// PRAGMA max_page_count makes SQLite report SQLITE_FULL exactly as a full volume does.
import { mkdtempSync, openSync, rmSync, statSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../../../src/server/app";
import { createAuthenticator } from "../../../src/server/auth/authenticator";
import { loadConfig } from "../../../src/server/config";
import { createDb, type DbHandle } from "../../../src/server/db/create-db";
import { storageProblemOf } from "../../../src/server/db/storage-health";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";

const dirs: string[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function start(handle: DbHandle, sqliteFile?: string, logLevel = "error"): Promise<{ app: FastifyInstance; log: () => string; token: string }> {
  const lines: string[] = [];
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: logLevel, DEMO_DATA: "false" });
  const authenticator = await createAuthenticator(config, { inMemoryKeys: true });
  const app = await buildApp({
    config,
    db: handle.db,
    authenticator,
    ...(sqliteFile ? { sqliteFile } : {}),
    logStream: new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }),
  });
  await app.ready();
  cleanups.push(async () => {
    await app.close();
    await handle.close();
  });
  const token = await authenticator.local!.issue({ email: "sato@contoso.example", tenantId: DEMO_TENANT_ID });
  return { app, log: () => lines.join(""), token };
}

describe("a full disk", () => {
  it("is named in the log, answered 503 with Retry-After, and makes /healthz say degraded", async () => {
    const handle = await createDb({ kind: "sqlite", file: ":memory:" });
    const { app, log, token } = await start(handle);
    expect((await app.inject({ method: "GET", url: "/healthz" })).json()).toMatchObject({ status: "ok" });
    // No page more than the file has now: the next insert that needs one fails with SQLITE_FULL.
    const { page_count } = (await sql<{ page_count: number }>`pragma page_count`.execute(handle.db)).rows[0]!;
    await sql.raw(`pragma max_page_count = ${page_count}`).execute(handle.db);
    let res;
    for (let i = 0; i < 50; i++) {
      res = await app.inject({ method: "POST", url: "/api/objectives", headers: { authorization: `Bearer ${token}` }, payload: { title: `目的 ${i}`, description: "x".repeat(3900) } });
      if (res.statusCode !== 201) break;
    }
    expect(res!.statusCode, log().slice(0, 1500)).toBe(503);
    expect(res!.headers["retry-after"]).toBe("60");
    expect(res!.json()).toMatchObject({ error: { code: "unavailable", message: expect.stringMatching(/storage/) } });
    expect(log()).toMatch(/disk is full/);
    expect(log()).toContain("SQLITE_FULL");
    const health = await app.inject({ method: "GET", url: "/healthz" });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: "degraded", db: "sqlite", problems: [{ kind: "disk_full", message: expect.stringMatching(/disk is full/) }] });
  });
});

describe("a corrupt database file", () => {
  it("is found by the integrity check at start: logged, and /healthz says degraded", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-corrupt-"));
    dirs.push(dir);
    const file = path.join(dir, "common-purpose.db");
    const first = await createDb({ kind: "sqlite", file });
    // Enough rows that their table spans pages well away from the schema on page 1.
    for (let i = 0; i < 40; i++) {
      await first.db.insertInto("objectives").values({ id: `o${i}`, tenant_id: DEMO_TENANT_ID, title: `目的 ${i}`, description: "x".repeat(2000), created_by: "a", created_at: "2026-12-01T00:00:00.000Z" }).execute();
    }
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(first.db);
    await first.close();
    const size = statSync(file).size;
    const fd = openSync(file, "r+");
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, size - 8 * 4096);
    closeSync(fd);

    const { app, log } = await start(await createDb({ kind: "sqlite", file }), file);
    await expect.poll(async () => (await app.inject({ method: "GET", url: "/healthz" })).json().status, { timeout: 10_000 }).toBe("degraded");
    const health = (await app.inject({ method: "GET", url: "/healthz" })).json();
    expect(health, JSON.stringify(health)).toMatchObject({ problems: [{ kind: "corrupt", message: expect.stringMatching(/corrupt/) }] });
    expect(log()).toMatch(/database integrity check failed: the database file is corrupt/);
  });

  it("an intact file passes the check and /healthz stays ok", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-intact-"));
    dirs.push(dir);
    const file = path.join(dir, "common-purpose.db");
    const { app, log } = await start(await createDb({ kind: "sqlite", file }), file, "info");
    await expect.poll(() => log(), { timeout: 10_000 }).toContain("database integrity check passed");
    expect(log()).not.toMatch(/"level":50/);
    expect((await app.inject({ method: "GET", url: "/healthz" })).json()).toEqual({ status: "ok", db: "sqlite", authMode: "local" });
  });
});

describe("storageProblemOf", () => {
  it("reads SQLite's result codes and PostgreSQL's SQLSTATEs", () => {
    expect(storageProblemOf({ code: "SQLITE_FULL" })).toBe("disk_full");
    expect(storageProblemOf({ code: "SQLITE_IOERR_WRITE" })).toBe("io_error");
    expect(storageProblemOf({ code: "SQLITE_CORRUPT_INDEX" })).toBe("corrupt");
    expect(storageProblemOf({ code: "SQLITE_NOTADB" })).toBe("corrupt");
    expect(storageProblemOf({ code: "53100" })).toBe("disk_full");
    expect(storageProblemOf({ code: "XX001" })).toBe("corrupt");
    expect(storageProblemOf({ code: "SQLITE_CONSTRAINT_UNIQUE" })).toBeUndefined();
    expect(storageProblemOf({ code: "23505" })).toBeUndefined();
    expect(storageProblemOf(new Error("x"))).toBeUndefined();
  });
});
