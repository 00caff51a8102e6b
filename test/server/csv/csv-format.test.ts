import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "../../../src/server/csv/csv-format";

describe("csvCell", () => {
  it("leaves plain text (Japanese included) unquoted", () => {
    expect(csvCell("大手企業向けのCRM")).toBe("大手企業向けのCRM");
    expect(csvCell("")).toBe("");
    expect(csvCell(null)).toBe("");
  });

  it("quotes commas, quotes, CR and LF, doubling quotes (RFC 4180)", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line1\nline2")).toBe('"line1\nline2"');
    expect(csvCell("line1\r\nline2")).toBe('"line1\r\nline2"');
  });

  it.each(["=1+1", "+81 3", "-2", "@SUM(A1)", "\tx", "\rx"])("prefixes %j so Excel never runs it as a formula", (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, "").startsWith(`'${value[0]}`)).toBe(true);
  });

  it.each(["＝1+1", "＋81", "－2", "＠SUM(A1)", "\u22122", "\u200B=1", "\u200Dx", "\uFEFF=1", "  =1", "\u3000＝1", "\u00A0@x", "\u{E0020}=1+1", "\uFFF9=1", "\u{1D173}=1", "\uFE6B SUM(A1)"])(
    "prefixes %j (full-width, invisible or spaced lead characters) too",
    (value) => {
      expect(csvCell(value).replace(/^"/, "")).toBe(`'${value}`);
    },
  );

  it.each([
    ["an override inside", "営業部\u202E1202-21-01", "営業部1202-21-01"],
    ["every embedding, override and isolate", "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069", "abcdefghi"],
    ["an override before a formula", "\u202E=1+1", "'=1+1"],
    ["an isolate before a full-width formula", "\u2067＝1", "'＝1"],
  ])("leaves out direction controls, which reorder what the reader sees: %s", (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("keeps the marks that only hint a direction (LRM, RLM) and defuses a formula behind them", () => {
    expect(csvCell("a\u200Eb")).toBe("a\u200Eb");
    expect(csvCell("\u200F=1")).toBe("'\u200F=1");
  });

  it.each(["1+1", "a=b", "価格 = 100", "email@example.com", " text"])("leaves %j as it is", (value) => {
    expect(csvCell(value)).toBe(value);
  });

  it("quotes a prefixed formula that also needs quoting", () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it("ends each record with CRLF", () => {
    expect(csvLine(["a", null, "b,c"])).toBe('a,,"b,c"\r\n');
  });
});
