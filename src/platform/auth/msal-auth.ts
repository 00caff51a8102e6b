// Entra ID sign-in with MSAL.js: nested app authentication (NAA) inside Outlook and Teams, or the
// standard popup flow in a plain browser. Tokens live in memory only (cacheLocation memoryStorage):
// nothing about the user is written to the browser's storage.
import {
  BrowserCacheLocation,
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type Configuration,
} from "@azure/msal-browser";
import { SignInRequiredError, type Auth } from "../ports";

/** The part of MSAL's IPublicClientApplication this adapter uses (the port tests fake). */
export interface MsalClient {
  acquireTokenSilent(request: { scopes: string[]; account?: MsalAccount; forceRefresh?: boolean }): Promise<MsalTokenResult>;
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string }): Promise<MsalTokenResult>;
  getActiveAccount(): MsalAccount | null;
  getAllAccounts(): MsalAccount[];
  setActiveAccount(account: MsalAccount | null): void;
}

export interface MsalAccount {
  homeAccountId: string;
  username: string;
}

export interface MsalTokenResult {
  accessToken: string;
  account: MsalAccount | null;
}

export type MsalFactory = (configuration: Configuration) => Promise<MsalClient>;

export interface MsalAuthOptions {
  clientId: string;
  /** e.g. https://login.microsoftonline.com/organizations */
  authority?: string;
  /** ["api://<host>/<clientId>/access_as_user"] */
  scopes: string[];
  /** Where Entra sends the popup back; defaults to <origin>/auth/redirect.html. */
  redirectUri?: string;
  /** The host's user hint (Teams context), used when a popup has to ask. */
  loginHint?: string | null;
  msal?: MsalFactory;
}

export const nestableMsal: MsalFactory = (configuration) =>
  createNestablePublicClientApplication(configuration) as unknown as Promise<MsalClient>;
export const standardMsal: MsalFactory = (configuration) =>
  createStandardPublicClientApplication(configuration) as unknown as Promise<MsalClient>;

/** MSAL's configuration for this app: memory-only cache, redirect back to this origin. */
export function msalConfiguration(options: Pick<MsalAuthOptions, "clientId" | "authority" | "redirectUri">): Configuration {
  return {
    auth: {
      clientId: options.clientId,
      ...(options.authority ? { authority: options.authority } : {}),
      // The popup lands on a page that hands the response back (msal-browser 5's redirect bridge);
      // NAA ignores it (the broker uses brk-multihub://<origin>).
      ...(options.redirectUri ? { redirectUri: options.redirectUri } : typeof location !== "undefined" ? { redirectUri: `${location.origin}/auth/redirect.html` } : {}),
    },
    cache: { cacheLocation: BrowserCacheLocation.MemoryStorage },
  };
}

/** NAA in Outlook (NestedAppAuth 1.1) and Teams; MSAL itself falls back to the standard flow without a broker. */
export function createNaaAuth(options: MsalAuthOptions): Auth {
  return createMsalAuth({ ...options, msal: options.msal ?? nestableMsal });
}

/** A plain browser: the standard public client, with a popup when it must ask the user. */
export function createPopupAuth(options: MsalAuthOptions): Auth {
  return createMsalAuth({ ...options, msal: options.msal ?? standardMsal });
}

function createMsalAuth(options: MsalAuthOptions & { msal: MsalFactory }): Auth {
  let client: Promise<MsalClient> | null = null;
  const ready = () => (client ??= options.msal(msalConfiguration(options)).catch((error: unknown) => {
    client = null;
    throw error;
  }));

  async function interactive(msal: MsalClient): Promise<string> {
    try {
      const result = await msal.acquireTokenPopup({ scopes: options.scopes, ...(options.loginHint ? { loginHint: options.loginHint } : {}) });
      if (result.account) msal.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      throw new SignInRequiredError(describeMsalFailure(error));
    }
  }

  return {
    async getToken(opts) {
      const msal = await ready();
      // "Sign in again" clicked: straight to the popup (a click lets the browser open it).
      if (opts?.interactive) return interactive(msal);
      const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
      try {
        // The API refused our token (401): skip MSAL's cache and ask Entra for a fresh one.
        const result = await msal.acquireTokenSilent({
          scopes: options.scopes,
          ...(account ? { account } : {}),
          ...(opts?.forceRefresh ? { forceRefresh: true } : {}),
        });
        if (result.account && !account) msal.setActiveAccount(result.account);
        return result.accessToken;
      } catch (error) {
        if (!needsInteraction(error)) throw new SignInRequiredError(describeMsalFailure(error));
        return interactive(msal);
      }
    },
  };
}

/** Silent failures a popup can fix: consent or sign-in needed, or no account known yet. */
export function needsInteraction(error: unknown): boolean {
  if (error instanceof InteractionRequiredAuthError) return true;
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return code === "no_account_error" || code === "no_tokens_found" || code === "monitor_window_timeout" || code === "timed_out";
}

function describeMsalFailure(error: unknown): string {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  if (code === "user_cancelled") return "Sign-in was cancelled";
  if (code === "popup_window_error" || code === "empty_window_error") return "The sign-in window was blocked: allow pop-ups for this site and try again";
  return `Sign-in failed${typeof code === "string" ? ` (${code})` : ""}`;
}
