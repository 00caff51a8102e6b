// Where the event runtime gets a token for our API: silent nested app authentication (issue 6's
// createServerEventsAuth), configured from GET /api/client-config on first use. Without it — local
// auth mode, or an Outlook without NestedAppAuth 1.1 — the handlers skip the directory, treat
// departments as unknown, and never nudge or block.
import { createServerEventsAuth } from "../../platform/auth/events-auth";
import type { Auth } from "../../platform/ports";

export interface EventsApi {
  auth: Auth;
  /** Absolute origin of our API (the event runtime cannot resolve relative URLs). */
  baseUrl: string;
}

export function createEventsAuth(): EventsApi | null {
  // Runtimes that load events.html have a location; classic Outlook on Windows runs events.js in a
  // JavaScript-only runtime without one, and then goes without the API (see the README's limits).
  const baseUrl = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!baseUrl || !/^https?:/.test(baseUrl)) return null;
  const auth = createServerEventsAuth({ baseUrl });
  return auth ? { auth, baseUrl } : null;
}
