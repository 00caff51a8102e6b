// The building blocks of every API schema: languages, ids, e-mail addresses, dates and bounded text.
import { z } from "zod";

export const LANGS = ["ja", "en"] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "must be an id");
export const Email = z
  .string()
  .trim()
  .max(320)
  .pipe(z.email())
  .transform((e) => e.toLowerCase());
/** A calendar date, YYYY-MM-DD (due dates have no time of day). */
export const IsoDate = z.iso.date();
// Stored as UTC text and compared as text: a time whose UTC form leaves the four-digit years
// (9999-12-31T23:59-14:00 is +010000-…) would sort before every real meeting.
const EARLIEST_MS = Date.UTC(1900, 0, 1);
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
export const IsoDateTime = z.iso.datetime({ offset: true }).refine(
  (s) => {
    const ms = Date.parse(s);
    return ms >= EARLIEST_MS && ms <= LATEST_MS;
  },
  { message: "a date and time from the year 1900 to 9999 (in UTC)" },
);

/** Required text: trimmed, at least one character. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
/** Optional text: trimmed, may be empty. */
export const boundedText = (max: number) => z.string().trim().max(max);
