// Online backup under load: writes keep landing while the backup runs; the copy opens on its own,
// passes integrity_check and holds a consistent snapshot (between the counts before and after).
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupSqlite, defaultBackupFile } from "../../../src/server/backup/sqlite-backup";
import { bearer, buildWorld, type World } from "../commitments/commitment-fixtures";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const run = promisify(execFile);

describe("SQLite online backup", () => {
  let dir: string;
  let file: string;
  let w: World;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "cp-backup-"));
    file = path.join(dir, "common-purpose.db");
    w = await buildWorld({ kind: "sqlite", file });
  });
  afterEach(async () => {
    await w.t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = (db: { prepare(sql: string): { get(): unknown } }, table: string) =>
    Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
  const contribute = (i: number) =>
    w.t.app.inject({
      method: "POST",
      url: `/api/agendas/${w.agenda.id}/contributions`,
      headers: bearer(w.tokens.organizer),
      payload: { department: "営業部", text: `backup-${i} ${"x".repeat(400)}` },
    });

  // Generous timeout: on a loaded 2-core runner a hundred API writes can take 20 s.
  it("copies a live database under concurrent writes into a consistent, intact file", { timeout: 90_000 }, async () => {
    for (let i = 0; i < 80; i++) expect((await contribute(i)).statusCode).toBe(201);
    const live = new SQLite(file, { readonly: true });
    const before = count(live, "contributions");

    let writing = true;
    let written = 0;
    const writer = (async () => {
      for (let i = 1000; writing; i++) {
        expect((await contribute(i)).statusCode).toBe(201);
        written++;
      }
    })();
    const progress: number[] = [];
    const destination = path.join(dir, "copy", "backup.db");
    const result = await backupSqlite(file, destination, (p) => progress.push(p.remainingPages));
    writing = false;
    await writer;
    const after = count(live, "contributions");
    live.close();

    expect(written).toBeGreaterThan(0);
    expect(progress.length).toBeGreaterThan(0);
    expect(result.totalPages).toBeGreaterThan(0);
    const copy = new SQLite(destination, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
      const copied = count(copy, "contributions");
      expect(copied).toBeGreaterThanOrEqual(before);
      expect(copied).toBeLessThanOrEqual(after);
      expect(count(copy, "agendas")).toBe(1);
      // The snapshot is one moment: the agenda's revision counts exactly the writes it holds.
      const revision = (copy.prepare("SELECT revision FROM agendas").get() as { revision: number }).revision;
      const revisionBefore = Number(w.agenda.revision);
      expect(revision - revisionBefore).toBe(copied);
    } finally {
      copy.close();
    }
  });

  it("refuses to overwrite an existing file and names a missing database", async () => {
    await expect(backupSqlite(file, file)).rejects.toThrow(/already exists/);
    await expect(backupSqlite(path.join(dir, "none.db"), path.join(dir, "x.db"))).rejects.toThrow(/no database/);
  });

  it("names default backups by UTC time under DATA_DIR/backups", () => {
    expect(defaultBackupFile("/data", new Date("2026-11-28T12:34:56.789Z"))).toBe(
      path.join("/data", "backups", "common-purpose-20261128-123456Z.db"),
    );
  });

  it("npm run backup: prints progress for SQLite, and pg_dump guidance (exit 2) for PostgreSQL", { timeout: 60_000 }, async () => {
    const cli = [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "src/server/backup/backup-cli.ts")];
    const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dir, AUTH_MODE: "local", NODE_ENV: "development" };
    delete env.DATABASE_URL;
    const target = path.join(dir, "cli.db");
    const ok = await run(process.execPath, [...cli, target], { cwd: root, env });
    expect(ok.stdout).toMatch(/100%/);
    expect(ok.stdout).toMatch(/integrity_check ok/);
    expect(existsSync(target)).toBe(true);

    const pg = await run(process.execPath, cli, { cwd: root, env: { ...env, DATABASE_URL: "postgres://u:p@127.0.0.1:1/db" } }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(pg.code).toBe(2);
    expect(pg.stderr).toMatch(/pg_dump --format=custom/);
    expect(pg.stderr).toMatch(/pg_restore/);
  });
});
