// The dashboard bench prints the query plan of any row over its goal: plans() must find the
// statements a first page and a summary run, and explain each, on a real (small) database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../../../src/server/db/create-db";
import { plans } from "./explain";
import { agendasSql, commitmentsSql, departmentsSql, objectivesSql, type TenantShape } from "./seed-sql";

const SHAPE: TenantShape = { tenantId: "bench-big", prefix: "b", commitments: 2_000, meetings: 50, departments: 50, objectives: 200, owners: 100 };
const PRINCIPAL = { tenantId: SHAPE.tenantId, userId: "pmo", email: "pmo@bench.example", name: "PMO", roles: ["PMO"], isPmo: true };

let dir = "";
let file = "";
let handle: DbHandle | undefined;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cp-explain-"));
  file = path.join(dir, "bench.db");
  handle = await createDb({ kind: "sqlite", file });
  for (const statement of [objectivesSql, departmentsSql, agendasSql, commitmentsSql]) await sql.raw(statement("sqlite", SHAPE)).execute(handle.db);
  await sql`analyze`.execute(handle.db);
});
afterAll(async () => {
  await handle?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("dashboard bench query plans", () => {
  it("explains the statements of a first page and of a summary, by their row names", async () => {
    const found = await plans({ kind: "sqlite", file }, PRINCIPAL, [
      { kind: "list", name: "status=open" },
      { kind: "summary", name: "whole tenant" },
    ]);
    const list = found.get("list: status=open") ?? "";
    expect(list).toMatch(/from "commitments"/);
    expect(list).toMatch(/SEARCH|SCAN/);
    expect(found.get("summary: whole tenant") ?? "").toMatch(/SEARCH|SCAN/);
  });

  it("names a query it does not know", async () => {
    await expect(plans({ kind: "sqlite", file }, PRINCIPAL, [{ kind: "list", name: "nope" }])).rejects.toThrow(/no first-page query named nope/);
  });
});
