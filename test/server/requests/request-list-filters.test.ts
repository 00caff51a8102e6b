// The PMO's list of requests between departments: from / to department, status (or "waiting": open
// and countered), objective and overdue (waiting after its needed-by date) — the same filters for the
// list, the CSV and the XLSX; the workbook has real dates, times in the organisation's time zone
// and formula-looking text kept as text. On SQLite and PGlite (PostgreSQL in CI).
import { unzipSync, strFromU8 } from "fflate";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RequestPage } from "../../../src/core/api/request-contract";
import type { DepartmentRequest } from "../../../src/core/api/request-view";
import { excelSerial } from "../../../src/server/xlsx/xlsx-xml";
import { storageTargets } from "../storage/storage-targets";
import { bearer, buildWorld, createAgenda, type World } from "../commitments/commitment-fixtures";
import { ask, respond } from "./request-fixtures";

for (const { name, target } of storageTargets()) {
  describe(`the PMO's list of requests and its exports [${name}]`, () => {
    let w: World;
    const made: Record<string, DepartmentRequest> = {};
    let otherObjectiveAgenda: string;

    beforeAll(async () => {
      w = await buildWorld(target, { TENANT_TIME_ZONE: "Asia/Tokyo" });
      const make = async (key: string, token: string, from: string, to: string, neededBy: string | null = null, agendaId = w.agenda.id) => {
        const res = await ask(w, token, { fromDepartment: from, toDepartment: to, text: key, neededBy }, {}, agendaId);
        expect(res.statusCode, res.body).toBe(201);
        made[key] = res.json<DepartmentRequest>();
      };
      await make("overdue-sales-ask", w.tokens.sales, "営業部", "企画部", "2020-01-31");
      await make("=SUM(A1:A9)", w.tokens.sales, "営業部", "企画部", "2099-01-31");
      await make("planning-ask", w.tokens.planning, "企画部", "営業部", "2020-02-01");
      await make("accepted-ask", w.tokens.sales, "営業部", "企画部", "2020-03-01");
      await respond(w, w.tokens.planning, made["accepted-ask"]!.id, { action: "accept", owner: "misaki.tanaka@contoso.example", due: "2099-12-31" });
      await make("countered-ask", w.tokens.planning, "企画部", "営業部", "2020-04-01");
      await respond(w, w.tokens.sales, made["countered-ask"]!.id, { action: "counter", text: "代案" });
      otherObjectiveAgenda = (await createAgenda(w.t, w.tokens.organizer, null)).id;
      await make("no-objective-ask", w.tokens.sales, "営業部", "企画部", null, otherObjectiveAgenda);
      // A known instant: 2026-12-01 15:30 UTC is 2026-12-02 00:30 in Tokyo.
      await sql`update department_requests set created_at = ${"2026-12-01T15:30:00.000Z"} where id = ${made["overdue-sales-ask"]!.id}`.execute(w.t.db);
    });
    afterAll(async () => w.t.close());

    const texts = async (query: Record<string, string>) => {
      const res = await w.t.app.inject({ method: "GET", url: "/api/requests", query, headers: bearer(w.tokens.pmo) });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<RequestPage>().items.map((r) => r.text).sort();
    };

    it("filters by asking and asked department, status, waiting, objective and overdue (on the day given or the caller's)", async () => {
      expect(await texts({ from: "企画部" })).toEqual(["countered-ask", "planning-ask"]);
      expect(await texts({ to: "企画部", status: "waiting" })).toEqual(["=SUM(A1:A9)", "no-objective-ask", "overdue-sales-ask"]);
      expect(await texts({ status: "accepted" })).toEqual(["accepted-ask"]);
      expect(await texts({ objective: w.agenda.objectiveId!, from: "営業部", to: "企画部" })).toEqual(["=SUM(A1:A9)", "accepted-ask", "overdue-sales-ask"]);
      // Overdue: still waiting after the needed-by date; the accepted one and those without a date are not.
      expect(await texts({ overdue: "true" })).toEqual(["countered-ask", "overdue-sales-ask", "planning-ask"]);
      expect(await texts({ overdue: "true", to: "企画部" })).toEqual(["overdue-sales-ask"]);
      expect(await texts({ overdue: "true", today: "2020-02-15" })).toEqual(["overdue-sales-ask", "planning-ask"]);
    });

    it.each([
      [{ status: "late" }, "status"],
      [{ overdue: "yes" }, "overdue"],
      [{ overdue: "true", status: "accepted" }, "overdue"],
      [{ today: "2020-02-30" }, "today"],
      [{ from: "" }, "from"],
    ])("400 for %j naming %s", async (query, field) => {
      const res = await w.t.app.inject({ method: "GET", url: "/api/requests", query, headers: bearer(w.tokens.pmo) });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.field).toBe(field);
    });

    it("the CSV has the list's filters and times in the organisation's time zone", async () => {
      const res = await w.t.app.inject({ method: "GET", url: "/api/requests/export.csv", query: { overdue: "true", to: "企画部", lang: "en" }, headers: bearer(w.tokens.pmo) });
      expect(res.statusCode, res.body).toBe(200);
      const lines = res.body.split("\r\n").filter((l) => l !== "");
      expect(lines[0]).toBe("\uFEFFAsked at (JST),Asking department,Asked department,Request,Needed by,Status,Counter-offer or reason,Asked by,Last answered by,First answer at (JST),Commitment id");
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/^2026-12-02 00:30,営業部,企画部,overdue-sales-ask,2020-01-31,Open,/);
    });

    it("the XLSX: the same columns and filters, real dates and Tokyo times, a formula-looking ask kept as text; PMO only", async () => {
      const res = await w.t.app.inject({ method: "GET", url: "/api/requests/export.xlsx", query: { to: "企画部", status: "waiting", objective: w.agenda.objectiveId! }, headers: bearer(w.tokens.pmo) });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="requests-\d{4}-\d{2}-\d{2}\.xlsx"$/);
      const sheet = strFromU8(unzipSync(res.rawPayload)["xl/worksheets/sheet1.xml"]!);
      const rows = sheet.split("<row>").slice(1);
      expect(rows).toHaveLength(3); // the header and the two waiting asks of 企画部 on this objective
      expect(rows[0]).toContain("お願いした日時（JST）");
      const overdue = rows.find((r) => r.includes("overdue-sales-ask"))!;
      expect(overdue).toContain(`<c s="3"><v>${excelSerial("2026-12-02T00:30:00Z")}</v></c>`);
      expect(overdue).toContain(`<c s="2"><v>${excelSerial("2020-01-31")}</v></c>`);
      // Quote-prefixed (style 4): Excel keeps it text even when the cell is edited.
      expect(rows.find((r) => r.includes("=SUM(A1:A9)"))).toContain('<c t="inlineStr" s="4"><is><t xml:space="preserve">=SUM(A1:A9)</t>');
      for (const token of [w.tokens.sales, w.tokens.organizer]) {
        expect((await w.t.app.inject({ method: "GET", url: "/api/requests/export.xlsx", headers: bearer(token) })).statusCode).toBe(403);
      }
      expect((await w.t.app.inject({ method: "GET", url: "/api/requests/export.xlsx", query: { colour: "red" }, headers: bearer(w.tokens.pmo) })).statusCode).toBe(400);
    });
  });
}
