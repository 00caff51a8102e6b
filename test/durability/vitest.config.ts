import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Crash tests that start, SIGKILL and restart the real server (SQLite). Too slow for `npm test`
// on a small machine (a minute or more), so `npm run test:durability` runs them on their own.
// The PostgreSQL variant lives in test/postgres/sigkill.test.ts (npm run test:postgres).
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/durability/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
