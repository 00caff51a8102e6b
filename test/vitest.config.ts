import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));
const outside = ["test/e2e/**", "test/postgres/**", "test/durability/**", "node_modules/**"];

// Two projects: pure/server code in Node, React components in jsdom (files named *.dom.test.tsx).
export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["test/**/*.test.ts"],
          exclude: [...outside, "test/**/*.dom.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["test/**/*.dom.test.ts", "test/**/*.dom.test.tsx"],
          exclude: outside,
          setupFiles: ["test/setup-dom.ts"],
        },
      },
    ],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
