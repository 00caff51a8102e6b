// The commitments export as an Excel workbook: the CSV's columns and order
// (commitments/commitment-export.ts), with real dates — the due date as a date, times as date-times
// in the organisation's time zone — and headers in the reader's language.
import type { Readable } from "node:stream";
import type { Lang } from "../../core/api/primitives";
import type { CommitmentSort } from "../../core/api/commitment-list-contract";
import { EXPORT_COLUMNS, exportHeader, exportRowBatches, instantIn, type ExportRow, type ExportValue } from "../commitments/commitment-export";
import type { CommitmentFilter } from "../commitments/commitment.table";
import type { Db } from "../db/database";
import { xlsxStream } from "./xlsx-stream";
import type { XlsxCell, XlsxColumn } from "./xlsx-xml";

export const XLSX_BATCH_SIZE = 500;
export const ONLY_PMO_XLSX = "Only PMOs can export the commitments workbook";

const SHEET_NAME: Record<Lang, string> = { ja: "コミットメント", en: "Commitments" };

export interface XlsxExportOptions {
  lang: Lang;
  timeZone: string;
  sort?: CommitmentSort;
  batchSize?: number;
}

export function commitmentsXlsxColumns(lang: Lang, timeZone: string): XlsxColumn[] {
  return EXPORT_COLUMNS.map((c) => ({ header: exportHeader(c, lang, timeZone), width: c.width }));
}

function cellOf(v: ExportValue, timeZone: string): XlsxCell {
  if (v.kind === "date") return { kind: "date", value: v.value };
  if (v.kind === "text") return v.value === null ? { kind: "empty" } : { kind: "text", value: v.value };
  if (v.value === null) return { kind: "empty" };
  // The wall-clock time in the zone, stored as Excel stores times: a serial without a zone.
  const local = instantIn(timeZone, v.value);
  return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(local) ? { kind: "dateTime", value: `${local.replace(" ", "T")}:00Z` } : { kind: "text", value: local };
}

export function commitmentXlsxCells(row: ExportRow, lang: Lang, timeZone: string): XlsxCell[] {
  return EXPORT_COLUMNS.map((c) => cellOf(c.value(row, lang), timeZone));
}

export function commitmentsXlsxStream(db: Db, tenantId: string, filter: CommitmentFilter, options: XlsxExportOptions): Readable {
  const { lang, timeZone } = options;
  async function* batches() {
    for await (const rows of exportRowBatches(db, tenantId, filter, options.batchSize ?? XLSX_BATCH_SIZE, options.sort)) {
      yield rows.map((r) => commitmentXlsxCells(r, lang, timeZone));
    }
  }
  return xlsxStream(SHEET_NAME[lang], commitmentsXlsxColumns(lang, timeZone), batches());
}

/** commitments-YYYY-MM-DD.xlsx (the organisation's calendar day). */
export function xlsxFileName(day: string): string {
  return `commitments-${day}.xlsx`;
}
