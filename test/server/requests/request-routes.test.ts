// Asking, changing and listing requests (お願い), on SQLite and PGlite (PostgreSQL in CI): who may
// ask for which department, the refusals naming their field, If-Match on PATCH, the list's filters,
// rights and cursor, and what the exports make of text that would mislead a spreadsheet's reader.
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RequestPage } from "../../../src/core/api/request-contract";
import type { DepartmentRequest } from "../../../src/core/api/request-view";
import { sql } from "kysely";
import { storageTargets } from "../storage/storage-targets";
import { SALES, bearer, buildWorld, type World } from "../commitments/commitment-fixtures";
import { PLANNING_ASK, SALES_ASK, ask, patchRequest, respond, revision, salesAsks, storedRequest, viewOf } from "./request-fixtures";

for (const { name, target } of storageTargets()) {
  describe(`requests between departments [${name}]`, () => {
    let w: World;
    beforeAll(async () => {
      w = await buildWorld(target);
    });
    afterAll(async () => w.t.close());
    beforeEach(async () => {
      await sql`delete from department_requests`.execute(w.t.db);
    });

    const list = async (token: string, query: Record<string, string> = {}) =>
      w.t.app.inject({ method: "GET", url: "/api/requests", query, headers: bearer(token) });

    it("an attendee asks another department for their own: 201, open, in the agenda view, revision bumped", async () => {
      const before = await revision(w);
      const res = await ask(w, w.tokens.sales, { fromDepartment: "営業部", toDepartment: "企画部", text: SALES_ASK, neededBy: "2099-01-15" });
      expect(res.statusCode, res.body).toBe(201);
      const r = res.json<DepartmentRequest>();
      expect(r).toMatchObject({ agendaId: w.agenda.id, fromDepartment: "営業部", toDepartment: "企画部", text: SALES_ASK, neededBy: "2099-01-15", status: "open", askedByEmail: SALES, askedByName: "鈴木 一郎", version: 1 });
      expect(res.headers.location).toBe(`/api/requests/${r.id}`);
      expect(res.headers.etag).toBe('"1"');
      expect((await viewOf(w, w.tokens.planning)).requests?.map((x) => x.id)).toEqual([r.id]);
      expect(await revision(w)).toBe(before + 1);
    });

    it("names the meeting's own spelling of a department written differently", async () => {
      const res = await ask(w, w.tokens.planning, { fromDepartment: " 企画部", toDepartment: "営業部 ", text: PLANNING_ASK });
      expect(res.json<DepartmentRequest>()).toMatchObject({ fromDepartment: "企画部", toDepartment: "営業部" });
    });

    it.each([
      [{ fromDepartment: "営業部", toDepartment: "営業部", text: "x" }, "toDepartment", /asking department itself/],
      [{ fromDepartment: "営業部", toDepartment: "人事部", text: "x" }, "toDepartment", /not one of this meeting's departments.*organizer can add it/],
      [{ fromDepartment: "総務部", toDepartment: "企画部", text: "x" }, "fromDepartment", /not one of this meeting's departments/],
      [{ fromDepartment: "営業部", toDepartment: "企画部", text: "  " }, "text", /./],
      [{ fromDepartment: "営業部", toDepartment: "企画部", text: "x", neededBy: "2099-13-01" }, "neededBy", /./],
      [{ fromDepartment: "営業部", toDepartment: "企画部", text: "x", status: "accepted" }, "status", /./],
    ])("400 for %j naming %s; nothing is written", async (payload, field, message) => {
      const res = await ask(w, w.tokens.sales, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.field).toBe(field);
      expect(res.json().error.message).toMatch(message);
      expect((await viewOf(w)).requests).toEqual([]);
    });

    it("403 asking for another department than one's own (the organizer may, facilitating); 403 non-attendees, 404 other tenants", async () => {
      const other = await ask(w, w.tokens.planning, { fromDepartment: "営業部", toDepartment: "企画部", text: "x" });
      expect(other.statusCode).toBe(403);
      expect(other.json().error).toMatchObject({ field: "fromDepartment" });
      expect(other.json().error.message).toContain("企画部");
      expect((await ask(w, w.tokens.organizer, { fromDepartment: "企画部", toDepartment: "営業部", text: PLANNING_ASK })).statusCode).toBe(201);
      expect((await ask(w, w.tokens.outsider, { fromDepartment: "営業部", toDepartment: "企画部", text: "x" })).statusCode).toBe(403);
      expect((await ask(w, w.tokens.pmo, { fromDepartment: "営業部", toDepartment: "企画部", text: "x" })).statusCode).toBe(403);
      expect((await ask(w, w.tokens.otherPmo, { fromDepartment: "営業部", toDepartment: "企画部", text: "x" })).statusCode).toBe(404);
    });

    it("a retried ask with the same Idempotency-Key makes one request", async () => {
      const headers = { "idempotency-key": "ask-once" };
      const first = await ask(w, w.tokens.sales, { fromDepartment: "営業部", toDepartment: "企画部", text: SALES_ASK }, headers);
      const again = await ask(w, w.tokens.sales, { fromDepartment: "営業部", toDepartment: "企画部", text: SALES_ASK }, headers);
      expect(again.json()).toEqual(first.json());
      expect((await viewOf(w)).requests).toHaveLength(1);
    });

    describe("PATCH /api/requests/:id", () => {
      it("the asking department rewords it with If-Match; 428 without, 412 when stale (with the current one)", async () => {
        const r = await salesAsks(w);
        expect((await patchRequest(w, w.tokens.sales, r.id, { text: "技術検討を来月から" })).statusCode).toBe(428);
        const ok = await patchRequest(w, w.tokens.sales, r.id, { text: "技術検討を来月から", neededBy: "2099-02-01" }, { "if-match": '"1"' });
        expect(ok.statusCode, ok.body).toBe(200);
        expect(ok.json<DepartmentRequest>()).toMatchObject({ text: "技術検討を来月から", neededBy: "2099-02-01", version: 2, status: "open" });
        expect(ok.headers.etag).toBe('"2"');
        const stale = await patchRequest(w, w.tokens.sales, r.id, { text: "古い版から" }, { "if-match": '"1"' });
        expect(stale.statusCode).toBe(412);
        expect(stale.json().error.current).toMatchObject({ text: "技術検討を来月から", version: 2 });
      });

      it("403 for the asked department; withdrawn closes it and a closed request is a 409 naming its state", async () => {
        const r = await salesAsks(w);
        expect((await patchRequest(w, w.tokens.planning, r.id, { text: "x" }, { "if-match": '"1"' })).statusCode).toBe(403);
        const withdrawn = await patchRequest(w, w.tokens.sales, r.id, { status: "withdrawn" }, { "if-match": '"1"' });
        expect(withdrawn.json<DepartmentRequest>().status).toBe("withdrawn");
        const again = await patchRequest(w, w.tokens.sales, r.id, { text: "x" }, { "if-match": '"2"' });
        expect(again.statusCode).toBe(409);
        expect(again.json().error).toMatchObject({ code: "conflict", field: "status" });
        expect(again.json().error.message).toContain("withdrawn");
        const answer = await respond(w, w.tokens.planning, r.id, { action: "counter", text: "x" });
        expect(answer.statusCode).toBe(409);
        expect((await storedRequest(w, r.id)).text).toBe(SALES_ASK);
      });

      it("400 for an empty or unknown change", async () => {
        const r = await salesAsks(w);
        expect((await patchRequest(w, w.tokens.sales, r.id, {}, { "if-match": '"1"' })).statusCode).toBe(400);
        const bad = await patchRequest(w, w.tokens.sales, r.id, { status: "accepted" }, { "if-match": '"1"' });
        expect(bad.json().error.field).toBe("status");
      });
    });

    describe("GET /api/requests", () => {
      it("filters by department and direction, status and agenda; attendees see their meetings', a PMO the tenant's", async () => {
        const asked = await salesAsks(w);
        const planningAsk = await ask(w, w.tokens.planning, { fromDepartment: "企画部", toDepartment: "営業部", text: PLANNING_ASK });
        const back = planningAsk.json<DepartmentRequest>();
        await respond(w, w.tokens.sales, back.id, { action: "accept", owner: SALES, due: "2099-03-01" });
        const ids = async (token: string, query: Record<string, string> = {}) => {
          const res = await list(token, query);
          expect(res.statusCode, res.body).toBe(200);
          return res.json<RequestPage>().items.map((r) => r.id);
        };
        expect(await ids(w.tokens.sales)).toEqual([asked.id, back.id]);
        expect(await ids(w.tokens.sales, { department: "企画部", direction: "incoming" })).toEqual([asked.id]);
        expect(await ids(w.tokens.sales, { department: "企画部", direction: "outgoing" })).toEqual([back.id]);
        expect(await ids(w.tokens.planning, { status: "accepted" })).toEqual([back.id]);
        expect(await ids(w.tokens.planning, { agenda: w.agenda.id, status: "open" })).toEqual([asked.id]);
        expect(await ids(w.tokens.pmo)).toEqual([asked.id, back.id]);
        expect(await ids(w.tokens.pmo, { objective: w.agenda.objectiveId ?? "" })).toEqual([asked.id, back.id]);
        expect(await ids(w.tokens.outsider)).toEqual([]);
        expect(await ids(w.tokens.otherPmo)).toEqual([]);
        expect((await list(w.tokens.outsider, { agenda: w.agenda.id })).statusCode).toBe(403);
      });

      it("the PMO's summary: asks per direction by status and the asked department's median hours to a first answer; 403 for others", async () => {
        const asked = await salesAsks(w);
        await respond(w, w.tokens.planning, asked.id, { action: "counter", text: "代案" });
        await salesAsks(w, "二つ目");
        const res = await w.t.app.inject({ method: "GET", url: "/api/requests/summary", headers: bearer(w.tokens.pmo) });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().pairs).toEqual([{ from: "営業部", to: "企画部", asked: 2, open: 1, countered: 1, accepted: 0, declined: 0, withdrawn: 0 }]);
        expect(res.json().byDepartment).toMatchObject([{ department: "企画部", received: 2, answered: 1, unanswered: 1 }]);
        expect(res.json().byDepartment[0].medianHoursToAnswer).toBeGreaterThanOrEqual(0);
        const other = await w.t.app.inject({ method: "GET", url: "/api/requests/summary", headers: bearer(w.tokens.otherPmo) });
        expect(other.json()).toEqual({ pairs: [], byDepartment: [] });
        expect((await w.t.app.inject({ method: "GET", url: "/api/requests/summary", headers: bearer(w.tokens.sales) })).statusCode).toBe(403);
      });

      it("the PMO's CSV: BOM, the header in the asked language, every request of the filters, formulas neutralised; 403 for others", async () => {
        await salesAsks(w, "=HYPERLINK(\"http://x\")");
        const countered = await salesAsks(w, "技術検討, 早めに");
        await respond(w, w.tokens.planning, countered.id, { action: "counter", text: "代案" });
        const csv = await w.t.app.inject({ method: "GET", url: "/api/requests/export.csv", headers: bearer(w.tokens.pmo) });
        expect(csv.statusCode, csv.body).toBe(200);
        expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
        expect(csv.headers["content-disposition"]).toMatch(/^attachment; filename="requests-\d{4}-\d{2}-\d{2}\.csv"$/);
        const lines = csv.body.split("\r\n");
        // Times in the organisation's time zone (the test server's), named in the header.
        expect(lines[0]).toMatch(/^\uFEFFお願いした日時（[^）]+）,お願いした部門,お願いされた部門,お願い,いつまでに,状態,代案・理由,お願いした人,最後に回答した人,最初の回答（[^）]+）,コミットメントID$/);
        expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2},/);
        expect(lines[1]).toContain(`,営業部,企画部,"'=HYPERLINK(""http://x"")",,回答待ち,`);
        expect(lines[2]).toContain(`,"技術検討, 早めに",,代案あり,代案,鈴木 一郎,田中 美咲,`);
        const en = await w.t.app.inject({ method: "GET", url: "/api/requests/export.csv", query: { lang: "en", status: "countered" }, headers: bearer(w.tokens.pmo) });
        expect(en.body.split("\r\n").filter((l) => l !== "")).toHaveLength(2);
        expect(en.body).toContain("Counter-offer");
        expect((await w.t.app.inject({ method: "GET", url: "/api/requests/export.csv", headers: bearer(w.tokens.sales) })).statusCode).toBe(403);
      });

      it("the PMO's CSV and XLSX leave out direction controls and keep formula-looking text as text, whatever leads it", async () => {
        const asked = await salesAsks(w, "技術\u202E検討\u202Cを始めて");
        await respond(w, w.tokens.planning, asked.id, { action: "counter", text: "\u2067\u200B＝HYPERLINK(\"http://x\")\u2069" });
        const csv = (await w.t.app.inject({ method: "GET", url: "/api/requests/export.csv", headers: bearer(w.tokens.pmo) })).body;
        expect(csv).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        expect(csv).toContain(`,技術検討を始めて,,代案あり,"'\u200B＝HYPERLINK(""http://x"")",`);
        const xlsx = await w.t.app.inject({ method: "GET", url: "/api/requests/export.xlsx", headers: bearer(w.tokens.pmo) });
        const sheet = strFromU8(unzipSync(xlsx.rawPayload)["xl/worksheets/sheet1.xml"]!);
        expect(sheet).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        expect(sheet).toContain('<t xml:space="preserve">技術検討を始めて</t>');
        expect(sheet).toContain('<c t="inlineStr" s="4"><is><t xml:space="preserve">\u200B＝HYPERLINK(&quot;http://x&quot;)</t>');
      });

      it("pages with a cursor that neither skips nor repeats; a foreign cursor and direction without department are 400s", async () => {
        const made = [await salesAsks(w, "一"), await salesAsks(w, "二"), await salesAsks(w, "三")];
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: RequestPage = (await list(w.tokens.planning, { limit: "2", ...(cursor ? { cursor } : {}) })).json<RequestPage>();
          seen.push(...page.items.map((r) => r.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toEqual(made.map((r) => r.id));
        expect((await list(w.tokens.planning, { cursor: "not*a*cursor" })).json().error.field).toBe("cursor");
        expect((await list(w.tokens.planning, { direction: "incoming" })).json().error.field).toBe("department");
        expect((await list(w.tokens.planning, { colour: "red" })).json().error.field).toBe("colour");
      });
    });
  });
}
