import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DirectoryEntry } from "../../src/core/api/contract";
import type { Me } from "../../src/core/api/me-contract";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../src/server/demo/demo-ids";
import { upsertDirectoryUsers } from "../../src/server/directory/directory.repository";
import { buildTestApp, type TestApp } from "./api-helper";

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
  await upsertDirectoryUsers(t.db, DEMO_TENANT_ID, [
    { email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部" },
    { email: "misaki.tanaka@contoso.example", name: "田中 美咲", department: "企画部" },
  ]);
  await upsertDirectoryUsers(t.db, OTHER_TENANT_ID, [{ email: "spy@contoso.example", name: "Spy", department: "Leaks" }]);
});
afterEach(async () => {
  await t.close();
});

const resolve = async (token: string | null, payload: unknown) =>
  t.app.inject({
    method: "POST",
    url: "/api/directory/resolve",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: payload as object,
  });

describe("POST /api/directory/resolve", () => {
  it("answers in the order asked; unknown people (and other tenants' people) come back empty", async () => {
    const token = await t.tokenFor("hanako.sato@contoso.example");
    const res = await resolve(token, {
      emails: ["Misaki.Tanaka@Contoso.example", "spy@contoso.example", "hanako.sato@contoso.example"],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<DirectoryEntry[]>()).toEqual([
      { email: "misaki.tanaka@contoso.example", name: "田中 美咲", department: "企画部" },
      { email: "spy@contoso.example", name: "", department: "" },
      { email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部" },
    ]);
  });

  it.each([
    [{ emails: [] }, "emails"],
    [{ emails: ["ok@x.example", "not an email"] }, "emails.1"],
    [{}, "emails"],
    [{ emails: Array.from({ length: 501 }, (_, i) => `p${i}@x.example`) }, "emails"],
  ])("400 for %j naming %s", async (payload, field) => {
    const res = await resolve(await t.tokenFor("a@contoso.example"), payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it("401 without a token", async () => {
    expect((await resolve(null, { emails: ["a@b.example"] })).statusCode).toBe(401);
  });
});

describe("GET /api/me", () => {
  it("returns the token's identity with the department from the directory", async () => {
    const token = await t.tokenFor("misaki.tanaka@contoso.example", { name: "田中 美咲", roles: ["PMO"] });
    const res = await t.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json<Me>()).toMatchObject({
      tenantId: DEMO_TENANT_ID,
      email: "misaki.tanaka@contoso.example",
      name: "田中 美咲",
      roles: ["PMO"],
      isPmo: true,
      department: "企画部",
    });
  });

  it("department is empty when the directory does not know the person (in this tenant)", async () => {
    const token = await t.tokenFor("spy@contoso.example");
    const me = (await t.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${token}` } })).json<Me>();
    expect(me).toMatchObject({ tenantId: DEMO_TENANT_ID, department: "", isPmo: false });
  });

  it("401 without a token or with a bad one", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "GET", url: "/api/me", headers: { authorization: "Bearer nope" } })).statusCode).toBe(401);
  });
});
