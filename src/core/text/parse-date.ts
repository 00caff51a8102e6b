// Reading a calendar date back out of text a person or a mail client wrote: what formatDate writes
// (2026/12/01, Dec 1, 2026), ISO (2026-12-01), and what people type (2026/6/3, 2026年6月3日,
// 3 June 2026, full-width digits). The counterpart of format-date.ts, hand-written for the same reason.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

const NUMERIC = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
// "Dec 1, 2026", "December 1st 2026"; "1 Dec 2026", "1 December, 2026".
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b,?\\s*(\\d{4})\\b`, "i");
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s*(\\d{4})\\b`, "i");

function isoOf(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** YYYY-MM-DD of the first date written in `text`, or null when there is none (or it does not exist). */
export function parseDate(text: string): string | null {
  const s = text.normalize("NFKC");
  const numeric = NUMERIC.exec(s);
  if (numeric) return isoOf(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const monthFirst = MONTH_FIRST.exec(s);
  if (monthFirst) return isoOf(Number(monthFirst[3]), monthOf(monthFirst[1] as string), Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(s);
  if (dayFirst) return isoOf(Number(dayFirst[3]), monthOf(dayFirst[2] as string), Number(dayFirst[1]));
  return null;
}
