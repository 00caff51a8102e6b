// One date format per language, for the inserted agenda and every UI surface alike. Written by hand
// (no Intl/toLocaleDateString): the same output must come from Outlook's JavaScript-only event
// runtime, Node and every browser, whatever their ICU data.
import type { Lang } from "../api/primitives";

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 2026-12-01 → "2026/12/01" (ja) or "Dec 1, 2026" (en); anything else is returned unchanged. */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const month = Number(m);
  if (month < 1 || month > 12) return iso;
  return lang === "ja" ? `${y}/${m}/${d}` : `${EN_MONTHS[month - 1]} ${Number(d)}, ${y}`;
}
