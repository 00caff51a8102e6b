// Tokens in the Outlook events runtime (event-based activation). The runtime has no UI (no popup, no
// dialog; Office.auth.getAccessToken is blocked), so the only way is silent nested app authentication.
// Whether the Outlook offers it is asked inside each handler, once Office is ready — asked when the
// script loads, Office may not be initialised yet and the answer would be "no" for the whole session.
// Without NAA getToken rejects with SignInRequiredError and the handlers decide from what they can
// see on the item alone. The events script must also be listed in
// /.well-known/microsoft-officeaddins-allowed.json for classic Outlook on Windows.
import { SignInRequiredError, type Auth } from "../ports";
import { createNaaBridgeAuth } from "./naa-bridge-auth";

/** The part of the Office global this file reads (tests pass a fake). */
export interface OfficeRequirementsLike {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } } | null;
  onReady?: () => Promise<unknown>;
}

export interface EntraSettings {
  clientId: string;
  apiScope: string;
  authority?: string;
}

export interface ServerEventsAuthOptions {
  /** Absolute origin of our server (the events runtime cannot resolve relative URLs). */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Defaults to the global Office, read when a handler asks (not when the script loads). */
  office?: () => OfficeRequirementsLike | undefined;
  /** How the token is got once NAA is known to be there; defaults to the host's NAA bridge. */
  naa?: (settings: EntraSettings) => Auth;
  /** How long to wait for Office.onReady when Office is not ready yet. */
  readyTimeoutMs?: number;
}

const globalOffice = () => (globalThis as { Office?: OfficeRequirementsLike }).Office;

/** Resolves once Office has its context, or after the timeout (the JavaScript-only runtime runs no onReady). */
async function officeReady(office: () => OfficeRequirementsLike | undefined, timeoutMs: number): Promise<void> {
  const current = office();
  if (current?.context?.requirements || typeof current?.onReady !== "function") return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    current.onReady().catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    }),
  ]);
  clearTimeout(timer);
}

/** Outlook's answer for NestedAppAuth 1.1, right now. */
export function naaSupported(office: OfficeRequirementsLike | undefined): boolean {
  try {
    return office?.context?.requirements?.isSetSupported("NestedAppAuth", "1.1") === true;
  } catch {
    return false;
  }
}

/**
 * An Auth for the events runtime: each getToken checks NAA support now, reads the Entra settings from
 * GET /api/client-config (once, since one events.js serves every deployment), then asks the bridge.
 */
export function createServerEventsAuth(options: ServerEventsAuthOptions): Auth {
  const office = options.office ?? globalOffice;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const naa = options.naa ?? ((settings: EntraSettings) => createNaaBridgeAuth({ clientId: settings.clientId, scopes: [settings.apiScope] }));
  let inner: Promise<Auth> | null = null;

  const load = async (): Promise<Auth> => {
    let config: { authMode?: string; clientId?: string; apiScope?: string; authority?: string };
    try {
      const response = await doFetch(`${options.baseUrl.replace(/\/+$/, "")}/api/client-config`, { headers: { accept: "application/json" } });
      config = (await response.json()) as typeof config;
    } catch {
      throw new SignInRequiredError("The server's sign-in settings could not be read");
    }
    if (config.authMode !== "entra" || !config.clientId || !config.apiScope) {
      throw new SignInRequiredError("This server does not use Microsoft Entra ID sign-in");
    }
    return naa({ clientId: config.clientId, apiScope: config.apiScope, ...(config.authority ? { authority: config.authority } : {}) });
  };

  return {
    async getToken(opts) {
      await officeReady(office, options.readyTimeoutMs ?? 1_000);
      if (!naaSupported(office())) throw new SignInRequiredError("This Outlook has no nested app authentication (NestedAppAuth 1.1)");
      inner ??= load().catch((error: unknown) => {
        inner = null;
        throw error;
      });
      return (await inner).getToken(opts);
    },
  };
}
