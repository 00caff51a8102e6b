// SQLite (WAL): SIGKILL during 2,000 concurrent idempotent writes loses no acknowledged write, and
// retries with the same keys never duplicate. See sigkill-scenario.ts.
import path from "node:path";
import { describe, it } from "vitest";
import { runSigkillScenario } from "./sigkill-scenario";

describe("SIGKILL during 2,000 concurrent writes (SQLite)", () => {
  it("keeps every acknowledged write and applies each key exactly once after retries", { timeout: 180_000 }, async () => {
    await runSigkillScenario("sqlite", {}, (dataDir) => ({ kind: "sqlite", file: path.join(dataDir, "common-purpose.db") }));
  });
});
