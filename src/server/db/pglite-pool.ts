import type { PGlite } from "@electric-sql/pglite";

// Kysely's PostgresDialect wants a pg-style Pool. PGlite is one in-process connection, so this
// "pool" hands it to one caller at a time: transactions can't interleave on the shared session.
export function pglitePool(pg: PGlite) {
  let queue: Promise<void> = Promise.resolve();
  return {
    async connect() {
      let release!: () => void;
      const turn = new Promise<void>((r) => (release = r));
      const previous = queue;
      queue = queue.then(() => turn);
      await previous;
      return {
        async query(sql: string, params: unknown[]) {
          const result = await pg.query(sql, params);
          const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "";
          return { command, rowCount: result.affectedRows ?? 0, rows: result.rows };
        },
        release() {
          release();
        },
      };
    },
    async end() {
      await queue;
    },
  };
}
