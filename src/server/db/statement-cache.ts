// Kysely's SQLite driver prepares every query anew; better-sqlite3 statements are reusable, and the
// app issues a few hundred distinct SQL texts, so keeping the prepared ones saves the SQLite parse
// and plan on every query. Only the database object Kysely sees is wrapped: the statement a caller
// gets is the one better-sqlite3 made for that exact SQL text, so `reader` and every other property
// stay what a fresh prepare would give.
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** What the cache needs of a better-sqlite3 Database. */
export interface PreparingDatabase {
  prepare(sql: string): SqliteStatement & { readonly busy?: boolean };
  close(): void;
}

export interface CachingDatabase extends SqliteDatabase {
  /** Statements held now (tests, diagnostics). */
  readonly cachedStatements: number;
}

export const DEFAULT_STATEMENT_CACHE_SIZE = 500;

/** Wraps `database` so that `prepare(sql)` reuses the statement prepared for the same SQL text (LRU). */
export function withStatementCache(database: PreparingDatabase, maxSize = DEFAULT_STATEMENT_CACHE_SIZE): CachingDatabase {
  if (!Number.isInteger(maxSize) || maxSize < 1) throw new Error("The statement cache needs a size of at least 1");
  // A Map keeps insertion order: re-inserting on use makes the first key the least recently used.
  const statements = new Map<string, SqliteStatement & { readonly busy?: boolean }>();
  return {
    prepare(sql) {
      const cached = statements.get(sql);
      // A statement still iterating (a streamed query) cannot run again until it finishes: give
      // that caller its own statement rather than break the running one.
      if (cached && !cached.busy) {
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (cached) return statement;
      statements.set(sql, statement);
      if (statements.size > maxSize) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
    get cachedStatements() {
      return statements.size;
    },
  };
}
