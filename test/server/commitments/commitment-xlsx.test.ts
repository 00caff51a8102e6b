// GET /api/commitments/export.xlsx: a real workbook (unzipped and parsed here), Japanese text,
// dates as dates, a bold frozen header, formula-looking text kept as text; PMO only; strict query.
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import { unzipSync, strFromU8 } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { ONLY_PMO_XLSX, commitmentsXlsxStream } from "../../../src/server/xlsx/commitments-xlsx";
import { escapeXml, excelSerial } from "../../../src/server/xlsx/xlsx-xml";
import { PLANNING, SALES, addCommitment, bearer, buildWorld, type World } from "./commitment-fixtures";

let w: World;
beforeEach(async () => {
  w = await buildWorld(undefined, { TENANT_TIME_ZONE: "Asia/Tokyo" });
});
afterEach(async () => {
  await w.t.close();
});

// jsdom's XML parser reports malformed XML (required directly: jsdom ships no type declarations).
const { JSDOM } = createRequire(import.meta.url)("jsdom") as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
const { DOMParser: XmlParser } = new JSDOM("").window;
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Parses XML and fails the test when it is not well-formed. */
function parseXml(xml: string): Document {
  const doc = new XmlParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror"), xml.slice(0, 200)).toHaveLength(0);
  return doc;
}

function workbook(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`missing ${name} in ${Object.keys(files).join(", ")}`);
    return strFromU8(file);
  };
  for (const name of Object.keys(files)) parseXml(text(name));
  const sheet = parseXml(text("xl/worksheets/sheet1.xml"));
  const rows = [...sheet.getElementsByTagNameNS(NS, "row")].map((r) => [...r.getElementsByTagNameNS(NS, "c")]);
  return { files, text, sheet, rows };
}

const cellText = (c: Element | undefined) => c?.getElementsByTagNameNS(NS, "t")[0]?.textContent ?? null;
const cellNumber = (c: Element | undefined) => Number(c?.getElementsByTagNameNS(NS, "v")[0]?.textContent);

const exportXlsx = (token: string, query = "") =>
  w.t.app.inject({ method: "GET", url: `/api/commitments/export.xlsx${query ? `?${query}` : ""}`, headers: bearer(token) });

