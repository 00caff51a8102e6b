// A person's time zone and language from their Exchange mailbox settings (Microsoft Graph
// GET /users/{mail}/mailboxSettings, app-only: the MailboxSettings.Read application permission).
// Outlook stores the time zone as a Windows name ("Tokyo Standard Time") unless a client set an IANA
// one; both are turned into IANA names, which is what Intl understands.
import { findIana } from "windows-iana";
import { isTimeZone } from "../time-zone";
import type { GraphClient } from "../graph/graph-client";

export interface MailboxSettings {
  timeZone: string | null;
  language: "ja" | "en" | null;
}

interface GraphMailboxSettings {
  timeZone?: string | null;
  language?: { locale?: string | null } | null;
}

/** An IANA name for a Windows or IANA time zone name, or null when neither is known. */
export function ianaTimeZone(name: string | null | undefined): string | null {
  const raw = name?.trim();
  if (!raw) return null;
  if ((raw.includes("/") || raw === "UTC") && isTimeZone(raw)) return raw;
  const found = findIana(raw)?.[0];
  if (found && isTimeZone(found)) return found;
  return isTimeZone(raw) ? raw : null;
}

/** "ja-JP" → ja, "en-GB" → en; a language the app doesn't speak → null (the tenant's default applies). */
export function appLanguage(locale: string | null | undefined): "ja" | "en" | null {
  const base = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return base === "ja" || base === "en" ? base : null;
}

export async function readMailboxSettings(graph: GraphClient, token: string, email: string): Promise<MailboxSettings> {
  const body = await graph.get<GraphMailboxSettings>(`users/${encodeURIComponent(email)}/mailboxSettings?$select=timeZone,language`, token);
  return { timeZone: ianaTimeZone(body.timeZone), language: appLanguage(body.language?.locale) };
}
