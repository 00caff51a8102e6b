// Tokens in the Outlook events runtime (event-based activation). Microsoft documents NAA there
// (sample Outlook-Event-SSO-NAA): createNestablePublicClientApplication and acquireTokenSilent only,
// because the runtime has no UI (no popup, no dialog; Office.auth.getAccessToken is blocked). The
// events script must also be listed in /.well-known/microsoft-officeaddins-allowed.json for classic
// Outlook on Windows. Returns null when NAA is not available: the handlers then work without our API.
import { SignInRequiredError, type Auth } from "../ports";
import { msalConfiguration, nestableMsal, type MsalFactory } from "./msal-auth";

export interface EventsAuthOptions {
  clientId: string;
  authority?: string;
  scopes: string[];
  msal?: MsalFactory;
  /** Office.context.requirements.isSetSupported, injectable for tests. */
  isSetSupported?: (name: string, version: string) => boolean;
}

export function createEventsAuth(options: EventsAuthOptions): Auth | null {
  const isSetSupported =
    options.isSetSupported ??
    ((name: string, version: string) => typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true);
  if (!isSetSupported("NestedAppAuth", "1.1")) return null;
  const factory = options.msal ?? nestableMsal;
  let client: ReturnType<MsalFactory> | null = null;
  return {
    async getToken() {
      client ??= factory(msalConfiguration(options));
      let msal;
      try {
        msal = await client;
      } catch {
        client = null;
        throw new SignInRequiredError("Sign-in is not available in this Outlook");
      }
      const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
      try {
        const result = await msal.acquireTokenSilent({ scopes: options.scopes, ...(account ? { account } : {}) });
        return result.accessToken;
      } catch {
        // No UI here: the task pane signs the user in (and consents) interactively.
        throw new SignInRequiredError("Open Common Purpose in the meeting once to sign in");
      }
    },
  };
}

export interface ServerEventsAuthOptions {
  /** Absolute origin of our server (the events runtime cannot resolve relative URLs). */
  baseUrl: string;
  fetch?: typeof fetch;
  msal?: MsalFactory;
  isSetSupported?: (name: string, version: string) => boolean;
}

/**
 * createEventsAuth with the Entra settings read from GET /api/client-config on first use, since one
 * events.js serves every deployment. Null when NAA is unavailable, so the handlers run without the API.
 */
export function createServerEventsAuth(options: ServerEventsAuthOptions): Auth | null {
  const probe = createEventsAuth({
    clientId: "probe",
    scopes: [],
    ...(options.isSetSupported ? { isSetSupported: options.isSetSupported } : {}),
  });
  if (!probe) return null;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let inner: Promise<Auth> | null = null;
  const load = async (): Promise<Auth> => {
    const response = await doFetch(`${options.baseUrl.replace(/\/+$/, "")}/api/client-config`, { headers: { accept: "application/json" } });
    const config = (await response.json()) as { authMode?: string; clientId?: string; apiScope?: string; authority?: string };
    if (config.authMode !== "entra" || !config.clientId || !config.apiScope) {
      throw new SignInRequiredError("This server does not use Microsoft Entra ID sign-in");
    }
    const auth = createEventsAuth({
      clientId: config.clientId,
      scopes: [config.apiScope],
      ...(config.authority ? { authority: config.authority } : {}),
      ...(options.msal ? { msal: options.msal } : {}),
      isSetSupported: () => true,
    });
    if (!auth) throw new SignInRequiredError("Sign-in is not available in this Outlook");
    return auth;
  };
  return {
    async getToken(opts) {
      inner ??= load().catch((error: unknown) => {
        inner = null;
        throw error instanceof SignInRequiredError ? error : new SignInRequiredError("The server's sign-in settings could not be read");
      });
      return (await inner).getToken(opts);
    },
  };
}
