import { mkdirSync } from "node:fs";
import path from "node:path";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import type { Database, Db } from "./database";
import { migrateToLatest } from "./migrate";
import { tolerateAutoRollback } from "./sqlite-rollback";
import { withStatementCache } from "./statement-cache";

export type DbKind = "sqlite" | "postgres";

export interface DbHandle {
  db: Db;
  kind: DbKind;
  close(): Promise<void>;
}

export type DbTarget =
  | { kind: "sqlite"; file: string } // ":memory:" for tests
  | { kind: "postgres"; url: string }
  | { kind: "pglite" }; // in-process PostgreSQL, for tests on machines without a server

/** Where the data lives, from config: DATABASE_URL wins, else SQLite under DATA_DIR. */
export function dbTargetFromConfig(config: { databaseUrl: string | null; dataDir: string }): DbTarget {
  return config.databaseUrl
    ? { kind: "postgres", url: config.databaseUrl }
    : { kind: "sqlite", file: path.join(config.dataDir, "common-purpose.db") };
}

/** Opens the database and migrates it to the latest schema. */
export async function createDb(target: DbTarget): Promise<DbHandle> {
  const handle = await open(target);
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

async function open(target: DbTarget): Promise<DbHandle> {
  if (target.kind === "sqlite") {
    const { default: SQLite } = await import("better-sqlite3");
    if (target.file !== ":memory:") mkdirSync(path.dirname(target.file), { recursive: true });
    const sqlite = new SQLite(target.file);
    // WAL: readers never block the writer and an acknowledged commit survives a process crash.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: tolerateAutoRollback(withStatementCache(sqlite), sqlite) }) });
    return { db, kind: "sqlite", close: () => db.destroy() };
  }
  if (target.kind === "postgres") {
    const { default: pg } = await import("pg");
    // A bounded connect: an unreachable host fails the start (naming it) instead of hanging forever.
    const pool = new pg.Pool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 15_000 });
    // An idle connection the server drops (a restart, a failover, an administrator) emits 'error' on
    // the pool; without a listener that would end the process. The pool replaces the connection on
    // next use, so a warning is all it takes.
    pool.on("error", (error) => process.stderr.write(`PostgreSQL: an idle connection was closed by the server (${error.message}); it will be reopened\n`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgres", close: () => db.destroy() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pglitePool } = await import("./pglite-pool");
  const pglite = new PGlite();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(pglite) as never }) });
  return {
    db,
    kind: "postgres",
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
