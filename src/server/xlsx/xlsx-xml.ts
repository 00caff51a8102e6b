// The XML parts of a one-sheet Office Open XML workbook (SpreadsheetML), as strings. Text cells are
// inline strings (no shared-string table to hold in memory while streaming); dates are numbers
// with a date format, so Excel sorts and filters them as dates.
import { exportCell } from "../csv/formula-guard";

/** A cell: text (inline string), a calendar date (YYYY-MM-DD), an ISO timestamp, or empty. */
export type XlsxCell =
  | { kind: "text"; value: string }
  | { kind: "date"; value: string }
  | { kind: "dateTime"; value: string }
  | { kind: "empty" };

export interface XlsxColumn {
  header: string;
  /** Width in characters. */
  width: number;
}

// Style indexes into cellXfs of styles.xml below.
const STYLE_HEADER = 1;
const STYLE_DATE = 2;
const STYLE_DATE_TIME = 3;
/** Text that could start a formula: Excel's "quote prefix" keeps it text even when the cell is edited. */
const STYLE_QUOTED = 4;
/** Excel's limit for the text of one cell. */
const MAX_CELL_TEXT = 32_767;
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text for XML and drops the characters XML 1.0 cannot carry (controls, lone surrogates). */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/** Days since Excel's epoch (1899-12-30), with the time of day as the fraction; null if unparsable. */
export function excelSerial(iso: string): number | null {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return Math.round(((ms - EXCEL_EPOCH) / MS_PER_DAY) * 1e8) / 1e8;
}

function inline(text: string, style?: number): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  // An inline string is text, never a formula (formulas live only in <f>): "=1+1" stays "=1+1".
  return `<c t="inlineStr"${s}><is><t xml:space="preserve">${escapeXml(text.slice(0, MAX_CELL_TEXT))}</t></is></c>`;
}

function textCell(value: string): string {
  const safe = exportCell(value);
  return safe.text === "" ? "<c/>" : inline(safe.text, safe.formula ? STYLE_QUOTED : undefined);
}

export function cellXml(cell: XlsxCell): string {
  if (cell.kind === "empty") return "<c/>";
  if (cell.kind === "text") return textCell(cell.value);
  const serial = excelSerial(cell.value);
  if (serial === null) return textCell(cell.value);
  return `<c s="${cell.kind === "date" ? STYLE_DATE : STYLE_DATE_TIME}"><v>${serial}</v></c>`;
}

export function rowXml(cells: readonly XlsxCell[]): string {
  return `<row>${cells.map(cellXml).join("")}</row>`;
}

/** Everything of the sheet before the data rows: frozen bold header row and column widths. */
export function sheetStart(columns: readonly XlsxColumn[]): string {
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join("");
  const header = `<row>${columns.map((c) => inline(c.header, STYLE_HEADER)).join("")}</row>`;
  return (
    `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${cols}</cols><sheetData>${header}`
  );
}

export const SHEET_END = "</sheetData></worksheet>";

/** The fixed parts of the package, by path inside the zip. */
export function workbookParts(sheetName: string): Record<string, string> {
  const name = escapeXml(sheetName.replace(/[\\/?*[\]:]/g, " ").slice(0, 31));
  return {
    "[Content_Types].xml":
      `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `</Types>`,
    "_rels/.rels":
      `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      `<sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml":
      `${XML_DECL}<styleSheet xmlns="${NS_MAIN}">` +
      `<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>` +
      `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
      `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
      `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
      `<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
      `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  };
}
