// Runs inside our sign-in window (/outlook/auth-dialog.html): MSAL's redirect flow with the standard
// public client, then the token goes back to the page that opened the window — the Outlook task pane
// (Office dialog, messageParent) or a Teams tab (Teams' sign-in window, authentication.notifySuccess).
import type { DialogMessage } from "./office-dialog-auth";

/** The part of MSAL's PublicClientApplication the dialog uses. */
export interface DialogMsal {
  handleRedirectPromise(): Promise<{ accessToken: string; expiresOn: Date | null } | null>;
  acquireTokenRedirect(request: { scopes: string[] }): Promise<void>;
}

/** Returns what was sent to the parent, or null when the page is redirecting to sign in. */
export async function runAuthDialog(options: {
  msal: DialogMsal;
  scopes: string[];
  /** Hands the JSON message to the opener (Office messageParent, or Teams notifySuccess/notifyFailure). */
  messageParent(message: string): void;
}): Promise<DialogMessage | null> {
  let message: DialogMessage;
  try {
    const result = await options.msal.handleRedirectPromise();
    if (!result) {
      await options.msal.acquireTokenRedirect({ scopes: options.scopes });
      return null;
    }
    message = { status: "success", accessToken: result.accessToken, expiresOn: result.expiresOn ? result.expiresOn.getTime() : null };
  } catch (error) {
    const code = (error as { errorCode?: unknown } | null)?.errorCode;
    message = { status: "error", message: `Sign-in failed${typeof code === "string" ? ` (${code})` : ""}` };
  }
  options.messageParent(JSON.stringify(message));
  return message;
}

/** The parts of teams-js the sign-in window uses. */
export interface TeamsWindowSdk {
  app: { initialize(): Promise<void> };
  authentication: { notifySuccess(result?: string): void; notifyFailure(reason?: string): void };
}

/**
 * Who opened this window and how to answer: an Office dialog when Office.js runs in a host, else
 * Teams' sign-in window (which TeamsJS must be initialised in). Null: neither (opened directly).
 */
export async function signInWindowReply(
  officeHost: boolean,
  loadTeams: () => Promise<TeamsWindowSdk> = async () => (await import("@microsoft/teams-js")) as unknown as TeamsWindowSdk,
): Promise<((message: string) => void) | null> {
  if (officeHost) return (message) => Office.context.ui.messageParent(message);
  try {
    const teams = await loadTeams();
    await Promise.race([teams.app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error("not in Teams")), 4_000))]);
    return (message) => {
      // Teams hands the string to authenticate()'s promise; a failure rejects it with the reason.
      const parsed = JSON.parse(message) as DialogMessage;
      if (parsed.status === "success") teams.authentication.notifySuccess(message);
      else teams.authentication.notifyFailure(parsed.message);
    };
  } catch {
    return null;
  }
}

/** The sign-in window's whole job, with the real MSAL (the entry supplies settings and the reply). */
export async function startOfficeAuthDialog(
  settings: { clientId: string; apiScope: string; authority?: string } | null,
  messageParent: (message: string) => void,
): Promise<void> {
  if (!settings) {
    messageParent(JSON.stringify({ status: "error", message: "This server is not set up for Microsoft Entra ID sign-in" }));
    return;
  }
  const { BrowserCacheLocation, createStandardPublicClientApplication } = await import("@azure/msal-browser");
  const msal = await createStandardPublicClientApplication({
    auth: {
      clientId: settings.clientId,
      ...(settings.authority ? { authority: settings.authority } : {}),
      redirectUri: `${location.origin}/outlook/auth-dialog.html`,
    },
    cache: { cacheLocation: BrowserCacheLocation.MemoryStorage },
  });
  await runAuthDialog({ msal: msal as unknown as DialogMsal, scopes: [settings.apiScope], messageParent });
}
