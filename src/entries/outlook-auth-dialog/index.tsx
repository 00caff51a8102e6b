// /outlook/auth-dialog.html: the Office dialog that signs the user in for Outlook versions without
// nested app authentication (NestedAppAuth 1.1). MSAL's redirect flow runs in the dialog, and the
// token is sent to the task pane with messageParent (platform/auth/auth-dialog-flow.ts).
import { startOfficeAuthDialog } from "../../platform/auth/auth-dialog-flow";
import { fetchClientConfig } from "../shared/server-mode";

async function start(): Promise<void> {
  await Office.onReady();
  const config = await fetchClientConfig(location.origin).catch(() => null);
  const entra = config?.authMode === "entra" && config.clientId && config.apiScope ? config : null;
  await startOfficeAuthDialog(
    entra ? { clientId: entra.clientId!, apiScope: entra.apiScope!, ...(entra.authority ? { authority: entra.authority } : {}) } : null,
  );
}

void start();
