// Lets a service run on its own (opening a transaction) or as one step of a caller's transaction:
// Kysely refuses to open a transaction inside a transaction, so a caller that already holds one
// (an idempotent write storing its answer in the same commit) passes it in and the service joins it.
import type { Db } from "./database";

export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
