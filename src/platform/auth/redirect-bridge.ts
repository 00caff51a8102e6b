// The MSAL popup's landing page (/auth/redirect.html): msal-browser 5 needs it to hand the sign-in
// response back to the window that opened the popup.
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

/** Resolves false when there was nothing to hand back (page opened directly, or a stale response). */
export async function finishPopupSignIn(): Promise<boolean> {
  try {
    await broadcastResponseToMainFrame();
    return true;
  } catch {
    return false;
  }
}
