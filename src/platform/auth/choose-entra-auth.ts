// Which Entra sign-in a page uses, by host (PLATFORM.md §5, §9; the README's sign-in table):
// - Outlook with NestedAppAuth 1.1 → NAA; older Outlook → the Office dialog;
// - Teams (framed; TeamsJS initialised first by the entry) → teams-auth.ts: NAA when the host
//   recommends it, else Teams SSO (server-side on-behalf-of for Graph), else Teams' sign-in window;
// - a plain browser → the standard MSAL popup.
import type { Auth } from "../ports";
import { createNaaAuth, createPopupAuth, type MsalFactory } from "./msal-auth";
import { createOfficeDialogAuth, type OfficeDialogUi } from "./office-dialog-auth";
import { createTeamsAuth, type TeamsAuthSdk } from "./teams-auth";

export type SignInHost = "outlook" | "teams" | "browser";
export type EntraAuthKind = "naa" | "office-dialog" | "popup" | "teams";

/** Our sign-in page (MSAL's redirect flow), opened by the Office dialog and by Teams' sign-in window. */
export const SIGN_IN_PAGE = "/outlook/auth-dialog.html";

export interface EntraClientSettings {
  clientId: string;
  apiScope: string;
  authority?: string;
}

export interface ChooseEntraAuthOptions {
  settings: EntraClientSettings;
  host: SignInHost;
  /** Our origin, for the dialog page and redirect pages. */
  origin: string;
  loginHint?: string | null;
  /** Office.context.requirements.isSetSupported (Outlook only). */
  isSetSupported?: (name: string, version: string) => boolean;
  msal?: MsalFactory;
  officeUi?: OfficeDialogUi;
  /** teams-js (tests pass a fake). */
  teams?: () => Promise<TeamsAuthSdk>;
}

export function chooseEntraAuth(options: ChooseEntraAuthOptions): { kind: EntraAuthKind; auth: Auth } {
  const msalOptions = {
    clientId: options.settings.clientId,
    scopes: [options.settings.apiScope],
    ...(options.settings.authority ? { authority: options.settings.authority } : {}),
    ...(options.loginHint ? { loginHint: options.loginHint } : {}),
    ...(options.msal ? { msal: options.msal } : {}),
  };
  if (options.host === "outlook") {
    const isSetSupported = options.isSetSupported ?? officeIsSetSupported;
    const naa = isSetSupported("NestedAppAuth", "1.1");
    if (naa) return { kind: "naa", auth: createNaaAuth(msalOptions) };
    return {
      kind: "office-dialog",
      auth: createOfficeDialogAuth({ dialogUrl: `${options.origin}${SIGN_IN_PAGE}`, ...(options.officeUi ? { ui: options.officeUi } : {}) }),
    };
  }
  if (options.host === "teams") {
    return {
      kind: "teams",
      auth: createTeamsAuth({
        naa: () => createNaaAuth(msalOptions),
        signInUrl: `${options.origin}${SIGN_IN_PAGE}`,
        ...(options.teams ? { sdk: options.teams } : {}),
      }),
    };
  }
  return { kind: "popup", auth: createPopupAuth(msalOptions) };
}

/** Where this page runs, judged from the globals Office.js and the frame give us. */
export function detectSignInHost(scope: { Office?: unknown; self?: unknown; top?: unknown } = globalThis as never): SignInHost {
  const office = scope.Office as { context?: { mailbox?: unknown } } | undefined;
  if (office?.context?.mailbox) return "outlook";
  let framed: boolean;
  try {
    framed = scope.self !== scope.top;
  } catch {
    framed = true;
  }
  return framed ? "teams" : "browser";
}

function officeIsSetSupported(name: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}
