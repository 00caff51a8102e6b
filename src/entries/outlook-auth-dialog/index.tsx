// /outlook/auth-dialog.html: the sign-in window for hosts without nested app authentication — the
// Office dialog of older Outlook versions, and Teams' sign-in window when Teams SSO can't be used.
// MSAL's redirect flow runs here, and the token goes back to the opener (platform/auth/auth-dialog-flow.ts).
import { signInWindowReply, startOfficeAuthDialog } from "../../platform/auth/auth-dialog-flow";
import { fetchClientConfig } from "../shared/server-mode";

function show(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

async function start(): Promise<void> {
  const info = await Office.onReady().catch(() => ({ host: null }));
  const reply = await signInWindowReply(Boolean(info.host));
  if (!reply) {
    show("Open this page from Outlook or Teams to sign in. / Outlook または Teams からサインインしてください。");
    return;
  }
  const config = await fetchClientConfig(location.origin).catch(() => null);
  const entra = config?.authMode === "entra" && config.clientId && config.apiScope ? config : null;
  await startOfficeAuthDialog(
    entra ? { clientId: entra.clientId!, apiScope: entra.apiScope!, ...(entra.authority ? { authority: entra.authority } : {}) } : null,
    reply,
  );
}

void start();
