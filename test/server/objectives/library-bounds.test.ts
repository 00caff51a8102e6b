// The libraries everyone may add to stay bounded: at ACTIVE_OBJECTIVES_MAX active objectives (or
// DEPARTMENTS_MAX departments) a new one is refused with 409 saying what to do, and archiving makes room.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { ACTIVE_OBJECTIVES_MAX, DEPARTMENTS_MAX } from "../../../src/server/objectives/library-bounds";
import { buildTestApp, type TestApp } from "../api-helper";

let t: TestApp;
const PMO = "pmo@contoso.example";
const USER = "aiko.tanaka@contoso.example";

beforeEach(async () => {
  t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: "0", DEMO_DATA: "false" } });
});
afterEach(async () => {
  await t.close();
});

const post = async (url: string, payload: object, email = USER, roles?: string[]) =>
  t.app.inject({ method: "POST", url, headers: { authorization: `Bearer ${await t.tokenFor(email, roles ? { roles } : {})}` }, payload });

describe("library bounds", () => {
  it(`refuses a new objective once ${ACTIVE_OBJECTIVES_MAX} are active, until a PMO archives one`, async () => {
    const now = new Date().toISOString();
    const rows = Array.from({ length: ACTIVE_OBJECTIVES_MAX }, (_, i) => ({
      id: `obj-${String(i).padStart(5, "0")}`,
      tenant_id: DEMO_TENANT_ID,
      title: `objective ${i}`,
      description: "",
      created_by: USER,
      created_at: now,
      archived_at: null,
      merged_into_id: null,
      version: 1,
    }));
    for (let i = 0; i < rows.length; i += 200) await t.db.insertInto("objectives").values(rows.slice(i, i + 200)).execute();
    const refused = await post("/api/objectives", { title: "one more" });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.message).toMatch(/archive or merge/);
    const archived = await t.app.inject({
      method: "PATCH",
      url: "/api/objectives/obj-00000",
      headers: { authorization: `Bearer ${await t.tokenFor(PMO, { roles: ["PMO"] })}`, "if-match": '"1"' },
      payload: { archived: true },
    });
    expect(archived.statusCode, archived.body).toBe(200);
    expect((await post("/api/objectives", { title: "one more" })).statusCode).toBe(201);
  });

  it(`refuses a new department once there are ${DEPARTMENTS_MAX}`, async () => {
    const now = new Date().toISOString();
    const rows = Array.from({ length: DEPARTMENTS_MAX }, (_, i) => ({ id: `dep-${i}`, tenant_id: DEMO_TENANT_ID, name: `部門 ${i}`, mission: "", updated_at: now }));
    for (let i = 0; i < rows.length; i += 100) await t.db.insertInto("departments").values(rows.slice(i, i + 100)).execute();
    const refused = await post("/api/departments", { name: "もう一つの部門" });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.message).toMatch(/500 departments/);
  });
});
