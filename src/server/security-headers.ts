// Response headers every response carries (helmet), and the Content-Security-Policy of the pages that
// Outlook and Teams frame, chosen by path.
import helmet from "@fastify/helmet";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

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

/**
 * The pages' policy. `signInOrigins`: where MSAL's popup and dialog flows redeem the sign-in code —
 * the configured Entra authority host (national clouds use their own), none in local mode. NAA goes
 * through the host instead and needs no connect-src.
 */
export function pageCsp(signInOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    // Office.js must be loaded from Microsoft's CDN (it may not be bundled).
    "script-src 'self' https://appsforoffice.microsoft.com https://res.cdn.office.net",
    // No inline event handlers ever (the build emits none): an injected onerror= stays dead even if
    // script-src is loosened one day.
    "script-src-attr 'none'",
    // Fluent UI (griffel) injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...signInOrigins].join(" "),
    "object-src 'none'",
    // The pages have no <base>: an injected one could only redirect relative script URLs.
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${FRAME_ANCESTORS.join(" ")}`,
  ].join("; ");
}

/** The page policy of local auth mode (no Entra ID to reach). */
export const PAGE_CSP = pageCsp([]);

/** JSON and other non-page responses: nothing to run, and nobody may frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The API answers data; everything else may be a page (also a 304 with no content-type). */
const isApiPath = (url: string) => /^\/(api\/|api$|healthz)/.test(url);

/**
 * helmet's defaults, except where they would break being a Microsoft 365 app: framing is governed by
 * CSP frame-ancestors (X-Frame-Options can't name Teams and Outlook, so it is off); Outlook and Teams
 * load our icons cross-origin (CORP cross-origin); MSAL's popup fallback needs window.opener (no COOP).
 * The CSP itself is set per path in the onSend hook below.
 */
export const HELMET_OPTIONS = {
  contentSecurityPolicy: false,
  frameguard: false,
  crossOriginOpenerPolicy: false,
  crossOriginEmbedderPolicy: false,
  crossOriginResourcePolicy: { policy: "cross-origin" },
  referrerPolicy: { policy: "strict-origin-when-cross-origin" },
} as const;

/**
 * hsts: only in production — on https://localhost it would pin every local port to HTTPS.
 * signInOrigins: the Entra authority host pages sign in at (empty in local mode).
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: { hsts: boolean; signInOrigins?: readonly string[] }): Promise<void> {
  await app.register(helmet, { ...HELMET_OPTIONS, ...(options.hsts ? {} : { strictTransportSecurity: false }) });
  const page = pageCsp(options.signInOrigins ?? []);
  app.addHook("onSend", async (request, reply, payload) => {
    applySecurityHeaders(request, reply, page);
    return payload;
  });
}

export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply, page: string = PAGE_CSP): void {
  // Chosen by path, not content-type: a 304 for a page has no content-type, and the browser
  // applies the CSP of the 304 to the cached page.
  reply.header("content-security-policy", isApiPath(request.url) ? API_CSP : page);
}
