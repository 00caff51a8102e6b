// The periods that identify a reminder: the UTC day of a digest, the ISO week of a weekly summary.

/** YYYY-MM-DD (UTC). */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/** YYYY-MM-DD `days` after `day`. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return utcDay(d);
}

/** ISO-8601 week, e.g. 2026-W48: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  d.setUTCDate(d.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}
