// IANA time zone names, as the configuration, the directory import and Graph's mailbox settings give them.

/** True when Intl knows the IANA time zone name. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The server's own time zone: TZ when it names one, else what the system says (UTC when unsure). */
export function serverTimeZone(env: Record<string, string | undefined> = process.env): string {
  const tz = env.TZ?.trim().replace(/^:/, "");
  if (tz && isTimeZone(tz)) return tz;
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
