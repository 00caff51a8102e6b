import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The storage suite and the API suite against a real PostgreSQL server (TEST_DATABASE_URL).
// Files share one database, so they run one after another.
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: [
      "test/server/storage/**/*.test.ts",
      "test/server/commitments/commitment-dialects.test.ts",
      "test/server/dashboard/**/*.test.ts",
      // Requests between departments: every transition and refusal, and the carry-forward.
      "test/server/requests/request-routes.test.ts",
      "test/server/requests/request-respond.test.ts",
      "test/server/requests/carried-requests.test.ts",
      "test/server/requests/carried-answer.test.ts",
      "test/server/requests/request-reminder-setting.test.ts",
      "test/server/requests/request-list-filters.test.ts",
      "test/postgres/**/*.test.ts",
    ],
    environment: "node",
    fileParallelism: false,
    setupFiles: ["test/postgres/clean-database.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
