// Response headers every response carries, and the Content-Security-Policy of the pages that
// Outlook and Teams frame. helmet is not a dependency; these few headers are all we need.
import type { FastifyReply, FastifyRequest } from "fastify";

/** Hosts allowed to frame our pages (PLATFORM.md §6: Teams' documented list plus Outlook's hosts). */
export const FRAME_ANCESTORS = [
  "'self'",
  "teams.microsoft.com",
  "*.teams.microsoft.com",
  "*.cloud.microsoft",
  "*.microsoft365.com",
  "*.office.com",
  "outlook.office.com",
  "outlook.office365.com",
  "outlook-sdf.office.com",
  "outlook-sdf.office365.com",
  "outlook.live.com",
] as const;

export const PAGE_CSP = [
  "default-src 'self'",
  // Office.js must be loaded from Microsoft's CDN (it may not be bundled).
  "script-src 'self' https://appsforoffice.microsoft.com https://res.cdn.office.net",
  // Fluent UI (griffel) injects <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(" ")}`,
].join("; ");

/** JSON and other non-page responses: nothing to run, and nobody may frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The API answers data; everything else may be a page (also a 304 with no content-type). */
const isApiPath = (url: string) => /^\/(api\/|api$|healthz)/.test(url);

export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header("x-content-type-options", "nosniff");
  reply.header("referrer-policy", "strict-origin-when-cross-origin");
  // Chosen by path, not content-type: a 304 for a page has no content-type, and the browser
  // applies the CSP of the 304 to the cached page.
  reply.header("content-security-policy", isApiPath(request.url) ? API_CSP : PAGE_CSP);
}
