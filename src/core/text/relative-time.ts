// "3分前" / "3 min ago" for when an entry was written or changed. Past a week the date itself is more
// useful than "12 days ago", so it becomes the one date format of the language (format-date.ts).
// Written by hand for the same reason as formatDate: the same words in every runtime.
import type { Lang } from "../api/contract";
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
