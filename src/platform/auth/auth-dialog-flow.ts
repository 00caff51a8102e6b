// Runs inside the Office sign-in dialog (/outlook/auth-dialog.html): MSAL's redirect flow with the
// standard public client, then the token goes to the task pane with messageParent.
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

/** The dialog page's whole job, with the real MSAL and Office.js (the entry only supplies settings). */
export async function startOfficeAuthDialog(settings: { clientId: string; apiScope: string; authority?: string } | null): Promise<void> {
  const messageParent = (message: string) => Office.context.ui.messageParent(message);
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
