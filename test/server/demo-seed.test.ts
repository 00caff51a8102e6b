import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgendaView, Commitment, Page } from "../../src/core/api/contract";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE, DEMO_PEOPLE, OTHER_TENANT_PERSON } from "../../src/core/demo/demo-people";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../src/server/demo/demo-ids";
import { seedDemoData } from "../../src/server/demo/seed-demo";
import { buildTestApp, type TestApp } from "./api-helper";
import { storageTargets } from "./storage/storage-targets";

const count = async (t: TestApp, table: "objectives" | "departments" | "directory_users" | "agendas" | "contributions" | "commitments", tenant: string) =>
  Number(
    (await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).where("tenant_id", "=", tenant).executeTakeFirstOrThrow()).n,
  );

describe.each(storageTargets())("seedDemoData [$name]", ({ target }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ target });
    await seedDemoData(t.db);
  });
  afterAll(async () => {
    await t.close();
  });
  const get = async <T>(url: string, email: string, o: { tenantId?: string; roles?: string[] } = {}) => {
    const res = await t.app.inject({ method: "GET", url, headers: { authorization: `Bearer ${await t.tokenFor(email, o)}` } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };

  it("seeds the demo tenant's libraries and directory", async () => {
    const objectives = await get<{ title: string }[]>("/api/objectives", "hanako.sato@contoso.example");
    expect(objectives.map((o) => o.title)).toEqual([DEMO_OBJECTIVE.title]);
    const departments = await get<{ name: string; mission: string }[]>("/api/departments", "hanako.sato@contoso.example");
    expect(new Set(departments.map((d) => `${d.name}:${d.mission}`))).toEqual(new Set(DEMO_DEPARTMENTS.map((d) => `${d.name}:${d.mission}`)));
    expect(await count(t, "directory_users", DEMO_TENANT_ID)).toBe(DEMO_PEOPLE.length);
    const me = await get<{ department: string }>("/api/me", "misaki.tanaka@contoso.example");
    expect(me.department).toBe("企画部");
  });

  it("has a past meeting of 営業部 and 企画部 with contributions and 4–6 commitments (one done, one overdue)", async () => {
    const page = await get<Page<Commitment>>("/api/commitments", "satoshi.yamamoto@contoso.example", { roles: ["PMO"] });
    const today = new Date().toISOString().slice(0, 10);
    expect(page.items.length).toBeGreaterThanOrEqual(4);
    expect(page.items.length).toBeLessThanOrEqual(6);
    expect(page.items.filter((c) => c.status === "done")).toHaveLength(1);
    // Seeded meetings are scored like written ones, so the PMO's purpose-first column is filled.
    expect(page.items.every((c) => typeof c.agendaPurposeScore === "number")).toBe(true);
    expect(page.items.filter((c) => c.status === "open" && c.dueDate < today)).toHaveLength(1);
    expect(page.items.filter((c) => c.status === "open" && c.dueDate >= today).length).toBeGreaterThanOrEqual(2);
    const done = page.items.find((c) => c.status === "done");
    expect(done?.history.map((h) => h.field)).toEqual(["created", "status"]);

    const agendaId = page.items[0]?.agendaId ?? "";
    const view = await get<AgendaView>(`/api/agendas/${agendaId}`, "hanako.sato@contoso.example");
    expect(view.agenda.organizerEmail).toBe("hanako.sato@contoso.example");
    expect(view.agenda.departments.map((d) => d.name)).toEqual(["営業部", "企画部"]);
    expect(new Set(view.agenda.attendees.map((a) => a.department))).toEqual(new Set(["営業部", "企画部"]));
    expect(Date.parse(view.agenda.startsAt ?? "")).toBeLessThan(Date.now());
    expect(view.contributions.length).toBeGreaterThanOrEqual(3);
    expect(view.contributions.some((c) => c.text.includes("大手企業"))).toBe(true);
    expect(view.commitments).toHaveLength(page.items.length);
    // The seeded meeting is an ordinary agenda: attendees can keep working on it.
    const misaki = await t.tokenFor("misaki.tanaka@contoso.example");
    const mine = view.commitments.find((c) => c.ownerEmail === "misaki.tanaka@contoso.example");
    const patched = await t.app.inject({
      method: "PATCH",
      url: `/api/commitments/${mine?.id}`,
      headers: { authorization: `Bearer ${misaki}` },
      payload: { servesObjective: "更新" },
    });
    expect(patched.statusCode).toBe(200);
  });

  it("tells the story's two asks: 営業部's countered (its turn to answer), 企画部's accepted as a commitment; the happy ending is one click", async () => {
    const page = await get<Page<Commitment>>("/api/commitments", "satoshi.yamamoto@contoso.example", { roles: ["PMO"] });
    const view = await get<AgendaView>(`/api/agendas/${page.items[0]?.agendaId}`, "ichiro.suzuki@contoso.example");
    expect(view.requests?.map((r) => r.fromDepartment)).toEqual(["営業部", "企画部"]);
    const [salesAsk, planningAsk] = view.requests ?? [];
    expect(salesAsk).toMatchObject({ fromDepartment: "営業部", toDepartment: "企画部", text: "大手企業向けにAIを使った提案ができるよう、技術検討を始めてほしい", status: "countered", answeredByEmail: "misaki.tanaka@contoso.example" });
    expect(salesAsk?.responseText).toContain("提案デモ");
    expect(planningAsk).toMatchObject({ fromDepartment: "企画部", toDepartment: "営業部", text: "訪問先の業界別ニーズ（AIで何をしたいか）をまとめてほしい", status: "accepted" });
    const linked = view.commitments.find((c) => c.id === planningAsk?.commitmentId);
    expect(linked).toMatchObject({ ownerEmail: "ichiro.suzuki@contoso.example", helpsDepartment: "企画部", requestId: planningAsk?.id });
    const res = await t.app.inject({
      method: "POST",
      url: `/api/requests/${salesAsk?.id}/respond`,
      headers: { authorization: `Bearer ${await t.tokenFor("ichiro.suzuki@contoso.example")}` },
      payload: { action: "accept", owner: "misaki.tanaka@contoso.example", due: "2099-01-31" },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().request.status).toBe("accepted");
  });

  it("keeps the other tenant apart, with rows of its own", async () => {
    const who = { tenantId: OTHER_TENANT_ID, roles: ["PMO"] };
    const page = await get<Page<Commitment>>("/api/commitments", OTHER_TENANT_PERSON.email, who);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.objectiveTitle).toBe("Grow enterprise CRM in EMEA");
    const objectives = await get<{ title: string }[]>("/api/objectives", OTHER_TENANT_PERSON.email, who);
    expect(objectives.map((o) => o.title)).toEqual(["Grow enterprise CRM in EMEA"]);
    expect((await get<{ name: string }[]>("/api/departments", OTHER_TENANT_PERSON.email, who)).map((d) => d.name)).toEqual(["Sales"]);
    expect(await count(t, "agendas", OTHER_TENANT_ID)).toBe(1);
  });

  it("is idempotent: a second run adds nothing", async () => {
    const before = await Promise.all(
      (["objectives", "departments", "directory_users", "agendas", "contributions", "commitments"] as const).map((table) =>
        count(t, table, DEMO_TENANT_ID),
      ),
    );
    await seedDemoData(t.db);
    const after = await Promise.all(
      (["objectives", "departments", "directory_users", "agendas", "contributions", "commitments"] as const).map((table) =>
        count(t, table, DEMO_TENANT_ID),
      ),
    );
    expect(after).toEqual(before);
    expect(await count(t, "commitments", OTHER_TENANT_ID)).toBe(1);
  });
});
