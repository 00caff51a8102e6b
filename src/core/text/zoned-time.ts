// Calendar days and clock times in a named (IANA) time zone, through Intl only, so the server, the
// clients and the reminder job agree on what "today" and "this week" are for a given person.

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function cached(map: Map<string, Intl.DateTimeFormat>, timeZone: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = map.get(timeZone);
  if (!format) {
    format = make();
    map.set(timeZone, format);
  }
  return format;
}

function parts(format: Intl.DateTimeFormat, at: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of format.formatToParts(at)) out[p.type] = p.value;
  return out;
}

/** YYYY-MM-DD of `at` in `timeZone`. */
export function dayIn(timeZone: string, at: Date): string {
  const f = cached(dayFormats, timeZone, () => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }));
  const p = parts(f, at);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "YYYY-MM-DD HH:mm" of `at` in `timeZone` (24-hour clock). */
export function dateTimeIn(timeZone: string, at: Date): string {
  const f = cached(
    timeFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat("en-CA", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }),
  );
  const p = parts(f, at);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The hour (0–23) of `at` in `timeZone`. */
export function hourIn(timeZone: string, at: Date): number {
  return Number(dateTimeIn(timeZone, at).slice(11, 13));
}

/** The YYYY-MM-DD `days` after `day` (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Sunday that ends the Monday-to-Sunday week of `day`. */
export function weekEndOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return addDays(day, weekday === 0 ? 0 : 7 - weekday);
}

/** ISO-8601 week of a calendar day, e.g. 2026-W49 (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekOfDay(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

function offsetMinutes(timeZone: string, at: Date): number {
  const local = dateTimeIn(timeZone, at);
  const asUtc = Date.parse(`${local.replace(" ", "T")}:00Z`);
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

function shortName(timeZone: string, locale: string, at: Date): string {
  const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(at).find((p) => p.type === "timeZoneName");
  return name?.value ?? "";
}

/**
 * A name for the zone that holds all year, for column headers: its abbreviation when it has one and
 * no daylight saving time (JST, UTC), "UTC+5:30" style for other fixed offsets, and the IANA name
 * for zones whose offset changes over the year (America/New_York), since one abbreviation would be
 * wrong for half the rows.
 */
export function zoneLabel(timeZone: string, year = new Date().getUTCFullYear()): string {
  const winter = new Date(Date.UTC(year, 0, 15));
  const summer = new Date(Date.UTC(year, 6, 15));
  if (offsetMinutes(timeZone, winter) !== offsetMinutes(timeZone, summer)) return timeZone;
  for (const locale of ["ja-JP", "en-US"]) {
    const name = shortName(timeZone, locale, winter);
    if (/^[A-Z]{2,5}$/.test(name)) return name;
  }
  const minutes = offsetMinutes(timeZone, winter);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, "0")}` : ""}`;
}
