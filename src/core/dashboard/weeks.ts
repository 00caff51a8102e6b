// Week buckets for the dashboard: done in TypeScript so the SQL stays free of dialect date functions.

/** The Monday (YYYY-MM-DD, UTC calendar) of the week a date falls in. */
export function mondayOf(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day.slice(0, 10);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return date.toISOString().slice(0, 10);
}

/** Adds rows into week buckets, keyed and sorted by Monday. */
export function bucketByWeek<R, A>(rows: readonly R[], dayOf: (row: R) => string, empty: () => A, add: (acc: A, row: R) => void): [string, A][] {
  const weeks = new Map<string, A>();
  for (const row of rows) {
    const week = mondayOf(dayOf(row));
    const acc = weeks.get(week) ?? empty();
    add(acc, row);
    weeks.set(week, acc);
  }
  return [...weeks.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
