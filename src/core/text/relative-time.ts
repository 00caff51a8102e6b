// "3分前" / "3 min ago" for when an entry was written or changed. Past a week the date itself is more
// useful than "12 days ago", so it becomes the one date format of the language (format-date.ts).
// Written by hand for the same reason as formatDate: the same words in every runtime.
import type { Lang } from "../api/primitives";
import { formatDate } from "./format-date";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The local calendar date of an instant, as YYYY-MM-DD. */
function localDate(at: Date): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, "0")}-${String(at.getDate()).padStart(2, "0")}`;
}

export function formatRelativeTime(iso: string, now: Date, lang: Lang): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  // A clock a little ahead of the server's still reads "just now", never "in 1 min".
  const ago = Math.max(0, now.getTime() - at.getTime());
  const ja = lang === "ja";
  if (ago < MINUTE) return ja ? "たった今" : "just now";
  if (ago < HOUR) {
    const n = Math.floor(ago / MINUTE);
    return ja ? `${n}分前` : `${n} min ago`;
  }
  if (ago < DAY) {
    const n = Math.floor(ago / HOUR);
    return ja ? `${n}時間前` : `${n} h ago`;
  }
  if (ago < 7 * DAY) {
    const n = Math.floor(ago / DAY);
    return ja ? `${n}日前` : n === 1 ? "yesterday" : `${n} days ago`;
  }
  return formatDate(localDate(at), lang);
}

/** Whole local calendar days from the day of `iso` to the day of `now` (0 the same day, never negative). */
function calendarDaysBetween(at: Date, now: Date): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.max(0, Math.round((day(now) - day(at)) / DAY));
}

/**
 * Since when something has waited, by calendar day: "今日から" / "since today", "昨日から" /
 * "since yesterday", "3日前から" / "for 3 days". A wait stays counted in days past a week: its length
 * is the point, where an entry's age reads better as a date.
 */
export function formatWaitingSince(iso: string, now: Date, lang: Lang): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const n = calendarDaysBetween(at, now);
  const ja = lang === "ja";
  if (n === 0) return ja ? "今日から" : "since today";
  if (n === 1) return ja ? "昨日から" : "since yesterday";
  return ja ? `${n}日前から` : `for ${n} days`;
}
