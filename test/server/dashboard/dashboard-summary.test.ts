// GET /api/dashboard/summary on every database: each aggregate on a known dataset, the filters,
// PMO-only access, strict query validation and tenant isolation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DashboardSummary } from "../../../src/core/api/dashboard-contract";
import { DashboardSummary as DashboardSummarySchema } from "../../../src/core/api/dashboard-contract";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { buildTestApp, type TestApp } from "../api-helper";
import { storageTargets, truncateAll } from "../storage/storage-targets";
import { seedTenant } from "./dashboard-fixtures";

describe.each(storageTargets())("dashboard summary [$name]", ({ target }) => {
  let t: TestApp;
  let pmo: string;
  let otherPmo: string;
  let member: string;
  beforeAll(async () => {
    t = await buildTestApp({ target });
    // A real PostgreSQL server (npm run test:postgres) keeps rows between runs.
    await truncateAll({ db: t.db, kind: target.kind === "postgres" ? "postgres" : "sqlite", close: async () => {} });
    await seedTenant(t.db, DEMO_TENANT_ID);
    pmo = await t.tokenFor("satoshi.yamamoto@contoso.example", { roles: ["PMO"] });
    otherPmo = await t.tokenFor("john.smith@fabrikam.example", { tenantId: OTHER_TENANT_ID, roles: ["PMO"] });
    member = await t.tokenFor("ichiro.suzuki@contoso.example");
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (token: string, query = "") =>
    t.app.inject({ method: "GET", url: `/api/dashboard/summary${query}`, headers: { authorization: `Bearer ${token}` } });
  const summary = async (query = "") => {
    const res = await get(pmo, query);
    expect(res.statusCode).toBe(200);
    return DashboardSummarySchema.parse(res.json()) satisfies DashboardSummary;
  };

  it("counts open, overdue, done and dropped by the owner's department", async () => {
    const s = await summary("?today=2026-11-20");
    expect(s.byDepartment).toEqual([
      { department: "企画部", open: 0, overdue: 1, done: 0, dropped: 0 },
      { department: "営業部", open: 1, overdue: 0, done: 1, dropped: 1 },
    ]);
  });

  it("builds the cross-department matrix from committed-by to helps", async () => {
    const s = await summary();
    expect(s.matrix).toEqual([
      { from: "企画部", to: "営業部", total: 1, done: 0 },
      { from: "営業部", to: "企画部", total: 2, done: 1 },
    ]);
  });

  it("buckets completion and purpose scores by Monday-starting week", async () => {
    const s = await summary();
    expect(s.completionOverTime).toEqual([
      { week: "2026-11-09", created: 2, done: 1 },
      { week: "2026-11-16", created: 2, done: 0 },
    ]);
    expect(s.purposeScoreOverTime).toEqual([
      { week: "2026-11-09", averageScore: 70, meetings: 2 },
      { week: "2026-11-16", averageScore: 90, meetings: 1 },
    ]);
  });

  it("summarises each objective by department", async () => {
    const s = await summary();
    expect(s.byObjective).toEqual([
      {
        objectiveId: "o1",
        objectiveTitle: "CRMを拡大する",
        total: 3,
        done: 1,
        departments: [
          { department: "企画部", total: 1, done: 0 },
          { department: "営業部", total: 2, done: 1 },
        ],
      },
      { objectiveId: "o2", objectiveTitle: "解約を減らす", total: 1, done: 0, departments: [{ department: "営業部", total: 1, done: 0 }] },
    ]);
  });

  it("applies the objective, department and due-date filters", async () => {
    const o2 = await summary("?objective=o2");
    expect(o2.byDepartment).toEqual([{ department: "営業部", open: 0, overdue: 0, done: 0, dropped: 1 }]);
    expect(o2.purposeScoreOverTime).toEqual([{ week: "2026-11-16", averageScore: 90, meetings: 1 }]);
    const planning = await summary(`?department=${encodeURIComponent("企画部")}`);
    expect(planning.byObjective.map((o) => [o.objectiveId, o.total])).toEqual([["o1", 3]]);
    const late = await summary("?dueFrom=2026-12-01&dueTo=2026-12-31");
    expect(late.completionOverTime.reduce((n, w) => n + w.created, 0)).toBe(1);
  });

  it("refuses people without the PMO role (403)", async () => {
    const res = await get(member);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("forbidden");
  });

  it("answers 400 naming an invalid or unknown filter", async () => {
    const bad = await get(pmo, "?dueFrom=tomorrow");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toContain("dueFrom");
    const unknown = await get(pmo, "?colour=red");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain("colour");
  });

  it("shows another tenant's PMO none of these numbers", async () => {
    const res = await get(otherPmo);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ totals: { open: 0, overdue: 0, dueThisWeek: 0, done: 0, dropped: 0 }, byDepartment: [], matrix: [], completionOverTime: [], purposeScoreOverTime: [], byObjective: [] });
  });
});
