import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// End-to-end: the built client served by the real server, driven in Debian's Chromium.
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
