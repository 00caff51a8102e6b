import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DirectoryEntry } from "../../src/core/api/contract";
import type { ApiErrorBody } from "../../src/core/api/error-contract";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../src/server/demo/demo-ids";
import { parseCsvRecords, parseDirectoryCsv } from "../../src/server/directory/directory-csv";
import { upsertDirectoryUsers } from "../../src/server/directory/directory.repository";
import { findPersonSettingsRows } from "../../src/server/people/person-settings.repository";
import { buildTestApp, type TestApp } from "./api-helper";

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
  await upsertDirectoryUsers(t.db, DEMO_TENANT_ID, [{ email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部" }]);
});
afterEach(async () => {
  await t.close();
});

const pmo = () => t.tokenFor("satoshi.yamamoto@contoso.example", { roles: ["PMO"] });

const post = async (token: string | null, payload: string | Buffer, contentType = "text/csv; charset=utf-8", extra: Record<string, string> = {}) =>
  t.app.inject({
    method: "POST",
    url: "/api/directory/import",
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), "content-type": contentType, ...extra },
    payload,
  });

const resolve = async (emails: string[], tenantId = DEMO_TENANT_ID) => {
  const token = await t.tokenFor("hanako.sato@contoso.example", { tenantId });
  const res = await t.app.inject({ method: "POST", url: "/api/directory/resolve", headers: { authorization: `Bearer ${token}` }, payload: { emails } });
  return res.json<DirectoryEntry[]>();
};