describe("GET /api/commitments/export.xlsx", () => {
  it("streams a well-formed workbook: Japanese headers and text, real dates, bold frozen header", async () => {
    await addCommitment(w, { ownerEmail: SALES, action: "要件を「共有」する & <確認>", dueDate: "2020-01-01", helpsDepartment: "企画部" });
    await addCommitment(w, { ownerEmail: PLANNING, action: "=HYPERLINK(\"http://evil\")", dueDate: "2099-01-01" });
    const res = await exportXlsx(w.tokens.pmo);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="commitments-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const { files, text, sheet, rows } = workbook(res.rawPayload);
    expect(Object.keys(files).sort()).toEqual(
      ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"].sort(),
    );
    expect(text("xl/workbook.xml")).toContain('name="コミットメント"');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.map(cellText).slice(0, 4)).toEqual(["期限", "担当者", "担当者のメール", "部門"]);
    expect(rows[0]!.map(cellText).slice(9, 14)).toEqual(["会議", "会議の日時（JST）", "作成者", "作成日時（JST）", "更新日時（JST）"]);
    expect(rows[0]!.every((c) => c.getAttribute("s") === "1")).toBe(true);
    expect(text("xl/styles.xml")).toMatch(/<font><b\/>/);
    expect(sheet.getElementsByTagNameNS(NS, "pane")[0]?.getAttribute("state")).toBe("frozen");

    const [first, second] = [rows[1]!, rows[2]!];
    expect(cellNumber(first[0])).toBe(43831); // 2020-01-01 as Excel's day number
    expect(first[0]!.getAttribute("s")).toBe("2");
    expect(text("xl/styles.xml")).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>');
    expect(cellText(first[1])).toBe("鈴木 一郎");
    expect(cellText(first[4])).toBe("企画部");
    expect(cellText(first[5])).toBe("要件を「共有」する & <確認>");
    expect(cellText(first[8])).toBe("未完了");
    expect(cellText(first[9])).toBe("CRM提案");
    expect(first[12]!.getAttribute("s")).toBe("3");
    // A formula-looking value is an inline string: Excel shows it as text and never evaluates it;
    // the quote-prefix style keeps it text when someone edits the cell.
    expect(cellText(second[5])).toBe('=HYPERLINK("http://evil")');
    expect(second[5]!.getAttribute("t")).toBe("inlineStr");
    expect(second[5]!.getAttribute("s")).toBe("4");
    expect(text("xl/styles.xml")).toContain('quotePrefix="1"');
    expect(first[5]!.getAttribute("s")).toBeNull();
    expect(sheet.getElementsByTagNameNS(NS, "f")).toHaveLength(0);
    // No helped department: an empty cell keeps the columns aligned.
    expect(cellText(second[4])).toBeNull();
    expect(second).toHaveLength(first.length);
  });

  it("keeps full-width and invisible-led formulas as text, with times in the organisation's zone", async () => {
    const c = await addCommitment(w, { action: "＝SUM(A1)", servesObjective: "\u200B=1+1", dueDate: "2099-01-01" });
    await w.t.db.updateTable("commitments").set({ created_at: "2026-11-30T15:30:00.000Z" }).where("id", "=", c.id).execute();
    const { rows } = workbook((await exportXlsx(w.tokens.pmo)).rawPayload);
    const row = rows[1]!;
    expect([cellText(row[5]), row[5]!.getAttribute("s")]).toEqual(["＝SUM(A1)", "4"]);
    expect([cellText(row[7]), row[7]!.getAttribute("s")]).toEqual(["\u200B=1+1", "4"]);
    // 2026-12-01 00:30 in Tokyo as Excel's serial: 46357 days + 30 minutes.
    expect(cellNumber(row[12])).toBeCloseTo(46357 + 30 / 1440, 6);
  });

  it("takes the list's filters, sort and lang=en", async () => {
    await addCommitment(w, { ownerEmail: SALES, action: "one", dueDate: "2020-01-01" });
    await addCommitment(w, { ownerEmail: PLANNING, action: "two", dueDate: "2099-01-01" });
    await addCommitment(w, { ownerEmail: PLANNING, action: "three", dueDate: "2098-01-01" });
    const res = await exportXlsx(w.tokens.pmo, `lang=en&owner=${encodeURIComponent(PLANNING)}&sort=-due`);
    const { rows, text } = workbook(res.rawPayload);
    expect(text("xl/workbook.xml")).toContain('name="Commitments"');
    expect(rows[0]!.map(cellText).slice(0, 2)).toEqual(["Due date", "Owner"]);
    expect(rows.slice(1).map((r) => cellText(r[5]))).toEqual(["two", "three"]);
    expect(rows[1]!.map(cellText)[8]).toBe("Open");
  });

  it("403 for anyone but a PMO, even for their own commitments; 401 without a token", async () => {
    await addCommitment(w);
    for (const query of ["", "mine=true", `agenda=${w.agenda.id}`]) {
      const res = await exportXlsx(w.tokens.sales, query);
      expect(res.statusCode, query).toBe(403);
      expect(res.json().error).toEqual({ code: "forbidden", message: ONLY_PMO_XLSX });
    }
    expect((await w.t.app.inject({ method: "GET", url: "/api/commitments/export.xlsx" })).statusCode).toBe(401);
  });

  it.each([
    ["status=finished", "status"],
    ["colour=red", "colour"],
    ["sort=name", "sort"],
    ["lang=fr", "lang"],
    ["dueTo=2026-02-30x", "dueTo"],
  ])("400 for ?%s naming %s, before any byte of a workbook", async (query, field) => {
    const res = await exportXlsx(w.tokens.pmo, query);
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toMatch(/json/);
    expect(res.json().error).toMatchObject({ code: "bad_request", field });
  });

  it("streams batch by batch: every row once, in order, across many small batches", async () => {
    const made: string[] = [];
    for (let i = 0; i < 11; i++) made.push((await addCommitment(w, { action: `#${i}`, dueDate: `2099-01-${String(10 + (i % 4))}` })).id);
    const stream = commitmentsXlsxStream(w.t.db, DEMO_TENANT_ID, { today: "2026-11-28" }, { lang: "ja", timeZone: "Asia/Tokyo", batchSize: 3 });
    const chunks: Buffer[] = [];
    for await (const chunk of Readable.from(stream)) chunks.push(Buffer.from(chunk as Uint8Array));
    expect(chunks.length).toBeGreaterThan(2);
    const { rows } = workbook(new Uint8Array(Buffer.concat(chunks)));
    const ids = rows.slice(1).map((r) => cellText(r[15]));
    expect(new Set(ids)).toEqual(new Set(made));
    expect(ids).toHaveLength(11);
    const dues = rows.slice(1).map((r) => cellNumber(r[0]));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });
});

describe("xlsx-xml", () => {
  it("the well-formedness check itself rejects broken XML", () => {
    expect(() => parseXml("<a><b></a>")).toThrow();
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow();
  });
  it("escapes markup and drops characters XML 1.0 cannot carry", () => {
    expect(escapeXml(`a&b<c>"d"\u0001\u0008\t\n\uD800x😀`)).toBe("a&amp;b&lt;c&gt;&quot;d&quot;\t\nx😀");
  });
  it("turns dates and timestamps into Excel day numbers", () => {
    expect(excelSerial("1900-03-01")).toBe(61);
    expect(excelSerial("2020-01-01")).toBe(43831);
    expect(excelSerial("2020-01-01T12:00:00.000Z")).toBe(43831.5);
    expect(excelSerial("not a date")).toBeNull();
  });
});
