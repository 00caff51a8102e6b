import type { Insertable } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommitmentsTable } from "../../../src/server/db/database";
import { commitmentsCsvChunks } from "../../../src/server/csv/commitments-csv";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { ONLY_PMO_LISTS_ALL } from "../../../src/server/commitments/commitment-access";
import { PLANNING, SALES, addCommitment, bearer, buildWorld, type World } from "../commitments/commitment-fixtures";
import { parseCsv } from "./csv-parse";
import { dayIn } from "../../../src/core/text/zoned-time";

let w: World;
// The organisation keeps Japan time: exports' times and headers say so (「作成日時（JST）」).
beforeEach(async () => {
  w = await buildWorld(undefined, { TENANT_TIME_ZONE: "Asia/Tokyo" });
});
afterEach(async () => {
  await w.t.close();
});

const exportCsv = (token: string, query = "") =>
  w.t.app.inject({ method: "GET", url: `/api/commitments/export.csv${query ? `?${query}` : ""}`, headers: bearer(token) });
const body = (raw: Buffer) => raw.subarray(3).toString("utf8");

async function insertMany(n: number): Promise<void> {
  const rows: Insertable<CommitmentsTable>[] = Array.from({ length: n }, (_, i) => ({
    id: `bulk${String(i).padStart(5, "0")}`,
    tenant_id: DEMO_TENANT_ID,
    agenda_id: w.agenda.id,
    objective_id: null,
    objective_title: "大手企業向けのCRMビジネスを拡大する",
    owner_email: SALES,
    owner_name: "鈴木 一郎",
    owner_department: "営業部",
    helps_department: "企画部",
    action: `提案資料 #${i}, "版" ${i}`,
    due_date: `2099-${String(1 + (i % 12)).padStart(2, "0")}-01`,
    serves_objective: "",
    status: "open",
    contribution_id: null,
    created_by_email: SALES,
    created_at: "2026-01-01T00:00:00.000Z",
    updated_at: "2026-01-01T00:00:00.000Z",
  }));
  for (let i = 0; i < rows.length; i += 500) await w.t.db.insertInto("commitments").values(rows.slice(i, i + 500)).execute();
}

