// One title, one objective: the library never holds two active objectives whose titles are the
// same once width, case and surrounding spaces are ignored. A rename onto another title is refused
// (the PMO is pointed at merging); adding a title that exists answers the existing objective.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Objective } from "../../../src/core/api/contract";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, bearer } from "../agendas/agenda-fixtures";

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

const post = async (title: string) => t.app.inject({ method: "POST", url: "/api/objectives", headers: await bearer(t, ORGANIZER), payload: { title } });
const rename = async (o: Objective, title: string, version = o.version ?? 1) =>
  t.app.inject({
    method: "PATCH",
    url: `/api/objectives/${o.id}`,
    headers: { ...(await bearer(t, "pmo@contoso.example", { roles: ["PMO"] })), "if-match": `"${version}"` },
    payload: { title },
  });
const list = async () => (await t.app.inject({ method: "GET", url: "/api/objectives", headers: await bearer(t, ORGANIZER) })).json() as Objective[];

describe("objective titles are unique among active objectives", () => {
  it("refuses renaming onto another active objective's title (409 naming title, suggesting a merge)", async () => {
    const kept = (await post("Grow the CRM business")).json<Objective>();
    const other = (await post("CRM拡大")).json<Objective>();
    for (const title of ["Grow the CRM business", "  grow the crm BUSINESS ", "Ｇｒｏｗ ｔｈｅ ＣＲＭ ｂｕｓｉｎｅｓｓ"]) {
      const res = await rename(other, title);
      expect(res.statusCode, title).toBe(409);
      expect(res.json().error).toMatchObject({ code: "conflict", field: "title" });
      expect(res.json().error.message).toMatch(/merge/i);
    }
    expect((await list()).map((o) => o.title).sort()).toEqual(["CRM拡大", "Grow the CRM business"]);

    // Its own title in another spelling, and an archived objective's title, are fine.
    expect((await rename(kept, "GROW the CRM business")).statusCode).toBe(200);
    const archived = (await post("採用を強化する")).json<Objective>();
    expect((await rename(archived, "採用を強化する（旧）")).statusCode).toBe(200);
    await t.app.inject({
      method: "PATCH",
      url: `/api/objectives/${archived.id}`,
      headers: { ...(await bearer(t, "pmo@contoso.example", { roles: ["PMO"] })), "if-match": '"2"' },
      payload: { archived: true },
    });
    expect((await rename(other, "採用を強化する（旧）")).statusCode).toBe(200);
  });

  it("refuses restoring an archived objective whose title an active one has taken meanwhile", async () => {
    const old = (await post("採用を強化する")).json<Objective>();
    const pmo = { ...(await bearer(t, "pmo@contoso.example", { roles: ["PMO"] })) };
    await t.app.inject({ method: "PATCH", url: `/api/objectives/${old.id}`, headers: { ...pmo, "if-match": '"1"' }, payload: { archived: true } });
    expect((await post("採用を強化する")).statusCode).toBe(201);
    const res = await t.app.inject({ method: "PATCH", url: `/api/objectives/${old.id}`, headers: { ...pmo, "if-match": '"2"' }, payload: { archived: false } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: "conflict", field: "title" });
    expect(await list()).toHaveLength(1);
  });

  it("still lets a PMO fix the description of twins made before the rule (the title is unchanged)", async () => {
    const a = (await post("CRM拡大")).json<Objective>();
    // A twin as older versions could store it: straight into the table.
    const { tenant_id } = await t.db.selectFrom("objectives").select("tenant_id").where("id", "=", a.id).executeTakeFirstOrThrow();
    await t.db.insertInto("objectives").values({ id: "obj_twin", tenant_id, title: "CRM拡大", description: "", created_by: "x@contoso.example", created_at: a.createdAt, archived_at: null, merged_into_id: null, version: 1 }).execute();
    const res = await t.app.inject({
      method: "PATCH",
      url: "/api/objectives/obj_twin",
      headers: { ...(await bearer(t, "pmo@contoso.example", { roles: ["PMO"] })), "if-match": '"1"' },
      payload: { title: "CRM拡大", description: "営業部と企画部の共通目標" },
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it("adding a title the library already has answers the existing objective (200), not a second one", async () => {
    const first = await post("大手企業向けのCRMビジネスを拡大する");
    expect(first.statusCode).toBe(201);
    const again = await post("  大手企業向けのＣＲＭビジネスを拡大する ");
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await list()).toHaveLength(1);
  });
});
