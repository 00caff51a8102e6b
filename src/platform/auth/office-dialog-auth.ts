// Outlook without NestedAppAuth 1.1: sign in through an Office dialog (Office.context.ui.displayDialogAsync).
// The dialog page (/outlook/auth-dialog.html) runs MSAL's redirect flow and sends the token back with
// messageParent. The token stays in this object's memory until shortly before it expires.
import { SignInRequiredError, type Auth } from "../ports";

/** The part of Office.context.ui this adapter uses. */
export interface OfficeDialogUi {
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; promptBeforeOpen?: boolean },
    callback: (result: { status: "succeeded" | "failed" | string; value: OfficeDialog; error?: { code: number; message: string } }) => void,
  ): void;
}

export interface OfficeDialog {
  addEventHandler(type: "dialogMessageReceived" | "dialogEventReceived", handler: (arg: { message?: string; error?: number }) => void): void;
  close(): void;
}

/** What the dialog page sends with messageParent (JSON). */
export type DialogMessage = { status: "success"; accessToken: string; expiresOn: number | null } | { status: "error"; message: string };

export interface OfficeDialogAuthOptions {
  /** Absolute URL of the dialog page on our origin. */
  dialogUrl: string;
  ui?: OfficeDialogUi;
  now?: () => number;
}

const EARLY_MS = 60_000;
/** 12006: the user closed the dialog. */
const DIALOG_CLOSED = 12006;

export function createOfficeDialogAuth(options: OfficeDialogAuthOptions): Auth {
  const now = options.now ?? Date.now;
  const ui = () => options.ui ?? (Office.context.ui as unknown as OfficeDialogUi);
  let cached: { token: string; renewAt: number } | null = null;
  let pending: Promise<string> | null = null;

  const open = () =>
    new Promise<string>((resolve, reject) => {
      ui().displayDialogAsync(options.dialogUrl, { height: 60, width: 30, promptBeforeOpen: false }, (result) => {
        if (result.status !== "succeeded") {
          reject(new SignInRequiredError(`The sign-in window could not open (${result.error?.code ?? "unknown"}: ${result.error?.message ?? ""})`));
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler("dialogMessageReceived", (arg) => {
          dialog.close();
          const message = parseDialogMessage(arg.message);
          if (message?.status === "success") {
            // Without an expiry, reuse for five minutes; MSAL in the dialog has the real one.
            cached = { token: message.accessToken, renewAt: (message.expiresOn ?? now() + 5 * 60_000 + EARLY_MS) - EARLY_MS };
            resolve(message.accessToken);
          } else {
            reject(new SignInRequiredError(message?.status === "error" ? message.message : "The sign-in window answered something unexpected"));
          }
        });
        dialog.addEventHandler("dialogEventReceived", (arg) => {
          reject(new SignInRequiredError(arg.error === DIALOG_CLOSED ? "Sign-in was cancelled" : `The sign-in window failed (${arg.error ?? "unknown"})`));
        });
      });
    });

  return {
    getToken(opts) {
      if (opts?.forceRefresh) cached = null;
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      pending ??= open().finally(() => {
        pending = null;
      });
      return pending;
    },
  };
}

export function parseDialogMessage(raw: string | undefined): DialogMessage | null {
  try {
    const value = JSON.parse(raw ?? "") as Partial<{ status: string; accessToken: unknown; expiresOn: unknown; message: unknown }>;
    if (value.status === "success" && typeof value.accessToken === "string" && value.accessToken !== "") {
      return { status: "success", accessToken: value.accessToken, expiresOn: typeof value.expiresOn === "number" ? value.expiresOn : null };
    }
    if (value.status === "error") return { status: "error", message: typeof value.message === "string" ? value.message : "Sign-in failed" };
  } catch {
    // not JSON
  }
  return null;
}
