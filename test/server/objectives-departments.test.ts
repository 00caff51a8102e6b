import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Department, Objective } from "../../src/core/api/contract";
import { OTHER_TENANT_ID } from "../../src/server/demo/demo-ids";
import { buildTestApp, type TestApp } from "./api-helper";

let t: TestApp;
let alice: string;
let bob: string;
let other: string;
let pmo: string;
beforeEach(async () => {
  t = await buildTestApp();
  alice = await t.tokenFor("alice@contoso.example");
  bob = await t.tokenFor("bob@contoso.example");
  other = await t.tokenFor("john.smith@fabrikam.example", { tenantId: OTHER_TENANT_ID, roles: ["PMO"] });
  pmo = await t.tokenFor("satoshi.yamamoto@contoso.example", { roles: ["PMO"] });
});
afterEach(async () => {
  await t.close();
});

const call = (method: "GET" | "POST" | "PUT", url: string, token: string | null, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method,
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
const countRows = async (table: "objectives" | "departments") =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

describe("objectives", () => {
  it("any tenant user adds; the library lists newest first; another tenant sees nothing", async () => {
    const first = await call("POST", "/api/objectives", alice, { title: "  大手企業向けのCRMビジネスを拡大する  " });
    expect(first.statusCode).toBe(201);
    expect(first.json<Objective>()).toMatchObject({ title: "大手企業向けのCRMビジネスを拡大する", description: "" });
    await new Promise((r) => setTimeout(r, 5));
    const second = await call("POST", "/api/objectives", bob, { title: "採用を強化する", description: "今期" });
    const list = await call("GET", "/api/objectives", alice);
    expect(list.json<Objective[]>().map((o) => o.id)).toEqual([second.json<Objective>().id, first.json<Objective>().id]);
    expect((await call("GET", "/api/objectives", other)).json()).toEqual([]);
    const stored = await t.db.selectFrom("objectives").select(["tenant_id", "created_by"]).where("id", "=", first.json<Objective>().id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ tenant_id: "6f1c2b1e-3a52-4c1e-9d0b-5a0c1e0d1a01", created_by: "alice@contoso.example" });
  });

  it("the tenant comes from the token, never from the body", async () => {
    const res = await call("POST", "/api/objectives", alice, { title: "x", tenantId: OTHER_TENANT_ID });
    expect(res.statusCode).toBe(400);
    expect(await countRows("objectives")).toBe(0);
  });

  it.each([
    [{}, "title"],
    [{ title: "   " }, "title"],
    [{ title: "x".repeat(501) }, "title"],
    [{ title: "x", description: 5 }, "description"],
  ])("400 for %j naming %s and writes nothing", async (payload, field) => {
    const res = await call("POST", "/api/objectives", alice, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(await countRows("objectives")).toBe(0);
  });

  it("PUT changes only what it sends: a rename keeps the mission", async () => {
    const sales = await call("POST", "/api/departments", alice, { name: "営業部", mission: "新規開拓" });
    const renamed = await call("PUT", `/api/departments/${sales.json<Department>().id}`, pmo, { name: "営業本部" });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json<Department>()).toMatchObject({ name: "営業本部", mission: "新規開拓" });
  });

  it("401 without a token", async () => {
    expect((await call("GET", "/api/objectives", null)).statusCode).toBe(401);
    expect((await call("POST", "/api/objectives", null, { title: "x" })).statusCode).toBe(401);
  });

  it("an idempotent retry creates one objective", async () => {
    const a = await call("POST", "/api/objectives", alice, { title: "x" }, { "idempotency-key": "obj-1" });
    const b = await call("POST", "/api/objectives", alice, { title: "x" }, { "idempotency-key": "obj-1" });
    expect(b.statusCode).toBe(201);
    expect(b.json()).toEqual(a.json());
    expect(await countRows("objectives")).toBe(1);
  });
});

describe("departments", () => {
  it("creates, lists by name, and updates the mission", async () => {
    const sales = await call("POST", "/api/departments", alice, { name: "営業部", mission: "新規開拓" });
    expect(sales.statusCode).toBe(201);
    await call("POST", "/api/departments", bob, { name: "企画部" });
    await call("POST", "/api/departments", bob, { name: "Aardvark" });
    const names = (await call("GET", "/api/departments", alice)).json<Department[]>().map((d) => d.name);
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(3);
    const id = sales.json<Department>().id;
    const refused = await call("PUT", `/api/departments/${id}`, bob, { mission: "勝手に変えた" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain("PMO");
    const updated = await call("PUT", `/api/departments/${id}`, pmo, { mission: "大手企業の取引先を獲得する" });
    expect(updated.statusCode).toBe(200);
    expect(updated.json<Department>()).toMatchObject({ id, name: "営業部", mission: "大手企業の取引先を獲得する" });
    expect((await call("GET", "/api/departments", other)).json()).toEqual([]);
  });

  it("409 naming name for a duplicate in the tenant; the same name is fine in another tenant", async () => {
    await call("POST", "/api/departments", alice, { name: "営業部" });
    const dup = await call("POST", "/api/departments", bob, { name: "営業部", mission: "x" });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: "conflict", field: "name" });
    expect((await call("POST", "/api/departments", other, { name: "営業部" })).statusCode).toBe(201);
    const planning = await call("POST", "/api/departments", alice, { name: "企画部" });
    const rename = await call("PUT", `/api/departments/${planning.json<Department>().id}`, pmo, { name: "営業部" });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().error.field).toBe("name");
  });

  it("PUT: 404 for an unknown id and for another tenant's department; 400 naming the field", async () => {
    const sales = await call("POST", "/api/departments", alice, { name: "営業部" });
    const id = sales.json<Department>().id;
    expect((await call("PUT", "/api/departments/nope", pmo, { mission: "x" })).statusCode).toBe(404);
    expect((await call("PUT", `/api/departments/${id}`, other, { mission: "x" })).statusCode).toBe(404);
    const bad = await call("PUT", `/api/departments/${id}`, pmo, { mission: "x".repeat(2001) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("mission");
    const blank = await call("PUT", `/api/departments/${id}`, pmo, { name: " " });
    expect(blank.json().error.field).toBe("name");
    const stored = await t.db.selectFrom("departments").select(["name", "mission"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ name: "営業部", mission: "" });
  });

  it("PUT changes only what it sends: a rename keeps the mission", async () => {
    const sales = await call("POST", "/api/departments", alice, { name: "営業部", mission: "新規開拓" });
    const renamed = await call("PUT", `/api/departments/${sales.json<Department>().id}`, pmo, { name: "営業本部" });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json<Department>()).toMatchObject({ name: "営業本部", mission: "新規開拓" });
  });

  it("401 without a token", async () => {
    expect((await call("GET", "/api/departments", null)).statusCode).toBe(401);
    expect((await call("PUT", "/api/departments/x", null, {})).statusCode).toBe(401);
  });
});
