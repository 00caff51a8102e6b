// A tenant's data rights on every database we support (SQLite and PGlite in `npm test`, PostgreSQL in
// `npm run test:postgres`): export everything, delete everything, remove one person, retention.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REMOVED_EMAIL_DOMAIN, REMOVED_PERSON_NAME, forgetPerson } from "../../../src/server/data-rights/person-forget";
import { listAudit } from "../../../src/server/data-rights/audit";
import { purgeExpired, setRetentionDays } from "../../../src/server/data-rights/retention";
import { deleteTenantData } from "../../../src/server/data-rights/tenant-delete";
import { EXPORT_FORMAT, tenantJsonLines } from "../../../src/server/data-rights/tenant-export";
import { TENANT_TABLES } from "../../../src/server/data-rights/tenant-data-map";
import { isPostgres } from "../../../src/server/db/dialect";
import type { Db } from "../../../src/server/db/database";
import { buildTestApp, type TestApp } from "../api-helper";
import { auth, seedTenantData, type SeededTenant } from "../data-rights/data-rights-fixtures";
import { storageTargets } from "./storage-targets";

const ADMIN = { id: "admin-oid", email: "admin@contoso.example" };

async function countsOf(db: Db, tenantId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TENANT_TABLES) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(t.table)} where tenant_id = ${tenantId}`.execute(db);
    out[t.table] = Number(r.rows[0]?.n ?? 0);
  }
  return out;
}

async function exportOf(db: Db, tenantId: string, pageSize?: number) {
  const lines: string[] = [];
  for await (const chunk of tenantJsonLines(db, tenantId, pageSize ? { pageSize } : {})) lines.push(...chunk.split("\n").filter((l) => l !== ""));
  const [header, ...rows] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { header: header!, rows: rows as { table: string; row: Record<string, unknown> }[], text: lines.join("\n") };
}

async function tablesWithTenantId(db: Db): Promise<string[]> {
  if (isPostgres(db)) {
    const r = await sql<{ table_name: string }>`select table_name from information_schema.columns where column_name = 'tenant_id' and table_schema = current_schema()`.execute(db);
    return r.rows.map((x) => x.table_name).sort();
  }
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
  const out: string[] = [];
  for (const { name } of tables.rows) {
    const cols = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(db);
    if (cols.rows.some((c) => c.name === "tenant_id")) out.push(name);
  }
  return out.sort();
}

for (const { name, target } of storageTargets()) {
  describe(`data rights [${name}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp({ target, env: { RATE_LIMIT_PER_MINUTE: "0" } });
    }, 60_000);
    afterAll(async () => t?.close());

    it("every table with a tenant_id column is covered by export, deletion and the privacy page", async () => {
      expect(TENANT_TABLES.map((x) => x.table).sort()).toEqual(await tablesWithTenantId(t.db));
    });

    it("exports every row of the tenant as JSON lines, table by table, paged by key — and nothing of another tenant", async () => {
      const a = await seedTenantData(t);
      const b = await seedTenantData(t);
      const counts = await countsOf(t.db, a.tenantId);
      // The seed reaches every kind of row a tenant can have except the multi-tenant and retention tables.
      const empty = Object.entries(counts).filter(([, n]) => n === 0).map(([table]) => table);
      expect(empty.sort()).toEqual(["data_rights_audit", "tenant_settings", "tenants"]);
      const full = await exportOf(t.db, a.tenantId);
      expect(full.header).toMatchObject({ format: EXPORT_FORMAT, version: 1, tenantId: a.tenantId, tables: TENANT_TABLES.map((x) => x.table) });
      const exported: Record<string, number> = {};
      for (const { table, row } of full.rows) {
        exported[table] = (exported[table] ?? 0) + 1;
        expect(row.tenant_id).toBe(a.tenantId);
      }
      expect(exported).toEqual(Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)));
      for (const marker of [b.tenantId, b.person.email, b.agenda.id]) expect(full.text).not.toContain(marker);
      expect(full.text).toContain(a.person.name);
      // Pages of 2 rows (composite keys included) give the same rows in the same order.
      expect((await exportOf(t.db, a.tenantId, 2)).rows).toEqual(full.rows);
    });

    it("deletes all of a tenant's data in one go, keeping one audit row as proof; another tenant keeps everything", async () => {
      const a = await seedTenantData(t);
      const b = await seedTenantData(t);
      const before = await countsOf(t.db, b.tenantId);
      const dashboardBefore = (await t.app.inject({ method: "GET", url: "/api/dashboard/summary", headers: auth(b.tokens.pmo) })).body;
      const deleted = await deleteTenantData(t.db, a.tenantId, ADMIN);
      expect(deleted.commitments).toBe(2);
      const after = await countsOf(t.db, a.tenantId);
      expect(after).toEqual({ ...Object.fromEntries(TENANT_TABLES.map((x) => [x.table, 0])), data_rights_audit: 1 });
      const [proof] = await listAudit(t.db, a.tenantId);
      expect(proof).toMatchObject({ action: "delete_tenant", actorId: ADMIN.id, actorEmail: ADMIN.email });
      expect(JSON.stringify(proof)).not.toContain(a.person.email);
      expect(await countsOf(t.db, b.tenantId)).toEqual(before);
      expect((await t.app.inject({ method: "GET", url: "/api/dashboard/summary", headers: auth(b.tokens.pmo) })).body).toBe(dashboardBefore);
    });

    it("anonymises one person: their contributions and commitments keep the department but lose name, email and object id", async () => {
      const a = await seedTenantData(t);
      const b = await seedTenantData(t);
      const bBefore = await exportOf(t.db, b.tenantId);
      const counts = await forgetPerson(t.db, a.tenantId, { email: a.person.email.toUpperCase(), objectId: null, mode: "anonymise", reference: "REQ-42" }, ADMIN);
      // The contribution twice: as its author, and their name in its text.
      expect(counts.contributions?.anonymised).toBe(2);
      const after = await exportOf(t.db, a.tenantId);
      for (const needle of [a.person.email, a.person.name]) expect(after.text.toLowerCase()).not.toContain(needle.toLowerCase());
      const contribution = after.rows.find((r) => r.table === "contributions")!.row;
      // Their full name is replaced where people wrote it, too.
      expect(contribution).toMatchObject({ department: a.person.department, author_name: REMOVED_PERSON_NAME, text: `${REMOVED_PERSON_NAME} が提案書を用意します` });
      expect(String(contribution.author_email)).toMatch(new RegExp(`@${REMOVED_EMAIL_DOMAIN.replace(".", "\\.")}$`));
      const owned = after.rows.find((r) => r.table === "commitments" && r.row.id === a.owned.id)!.row;
      expect(owned).toMatchObject({ owner_department: a.person.department, owner_name: REMOVED_PERSON_NAME, action: "提案書を作る" });
      const attendee = after.rows.find((r) => r.table === "agenda_attendees" && r.row.department === a.person.department)!.row;
      expect(attendee.name).toBe(REMOVED_PERSON_NAME);
      // Their request keeps its departments and the other's answer; who asked is gone.
      const request = after.rows.find((r) => r.table === "department_requests")!.row;
      expect(request).toMatchObject({ from_department: a.person.department, to_department: "技術部", asked_by_name: REMOVED_PERSON_NAME, answered_by_name: a.other.name, response_text: "来月なら貸せます" });
      // Rows that exist only for them are gone: directory entry, reminder ledger and digest, idempotency answer.
      expect(after.rows.filter((r) => r.table === "directory_users").map((r) => r.row.email)).not.toContain(a.person.email);
      expect(after.rows.some((r) => r.table === "reminder_sends" || r.table === "outbox_messages")).toBe(false);
      expect(after.rows.some((r) => r.table === "idempotency_keys")).toBe(false);
      // Everyone else is as they were; the other tenant too.
      expect(after.text).toContain(a.other.name);
      expect((await exportOf(t.db, b.tenantId)).rows).toEqual(bBefore.rows);
      // The PMO's search can't find them any more; their commitment is still counted.
      const search = await t.app.inject({ method: "GET", url: "/api/commitments", query: { q: a.person.name.slice(0, 4) }, headers: auth(a.tokens.pmo) });
      expect(search.statusCode).toBe(200);
      expect((search.json() as { items: unknown[] }).items).toEqual([]);
      const audit = (await listAudit(t.db, a.tenantId)).find((e) => e.action === "forget_person")!;
      expect(audit).toMatchObject({ actorEmail: ADMIN.email, details: { mode: "anonymise", reference: "REQ-42" } });
      expect(JSON.stringify(audit).toLowerCase()).not.toContain(a.person.email);
    });

    it("deletes one person's own content (their contributions and the commitments they own); what others own stays, anonymised", async () => {
      const a = await seedTenantData(t);
      await forgetPerson(t.db, a.tenantId, { email: a.person.email, mode: "delete" }, ADMIN);
      const after = await exportOf(t.db, a.tenantId);
      expect(after.rows.filter((r) => r.table === "contributions")).toEqual([]);
      const commitments = after.rows.filter((r) => r.table === "commitments").map((r) => r.row);
      expect(commitments.map((c) => c.id)).toEqual([a.createdByPerson.id]);
      expect(String(commitments[0]!.created_by_email)).toContain(REMOVED_EMAIL_DOMAIN);
      expect(after.rows.some((r) => r.table === "commitment_links")).toBe(false);
      expect(after.rows.some((r) => r.table === "department_requests")).toBe(false);
      expect(after.text.toLowerCase()).not.toContain(a.person.email);
      expect(after.text).not.toContain(a.person.name);
    });

    it("retention: deletes finished agendas after the set days (cascading), keeps those with open commitments or not yet due; drops old idempotency answers", async () => {
      const old = await seedTenantData(t, { endsDaysAgo: 40 });
      const recent = await seedTenantData(t, { endsDaysAgo: 10 });
      // old: close both commitments, so its agenda is finished; a second old agenda keeps one open.
      for (const id of [old.owned.id, old.createdByPerson.id]) {
        const res = await t.app.inject({ method: "PATCH", url: `/api/commitments/${id}`, headers: auth(old.tokens.organizer), payload: { status: "done" } });
        expect(res.statusCode, res.body).toBe(200);
      }
      const stillOpen = await seedTenantData(t, { endsDaysAgo: 40 });
      for (const s of [old, recent, stillOpen]) await setRetentionDays(t.db, s.tenantId, 30, ADMIN);
      await sql`update idempotency_keys set created_at = ${new Date(Date.now() - 25 * 3_600_000).toISOString()} where tenant_id = ${recent.tenantId}`.execute(t.db);
      const result = await purgeExpired(t.db);
      expect(result.agendas).toEqual({ [old.tenantId]: 1 });
      expect(result.idempotencyKeys).toBeGreaterThanOrEqual(1);
      const oldAfter = await countsOf(t.db, old.tenantId);
      expect(oldAfter).toMatchObject({ agendas: 0, agenda_attendees: 0, contributions: 0, commitments: 0, commitment_history: 0, commitment_links: 0, department_requests: 0 });
      expect((await countsOf(t.db, recent.tenantId)).agendas).toBe(1);
      expect((await countsOf(t.db, recent.tenantId)).idempotency_keys).toBe(0);
      expect((await countsOf(t.db, stillOpen.tenantId)).agendas).toBe(1);
      expect((await listAudit(t.db, old.tenantId)).map((e) => e.action)).toEqual(["retention_purge", "set_retention"]);
      // Nothing more to do on a second run.
      expect((await purgeExpired(t.db)).agendas).toEqual({});
    });
  });
}