describe("GET /api/commitments/export.csv", () => {
  it("is UTF-8 with BOM, CRLF, a Japanese header by default, as an attachment", async () => {
    await addCommitment(w, { action: "事例をまとめる", dueDate: "2099-01-01" });
    const res = await exportCsv(w.tokens.pmo);
    expect(res.statusCode).toBe(200);
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="commitments-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers["content-disposition"]).toContain(dayIn("Asia/Tokyo", new Date()));
    const text = body(res.rawPayload);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const [header, row] = parseCsv(text);
    expect(header).toEqual([
      "期限", "担当者", "担当者のメール", "部門", "支援する部門", "内容", "目的", "目的への貢献", "状態",
      "会議", "会議の日時（JST）", "作成者", "作成日時（JST）", "更新日時（JST）", "会議ID", "ID",
    ]);
    expect(row?.slice(0, 10)).toEqual(["2099-01-01", "鈴木 一郎", SALES, "営業部", "", "事例をまとめる", "大手企業向けのCRMビジネスを拡大する", "", "未完了", "CRM提案"]);
  });

  it("writes times in the organisation's time zone, with the meeting's title and start", async () => {
    const c = await addCommitment(w, { action: "事例をまとめる" });
    await w.t.db.updateTable("agendas").set({ starts_at: "2026-11-30T01:00:00.000Z" }).where("id", "=", w.agenda.id).execute();
    await w.t.db.updateTable("commitments").set({ created_at: "2026-11-30T15:30:00.000Z", updated_at: "2026-12-01T00:05:00.000Z" }).where("id", "=", c.id).execute();
    const [header, row] = parseCsv(body((await exportCsv(w.tokens.pmo)).rawPayload));
    const cell = (name: string) => row?.[header!.indexOf(name)];
    expect(cell("会議")).toBe("CRM提案");
    // 01:00 UTC is 10:00 in Tokyo; 15:30 UTC is already the next day there.
    expect(cell("会議の日時（JST）")).toBe("2026-11-30 10:00");
    expect(cell("作成日時（JST）")).toBe("2026-12-01 00:30");
    expect(cell("更新日時（JST）")).toBe("2026-12-01 09:05");
    const en = parseCsv(body((await exportCsv(w.tokens.pmo, "lang=en")).rawPayload))[0];
    // A due date is a calendar day: only the columns with a time of day name the zone.
    expect(en?.[0]).toBe("Due date");
    expect(en?.filter((h) => h.includes("("))).toEqual(["Meeting date (JST)", "Created at (JST)", "Updated at (JST)"]);
  });

  it("names a zone with daylight saving time by its IANA name, the same on every row", async () => {
    const other = await buildWorld(undefined, { TENANT_TIME_ZONE: "America/New_York" });
    try {
      await addCommitment(other);
      const res = await other.t.app.inject({ method: "GET", url: "/api/commitments/export.csv", headers: bearer(other.tokens.pmo) });
      expect(parseCsv(body(res.rawPayload))[0]?.filter((h) => h.includes("（"))).toEqual([
        "会議の日時（America/New_York）",
        "作成日時（America/New_York）",
        "更新日時（America/New_York）",
      ]);
    } finally {
      await other.t.close();
    }
  });

  it.each([
    ["full-width equals", "＝SUM(A1:A9)"],
    ["full-width plus", "＋81 3 1234"],
    ["full-width minus", "－1"],
    ["full-width at", "＠SUM(A1)"],
    ["minus sign", "\u22121"],
    ["zero-width space", "\u200B=1+1"],
    ["zero-width joiner", "\u200Dhello"],
    ["byte order mark", "\uFEFF=1"],
    ["right-to-left mark", "\u200F+1"],
    ["spaces before a formula", "  =1+1"],
    ["ideographic space before a formula", "\u3000=1+1"],
  ])("defuses a cell starting with a %s", async (_name, raw) => {
    const value = JSON.parse(`"${raw}"`) as string;
    await addCommitment(w, { action: `${value} の件`, dueDate: "2099-01-01" });
    const [, row] = parseCsv(body((await exportCsv(w.tokens.pmo)).rawPayload));
    // The API trims what JavaScript calls white space (spaces, the BOM); what remains is defused.
    expect(row?.[5]).toBe(`'${value.trim()} の件`);
  });

  it("speaks English with lang=en", async () => {
    await addCommitment(w);
    const [header, row] = parseCsv(body((await exportCsv(w.tokens.pmo, "lang=en")).rawPayload));
    expect(header?.slice(0, 3)).toEqual(["Due date", "Owner", "Owner email"]);
    expect(row?.[8]).toBe("Open");
  });

  it("quotes commas, quotes and newlines, keeps Japanese, and defuses formulas", async () => {
    const tricky = 'CRM導入事例, "大手" 向け\n2行目';
    await addCommitment(w, { action: tricky, servesObjective: "=HYPERLINK(\"http://evil\",\"x\")", dueDate: "2099-01-01" });
    await addCommitment(w, { action: "+81 3 1234", servesObjective: "-1", dueDate: "2099-01-02" });
    await addCommitment(w, { action: "@SUM(A1)", servesObjective: "+SUM(1)", dueDate: "2099-01-03" });
    const text = body((await exportCsv(w.tokens.pmo)).rawPayload);
    expect(text).toContain('"CRM導入事例, ""大手"" 向け\n2行目"');
    const rows = parseCsv(text).slice(1);
    expect(rows.map((r) => [r[5], r[7]])).toEqual([
      [tricky, `'=HYPERLINK("http://evil","x")`],
      ["'+81 3 1234", "'-1"],
      ["'@SUM(A1)", "'+SUM(1)"],
    ]);
  });

  it("applies the list's filters and permission rule", async () => {
    await addCommitment(w, { ownerEmail: SALES, dueDate: "2099-01-01" });
    await addCommitment(w, { ownerEmail: PLANNING, dueDate: "2099-01-02" });
    const forbidden = await exportCsv(w.tokens.sales);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.message).toBe(ONLY_PMO_LISTS_ALL);
    const mine = parseCsv(body((await exportCsv(w.tokens.sales, "mine=true")).rawPayload));
    expect(mine.slice(1).map((r) => r[2])).toEqual([SALES]);
    const planning = parseCsv(body((await exportCsv(w.tokens.pmo, `owner=${encodeURIComponent(PLANNING)}`)).rawPayload));
    expect(planning.slice(1).map((r) => r[2])).toEqual([PLANNING]);
    const agenda = parseCsv(body((await exportCsv(w.tokens.sales, `agenda=${w.agenda.id}`)).rawPayload));
    expect(agenda).toHaveLength(3);
    expect((await exportCsv(w.tokens.outsider, `agenda=${w.agenda.id}`)).statusCode).toBe(403);
  });

  it("another tenant's PMO gets only the header", async () => {
    await addCommitment(w);
    const res = await exportCsv(w.tokens.otherPmo);
    expect(res.statusCode).toBe(200);
    expect(parseCsv(body(res.rawPayload))).toHaveLength(1);
  });

  it("400 naming an unknown parameter or a bad value, 401 without a token", async () => {
    for (const [query, field] of [["colour=red", "colour"], ["lang=fr", "lang"], ["dueTo=2026-02-30", "dueTo"]] as const) {
      const res = await exportCsv(w.tokens.pmo, query);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    expect((await w.t.app.inject({ method: "GET", url: "/api/commitments/export.csv" })).statusCode).toBe(401);
  });

  it("exports 5,000 rows, in (due date, id) order, produced batch by batch", async () => {
    await insertMany(5000);
    const res = await exportCsv(w.tokens.pmo);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-length"]).toBeUndefined();
    const rows = parseCsv(body(res.rawPayload)).slice(1);
    expect(rows).toHaveLength(5000);
    const keys = rows.map((r) => `${r[0]}/${r[15]}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(rows.map((r) => r[15])).size).toBe(5000);

    const chunks: number[] = [];
    for await (const chunk of commitmentsCsvChunks(w.t.db, DEMO_TENANT_ID, { today: "2026-01-01" }, { lang: "ja", timeZone: "Asia/Tokyo" })) chunks.push(chunk.length);
    expect(chunks).toHaveLength(1 + 10); // header, then one chunk per 500-row batch
  });

  it("streams over a real socket in several chunks", async () => {
    await insertMany(5000);
    const address = await w.t.app.listen({ port: 0, host: "127.0.0.1" });
    const res = await fetch(`${address}/api/commitments/export.csv`, { headers: bearer(w.tokens.pmo) });
    expect(res.status).toBe(200);
    expect(res.headers.get("transfer-encoding")).toBe("chunked");
    const reader = res.body!.getReader();
    let reads = 0;
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      reads++;
      bytes += value.byteLength;
    }
    expect(reads).toBeGreaterThan(1);
    expect(bytes).toBeGreaterThan(5000 * 50);
  });
});
