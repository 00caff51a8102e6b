// `npm run data`: the same actions from the command line, audited with the operating-system user.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "../../../src/server/data-rights/audit";
import { CliError, runDataCli } from "../../../src/server/data-rights/data-cli";
import { getRetentionDays } from "../../../src/server/data-rights/retention";
import { tenantStatus } from "../../../src/server/tenants/tenant-registry";
import { buildTestApp, type TestApp } from "../api-helper";
import { seedTenantData } from "./data-rights-fixtures";

let t: TestApp;
const out = mkdtempSync(path.join(tmpdir(), "cp-data-cli-"));
beforeAll(async () => {
  t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: "0" } });
});
afterAll(async () => {
  await t?.close();
  rmSync(out, { recursive: true, force: true });
});

const ACTOR = { id: "cli:ops@host", email: "cli:ops@host" };
async function run(...argv: string[]): Promise<string[]> {
  const lines: string[] = [];
  await runDataCli(argv, t.db, { out: (l) => lines.push(l) }, ACTOR);
  return lines;
}

describe("npm run data", () => {
  it("exports the tenant as JSON lines plus the commitments as CSV (BOM, Japanese headers) and XLSX", async () => {
    const s = await seedTenantData(t);
    const dir = path.join(out, "export");
    const lines = await run("export", s.tenantId, "--out", dir);
    expect(lines[0]).toMatch(/\.jsonl$/);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(3);
    const jsonl = readFileSync(path.join(dir, files.find((f) => f.endsWith(".jsonl"))!), "utf8").trim().split("\n");
    expect(JSON.parse(jsonl[0]!)).toMatchObject({ tenantId: s.tenantId });
    const csv = readFileSync(path.join(dir, files.find((f) => f.endsWith(".csv"))!), "utf8");
    // A due date is a calendar day: its header names no time zone; the times' headers do.
    expect(csv).toMatch(/^\uFEFF期限,担当者/);
    expect(csv).toMatch(/,作成日時（[^）]+）,/);
    expect(csv.trim().split("\n")).toHaveLength(3);
    const xlsx = unzipSync(new Uint8Array(readFileSync(path.join(dir, files.find((f) => f.endsWith(".xlsx"))!))));
    expect(Object.keys(xlsx)).toContain("xl/worksheets/sheet1.xml");
    expect((await listAudit(t.db, s.tenantId))[0]).toMatchObject({ action: "export", actorEmail: "cli:ops@host", details: { format: "jsonl+csv+xlsx" } });
  });

  it("forgets a person, sets retention, enables and disables, deletes — each audited", async () => {
    const s = await seedTenantData(t);
    expect((await run("forget", s.tenantId, "--email", s.person.email, "--reference", "REQ-9")).join("\n")).toMatch(/contributions\s+2 anonymised/);
    await run("retention", s.tenantId, "--days", "90");
    expect(await getRetentionDays(t.db, s.tenantId)).toBe(90);
    await run("retention", s.tenantId, "--days", "off");
    expect(await getRetentionDays(t.db, s.tenantId)).toBeNull();
    await run("enable-tenant", s.tenantId);
    expect(await tenantStatus(t.db, s.tenantId)).toBe("enabled");
    expect(await run("disable-tenant", s.tenantId)).toEqual([`${s.tenantId}: disabled`]);
    expect((await run("purge"))[0]).toMatch(/^Deleted 0 finished agendas and \d+ old idempotency answers$/);
    await expect(run("delete-tenant", s.tenantId)).rejects.toThrow(/--confirm/);
    expect((await run("delete-tenant", s.tenantId, "--confirm", s.tenantId))[0]).toMatch(/^Deleted \d+ rows of /);
    const audit = await run("audit", s.tenantId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatch(/delete_tenant\s+cli:ops@host/);
  });

  it("explains its usage and refuses bad arguments", async () => {
    await expect(run()).rejects.toThrow(CliError);
    await expect(run("frobnicate")).rejects.toThrow(/Unknown command 'frobnicate'/);
    await expect(run("forget", "t-1")).rejects.toThrow(/--email or --object-id/);
    await expect(run("retention", "t-1", "--days", "0")).rejects.toThrow(/from 1 to 3650/);
    await expect(run("export", "t-1", "--bogus")).rejects.toThrow(/Unknown option '--bogus'/);
  });
});
