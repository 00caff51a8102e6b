// Due dates are calendar dates (YYYY-MM-DD) with no time zone: "today" must be the user's local day,
// not UTC's, or a commitment due today would show as overdue in Japan every morning.
import type { Lang } from "../core/api/contract";

export function localIsoDate(date: Date = new Date()): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

export function isOverdue(dueDate: string, status: string, today: string = localIsoDate()): boolean {
  return status === "open" && dueDate < today;
}

/** 2026-12-01 → "2026/12/01" (ja) or "Dec 1, 2026" (en); the input stays ISO for machines. */
export function formatDueDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return lang === "ja"
    ? `${match[1]}/${match[2]}/${match[3]}`
    : date.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric" });
}
