// Every agenda write rescores the agenda with the coach's analysis: what one request gives it to
// analyze, and what one agenda holds, are bounded like the coach's own input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda } from "../../../src/core/api/contract";
import { CONTRIBUTIONS_PER_AGENDA_MAX, COMMITMENTS_PER_AGENDA_MAX, OBSTACLES_TEXT_MAX } from "../../../src/server/agendas/agenda-bounds";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, SALES, agendaInput, bearer } from "./agenda-fixtures";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: "0" } });
});
afterAll(async () => t.close());

async function agenda(): Promise<Agenda> {
  const res = await t.app.inject({ method: "POST", url: "/api/agendas", headers: await bearer(t, ORGANIZER), payload: agendaInput() });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Agenda>();
}

describe("bounded agenda writes", () => {
  it("obstacles hold at most 20,000 characters together: 413 naming the limit, on create and on patch", async () => {
    const tooMuch = Array.from({ length: 11 }, (_, i) => `${i % 10}${"障".repeat(1999)}`);
    expect(tooMuch.join("").length).toBeGreaterThan(OBSTACLES_TEXT_MAX);
    const create = await t.app.inject({ method: "POST", url: "/api/agendas", headers: await bearer(t, ORGANIZER), payload: agendaInput({ obstacles: tooMuch }) });
    expect(create.statusCode, create.body.slice(0, 300)).toBe(413);
    expect(create.json()).toMatchObject({ error: { code: "payload_too_large", field: "obstacles", message: expect.stringContaining("20,000 characters") } });
    const a = await agenda();
    const patch = await t.app.inject({ method: "PATCH", url: `/api/agendas/${a.id}`, headers: { ...(await bearer(t, SALES)), "if-match": `"${a.version}"` }, payload: { obstacles: tooMuch } });
    expect(patch.statusCode).toBe(413);
    const fits = await t.app.inject({ method: "PATCH", url: `/api/agendas/${a.id}`, headers: { ...(await bearer(t, SALES)), "if-match": `"${a.version}"` }, payload: { obstacles: tooMuch.slice(0, 10) } });
    expect(fits.statusCode).toBe(200);
  });

  it("an agenda holds at most 1,000 contributions and 1,000 commitments (413 beyond)", async () => {
    const a = await agenda();
    const now = new Date().toISOString();
    const fill = async (table: "contributions" | "commitments", n: number) => {
      for (let i = 0; i < n; i += 200) {
        const rows = Array.from({ length: Math.min(200, n - i) }, (_, k) =>
          table === "contributions"
            ? { id: `c-${i + k}`, tenant_id: DEMO_TENANT_ID, agenda_id: a.id, department: "営業部", author_email: SALES, author_name: "", text: `x${i + k}`, version: 1, created_at: now, updated_at: now }
            : {
                id: `m-${i + k}`, tenant_id: DEMO_TENANT_ID, agenda_id: a.id, objective_id: null, objective_title: "", owner_email: SALES, owner_name: "", owner_department: "",
                helps_department: null, action: `x${i + k}`, due_date: "2026-12-31", serves_objective: "", status: "open", contribution_id: null, created_by_email: ORGANIZER, created_at: now, updated_at: now,
              },
        );
        await t.db.insertInto(table).values(rows as never).execute();
      }
    };
    await fill("contributions", CONTRIBUTIONS_PER_AGENDA_MAX - 1);
    await fill("commitments", COMMITMENTS_PER_AGENDA_MAX - 1);
    const contribute = async () => t.app.inject({ method: "POST", url: `/api/agendas/${a.id}/contributions`, headers: await bearer(t, SALES), payload: { department: "営業部", text: "一緒に進めます" } });
    const commit = async () => t.app.inject({ method: "POST", url: `/api/agendas/${a.id}/commitments`, headers: await bearer(t, SALES), payload: { ownerEmail: SALES, action: "事例を集める", dueDate: "2026-12-20" } });
    expect((await contribute()).statusCode).toBe(201);
    const full = await contribute();
    expect(full.statusCode).toBe(413);
    expect(full.json().error.message).toContain("1,000 contributions");
    expect((await commit()).statusCode).toBe(201);
    expect((await commit()).statusCode).toBe(413);
  });
});
