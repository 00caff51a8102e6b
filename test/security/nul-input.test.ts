// A NUL character (U+0000) can't be stored in PostgreSQL text, and cuts text short in SQLite and in
// CSV readers. Wherever input arrives — query, body, path — it is refused with a 400 naming the field,
// before it can reach a database (a 500) or a download (a truncated file).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../server/api-helper";
import { PMO, auth } from "./security-fixtures";

let t: TestApp;
let pmo: Record<string, string>;
beforeAll(async () => {
  t = await buildTestApp();
  pmo = auth(await t.tokenFor(PMO, { roles: ["PMO"] }));
});
afterAll(async () => t.close());

describe("a NUL character in the input", () => {
  it("in the commitment search (q): 400 naming q, on the list and on both downloads", async () => {
    for (const url of ["/api/commitments", "/api/commitments/export.csv", "/api/commitments/export.xlsx"]) {
      const res = await t.app.inject({ method: "GET", url: `${url}?q=CRM%00x`, headers: pmo });
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toMatchObject({ error: { code: "bad_request", field: "q" } });
    }
  });

  it("in a JSON body: 400 naming the field path, nothing stored", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/objectives", headers: pmo, payload: { title: "CRM\u0000拡大" } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: "bad_request", field: "title" } });
    const listed = await t.app.inject({ method: "GET", url: "/api/objectives", headers: pmo });
    expect(listed.body).not.toContain("\\u0000");
    const deep = await t.app.inject({ method: "POST", url: "/api/agendas", headers: pmo, payload: { objectiveTitle: "X", attendees: [{ email: "a@contoso.example", name: "A\u0000" }] } });
    expect(deep.json()).toMatchObject({ error: { field: "attendees.0.name" } });
  });

  it("in a CSV directory import: 400 naming the line", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/directory/import",
      headers: { ...pmo, "content-type": "text/csv" },
      payload: "email,name,department\nnew@contoso.example,New\u0000Person,営業部\n",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Line 2.*NUL/);
  });
});
