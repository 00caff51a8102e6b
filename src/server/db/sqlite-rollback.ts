// After SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM or SQLITE_BUSY inside a transaction, SQLite may roll the
// transaction back by itself. Kysely then sends its own ROLLBACK, which fails with "cannot rollback -
// no transaction is active" — and that error replaces the real one, so the log said neither "disk
// full" nor anything useful. A ROLLBACK with no transaction open is therefore a no-op here, and the
// error that caused it is the one reported.
import type { SqliteDatabase, SqliteStatement } from "kysely";

const NOTHING_TO_ROLL_BACK: SqliteStatement = {
  reader: false,
  all: () => [],
  run: () => ({ changes: 0, lastInsertRowid: 0 }),
  iterate: () => [][Symbol.iterator](),
};

/** `database` whose ROLLBACK (to a savepoint or not) does nothing when SQLite already rolled back. */
export function tolerateAutoRollback<D extends SqliteDatabase>(database: D, sqlite: { readonly inTransaction: boolean }): D {
  const prepare = database.prepare.bind(database);
  return Object.assign(Object.create(database) as D, {
    prepare(sql: string) {
      if (!sqlite.inTransaction && /^\s*rollback\b/i.test(sql)) return NOTHING_TO_ROLL_BACK;
      return prepare(sql);
    },
    close: () => database.close(),
  });
}
