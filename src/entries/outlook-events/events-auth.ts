// Where the event runtime gets a token for our API: silent nested app authentication (issue 6's
// createServerEventsAuth), configured from GET /api/client-config on first use. Without it — local
// auth mode, or an Outlook without NestedAppAuth 1.1 — the handlers skip the directory, treat
// departments as unknown, and never nudge or block.
import { bakedApiOrigin } from "../../core/events/api-origin";
import { createServerEventsAuth } from "../../platform/auth/events-auth";
import type { Auth } from "../../platform/ports";

export interface EventsApi {
  auth: Auth;
  /** Absolute origin of our API (the event runtime cannot resolve relative URLs). */
  baseUrl: string;
}

export function createEventsAuth(): EventsApi | null {
  // The server bakes its origin into events.js (classic Outlook on Windows runs the script with no
  // `location`); runtimes that load events.html could also read it from their location.
  const location = (globalThis as { location?: { origin?: string } }).location?.origin;
  const baseUrl = bakedApiOrigin() ?? (location && /^https?:/.test(location) ? location : null);
  if (!baseUrl) return null;
  const auth = createServerEventsAuth({ baseUrl });
  return auth ? { auth, baseUrl } : null;
}
