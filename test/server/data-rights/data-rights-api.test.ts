// /api/admin/*: who may call what, and what each answers (the work itself is tested on every
// database in test/server/storage/data-rights.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FORMAT } from "../../../src/server/data-rights/tenant-export";
import { buildTestApp, type TestApp } from "../api-helper";
import { auth, seedTenantData, type SeededTenant } from "./data-rights-fixtures";

let t: TestApp;
let s: SeededTenant;
beforeAll(async () => {
  t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: "0" } });
  s = await seedTenantData(t);
});
afterAll(async () => t?.close());

const call = (method: "GET" | "POST" | "PUT", url: string, token: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: auth(token), ...(payload !== undefined ? { payload: payload as string } : {}) });

describe("data-rights API", () => {
  it("only administrators (app role Admin) change anything; PMOs may export and read the audit; others nothing", async () => {
    const routes: [("GET" | "POST" | "PUT"), string, unknown?][] = [
      ["GET", "/api/admin/tenant"],
      ["GET", "/api/admin/export.jsonl"],
      ["GET", "/api/admin/audit"],
      ["POST", "/api/admin/delete-tenant-data", { confirmTenantId: s.tenantId }],
      ["POST", "/api/admin/forget-person", { email: s.person.email, mode: "anonymise" }],
      ["PUT", "/api/admin/retention", { finishedAgendaDays: 30 }],
    ];
    for (const [method, url, body] of routes) {
      const res = await call(method, url, s.tokens.person, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.message).toMatch(/administrators \(app role Admin\)/);
    }
    for (const [method, url, body] of routes) {
      const res = await call(method, url, s.tokens.pmo, body);
      expect(res.statusCode, `PMO ${method} ${url}`).toBe(url.endsWith("tenant") || url.endsWith("export.jsonl") || url.endsWith("audit") ? 200 : 403);
    }
  });

  it("streams the export as JSON lines with a file name, and audits it", async () => {
    const res = await call("GET", "/api/admin/export.jsonl", s.tokens.admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/x-ndjson; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(new RegExp(`attachment; filename="common-purpose-${s.tenantId}-\\d{4}-\\d\\d-\\d\\d\\.jsonl"`));
    expect(res.headers["cache-control"]).toBe("no-store");
    const lines = res.body.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ format: EXPORT_FORMAT, tenantId: s.tenantId });
    expect(lines.filter((l) => l.table === "commitments")).toHaveLength(2);
    await expect
      .poll(async () => ((await call("GET", "/api/admin/audit", s.tokens.admin)).json() as { action: string; actorEmail: string; details: { complete?: boolean } }[])[0])
      .toMatchObject({ action: "export", actorEmail: expect.stringMatching(/^admin@/), details: { complete: true } });
  });

  it("sets the retention (1 to 3650 days, or none) and says what is wrong otherwise", async () => {
    expect((await call("PUT", "/api/admin/retention", s.tokens.admin, { finishedAgendaDays: 0 })).json().error.field).toBe("finishedAgendaDays");
    expect((await call("PUT", "/api/admin/retention", s.tokens.admin, { finishedAgendaDays: 365 })).json()).toEqual({ finishedAgendaDays: 365 });
    expect((await call("GET", "/api/admin/tenant", s.tokens.admin)).json()).toMatchObject({ finishedAgendaRetentionDays: 365, status: "enabled" });
    expect((await call("PUT", "/api/admin/retention", s.tokens.admin, { finishedAgendaDays: null })).statusCode).toBe(200);
    expect((await call("GET", "/api/admin/tenant", s.tokens.admin)).json().finishedAgendaRetentionDays).toBeNull();
  });

  it("removes one person on request, by email (local mode finds their object id too)", async () => {
    expect((await call("POST", "/api/admin/forget-person", s.tokens.admin, { mode: "anonymise" })).json().error.field).toBe("email");
    const res = await call("POST", "/api/admin/forget-person", s.tokens.admin, { email: s.person.email, mode: "anonymise", reference: "REQ-7" });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { anonymised: Record<string, number>; deleted: Record<string, number> };
    expect(body.anonymised).toMatchObject({ contributions: 2, agenda_attendees: 1 });
    // Their idempotency answer is found by their (local) object id.
    expect(body.deleted).toMatchObject({ directory_users: 1, idempotency_keys: 1 });
    const view = await call("GET", `/api/agendas/${s.agenda.id}`, s.tokens.organizer);
    expect(view.body).not.toContain(s.person.email);
  });

  it("deletes the whole tenant only when its id is typed again", async () => {
    const wrong = await call("POST", "/api/admin/delete-tenant-data", s.tokens.admin, { confirmTenantId: "someone-else" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ field: "confirmTenantId", message: expect.stringContaining(s.tenantId) });
    const res = await call("POST", "/api/admin/delete-tenant-data", s.tokens.admin, { confirmTenantId: s.tenantId.toUpperCase() });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().deleted).toMatchObject({ agendas: 1, commitments: 2 });
    expect((await call("GET", `/api/agendas/${s.agenda.id}`, s.tokens.organizer)).statusCode).toBe(404);
    const audit = (await call("GET", "/api/admin/audit", s.tokens.admin)).json() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(["delete_tenant"]);
  });
});
