// RFC 4180 CSV for Excel: CRLF line ends, quotes only where needed, and no cell that Excel would
// run as a formula (CSV injection: see formula-guard.ts; such a cell gets a leading ').
import { neutraliseFormula } from "./formula-guard";

/** UTF-8 byte order mark: without it Excel in Japan opens UTF-8 as Shift_JIS and garbles 日本語. */
export const UTF8_BOM = "\uFEFF";
export const CRLF = "\r\n";

const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | null | undefined): string {
  const text = value ?? "";
  const safe = neutraliseFormula(text);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated. */
export function csvLine(cells: readonly (string | null | undefined)[]): string {
  return cells.map(csvCell).join(",") + CRLF;
}
