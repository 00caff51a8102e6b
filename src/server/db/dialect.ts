// Which database a connection talks to, for the few statements the two dialects write differently.
import { PostgresAdapter } from "kysely";
import type { Db } from "./database";

/** PostgreSQL (a server or PGlite); otherwise SQLite. */
export const isPostgres = (db: Db): boolean => db.getExecutor().adapter instanceof PostgresAdapter;
