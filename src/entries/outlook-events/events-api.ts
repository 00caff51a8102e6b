// Where the event runtime gets a token for our API: silent nested app authentication, checked inside
// each handler (createServerEventsAuth). Null only when the script cannot know our origin; then the
// handlers never reach the directory and decide from the item alone.
import { bakedApiOrigin } from "../../core/events/api-origin";
import { createServerEventsAuth } from "../../platform/auth/events-auth";
import type { Auth } from "../../platform/ports";

export interface EventsApi {
  auth: Auth;
  /** Absolute origin of our API (the event runtime cannot resolve relative URLs). */
  baseUrl: string;
}

export function createEventsApi(): EventsApi | null {
  // The server bakes its origin into events.js (classic Outlook on Windows runs the script with no
  // `location`); runtimes that load events.html could also read it from their location.
  const location = (globalThis as { location?: { origin?: string } }).location?.origin;
  const baseUrl = bakedApiOrigin() ?? (location && /^https?:/.test(location) ? location : null);
  if (!baseUrl) return null;
  return { auth: createServerEventsAuth({ baseUrl }), baseUrl };
}