describe("POST /api/directory/import", () => {
  it("takes each person's time zone and language from optional columns, refusing unknown ones by line", async () => {
    const csv = "email,name,department,time_zone,language\r\nhanako.sato@contoso.example,佐藤 花子,営業部,Asia/Tokyo,ja\r\nmegan@contoso.example,Megan,Sales,America/Los_Angeles,EN\r\nken@contoso.example,健,技術部,,\r\n";
    expect((await post(await pmo(), csv)).statusCode).toBe(200);
    const rows = await findPersonSettingsRows(t.db, DEMO_TENANT_ID, ["hanako.sato@contoso.example", "megan@contoso.example", "ken@contoso.example"]);
    expect(rows.map((r) => [r.email, r.time_zone, r.language, r.source]).sort()).toEqual([
      ["hanako.sato@contoso.example", "Asia/Tokyo", "ja", "directory"],
      ["megan@contoso.example", "America/Los_Angeles", "en", "directory"],
    ]);
    const badZone = await post(await pmo(), "email,name,department,time_zone\nken@contoso.example,健,技術部,Tokyo\n");
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().error.field).toBe("line 2, column time_zone");
    const badLanguage = await post(await pmo(), "email,name,department,language\nken@contoso.example,健,技術部,fr\n");
    expect(badLanguage.json().error.field).toBe("line 2, column language");
  });

  it("imports people from CSV with a BOM and CRLF, updating existing ones, in the PMO's tenant only", async () => {
    const csv = "\uFEFFemail,name,department\r\nHanako.Sato@contoso.example,佐藤 花子,企画部\r\nken@contoso.example,\"Takahashi, Ken\",\"技術部\"\r\n";
    const res = await post(await pmo(), csv);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 2 });
    expect(await resolve(["hanako.sato@contoso.example", "ken@contoso.example"])).toEqual([
      { email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "企画部" },
      { email: "ken@contoso.example", name: "Takahashi, Ken", department: "技術部" },
    ]);
    expect(await resolve(["ken@contoso.example"], OTHER_TENANT_ID)).toEqual([{ email: "ken@contoso.example", name: "", department: "" }]);
  });

  it("accepts UTF-8 without a BOM, LF line ends and the columns in another order", async () => {
    const res = await post(await pmo(), "department,email,name\n営業部,new@contoso.example,新人\n");
    expect(res.statusCode).toBe(200);
    expect(await resolve(["new@contoso.example"])).toEqual([{ email: "new@contoso.example", name: "新人", department: "営業部" }]);
  });

  it("rejects a bad row with its line and column, and writes nothing", async () => {
    const csv = "email,name,department\ngood@contoso.example,Good,営業部\nnot-an-email,Bad,企画部\n";
    const res = await post(await pmo(), csv);
    expect(res.statusCode).toBe(400);
    const body = res.json<ApiErrorBody>();
    expect(body.error.message).toBe('Line 3, column "email": "not-an-email" is not an e-mail address');
    expect(body.error.field).toBe("line 3, column email");
    expect(await resolve(["good@contoso.example"])).toEqual([{ email: "good@contoso.example", name: "", department: "" }]);
  });

  it("rolls back when the database fails half-way (nothing written)", async () => {
    // 450 rows span three insert batches; the trigger fails the last one.
    const rows = Array.from({ length: 450 }, (_, i) => `p${i}@contoso.example,P${i},${i === 449 ? "BOOM" : "営業部"}`);
    const { sql } = await import("kysely");
    await sql`CREATE TRIGGER fail_boom BEFORE INSERT ON directory_users WHEN NEW.department = 'BOOM' BEGIN SELECT RAISE(ABORT, 'boom'); END`.execute(t.db);
    const res = await post(await pmo(), `email,name,department\n${rows.join("\n")}\n`);
    expect(res.statusCode).toBe(500);
    expect(await resolve(["p0@contoso.example"])).toEqual([{ email: "p0@contoso.example", name: "", department: "" }]);
  });

  it.each([
    ["an empty file", "", /^Line 1: the file is empty/],
    ["a missing column", "email,name\na@b.example,A\n", /^Line 1, column "department": missing/],
    ["an unknown column", "email,name,dept\n", /^Line 1, column "dept": unknown column/],
    ["a header only", "email,name,department\n", /^Line 2: no people after the header/],
    ["a short row", "email,name,department\na@b.example,A\n", /^Line 2: expected 3 fields, found 2/],
    ["a duplicate email", "email,name,department\na@b.example,A,X\nA@b.example,A,Y\n", /^Line 3, column "email": a@b.example is already on line 2/],
    ["an unclosed quote", 'email,name,department\na@b.example,"A,X\n', /^Line 2: a quoted field is never closed/],
    ["a too long department", `email,name,department\na@b.example,A,${"x".repeat(201)}\n`, /^Line 2, column "department": longer than 200/],
  ])("rejects %s", async (_name, csv, message) => {
    const res = await post(await pmo(), csv);
    expect(res.statusCode).toBe(400);
    expect(res.json<ApiErrorBody>().error.message).toMatch(message);
  });

  it("rejects a file that is not UTF-8", async () => {
    const res = await post(await pmo(), Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0x82, 0xa0]));
    expect(res.statusCode).toBe(400);
    expect(res.json<ApiErrorBody>().error.message).toMatch(/not UTF-8/);
  });

  it("is for the PMO only, needs a token, and wants CSV", async () => {
    const csv = "email,name,department\na@b.example,A,X\n";
    expect((await post(await t.tokenFor("hanako.sato@contoso.example"), csv)).statusCode).toBe(403);
    expect((await post(null, csv)).statusCode).toBe(401);
    expect((await post(await pmo(), JSON.stringify({ csv }), "application/json")).statusCode).toBe(400);
  });

  it("replays a retried import with the same Idempotency-Key", async () => {
    const token = await pmo();
    const csv = "email,name,department\na@b.example,A,X\n";
    const first = await post(token, csv, "text/csv", { "idempotency-key": "import-1" });
    const second = await post(token, csv, "text/csv", { "idempotency-key": "import-1" });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
  });
});

describe("parseDirectoryCsv", () => {
  it("keeps quoted commas, doubled quotes and line breaks, and reports the starting line", () => {
    expect(parseCsvRecords('a,"b ""q"", c","x\ny"\n\nz,1,2')).toEqual([
      { line: 1, fields: ["a", 'b "q", c', "x\ny"] },
      { line: 4, fields: ["z", "1", "2"] },
    ]);
    expect(parseDirectoryCsv("email,name,department\n a@b.example , A , X \n")).toEqual([{ email: "a@b.example", name: "A", department: "X", timeZone: null, language: null }]);
  });
});
