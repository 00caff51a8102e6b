// Cells a spreadsheet could run as a formula (CSV injection). Excel and LibreOffice start a formula
// at = + - @, and also at their full-width forms (＝＋－＠, which Japanese input methods type) and
// the minus sign; a tab, CR or LF can break a cell open. Characters nobody sees — zero-width spaces,
// joiners, direction marks, the BOM, soft hyphens — may stand in front of any of these, so a cell
// that starts with one, or with spaces before a trigger, is treated the same.
// Every export cell (CSV and XLSX) goes through exportCell below, so they all agree.
import { withoutDirectionControls } from "../../core/text/direction-controls";

const TRIGGER = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\u2212\uFE62\uFE63\uFE66\uFE6B]/u;
const BREAKS = /^[\t\r\n]/;
/**
 * Format and default-ignorable characters (Unicode Cf — tags, interlinear annotation marks, musical
 * format controls — and friends) that render as nothing. Server-only code: property escapes are fine.
 */
const INVISIBLE = /^[\p{Cf}\p{Default_Ignorable_Code_Point}\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/u;
const SPACES = /^[ \u00A0\u2000-\u200A\u3000]+/u;

/** True when `text` must be kept as text: it could start a formula in a spreadsheet. */
export function looksLikeFormula(text: string): boolean {
  if (text === "") return false;
  if (BREAKS.test(text) || INVISIBLE.test(text) || TRIGGER.test(text)) return true;
  return TRIGGER.test(text.replace(SPACES, ""));
}

/** What an export writes into a cell, and whether the format must keep it as text. */
export interface ExportCell {
  text: string;
  formula: boolean;
}

/**
 * The one sanitiser of export cells: direction controls left out (in a spreadsheet, as in a page,
 * they reorder what the reader sees; escapeHtml drops them too), then the formula check on the rest.
 */
export function exportCell(text: string): ExportCell {
  const visible = withoutDirectionControls(text);
  return { text: visible, formula: looksLikeFormula(visible) };
}

/** The CSV way: a leading apostrophe, which Excel shows as text and does not display. */
export function neutraliseFormula(text: string): string {
  const cell = exportCell(text);
  return cell.formula ? `'${cell.text}` : cell.text;
}
