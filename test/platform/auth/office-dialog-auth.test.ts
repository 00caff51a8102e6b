import { describe, expect, it, vi } from "vitest";
import { runAuthDialog, signInWindowReply, type DialogMsal } from "../../../src/platform/auth/auth-dialog-flow";
import { createOfficeDialogAuth, parseDialogMessage, type OfficeDialogUi } from "../../../src/platform/auth/office-dialog-auth";
import { SignInRequiredError } from "../../../src/platform/ports";

type Handler = (arg: { message?: string; error?: number }) => void;

/** A fake Office.context.ui: each dialog answers with the next scripted event. */
function fakeUi(script: ({ message: unknown } | { event: number } | { openError: number })[]) {
  const opened: string[] = [];
  let closed = 0;
  const ui: OfficeDialogUi = {
    displayDialogAsync(url, options, callback) {
      opened.push(`${url} ${options.height}x${options.width}`);
      const step = script.shift();
      if (!step) throw new Error("unexpected dialog");
      if ("openError" in step) {
        callback({ status: "failed", value: undefined as never, error: { code: step.openError, message: "A dialog box is already opened" } });
        return;
      }
      const handlers: Record<string, Handler> = {};
      callback({ status: "succeeded", value: { addEventHandler: (type, h) => void (handlers[type] = h), close: () => void closed++ } });
      queueMicrotask(() => {
        if ("message" in step) handlers.dialogMessageReceived?.({ message: typeof step.message === "string" ? step.message : JSON.stringify(step.message) });
        else handlers.dialogEventReceived?.({ error: step.event });
      });
    },
  };
  return { ui, opened, closedCount: () => closed };
}

const URL = "https://agenda.example.com/outlook/auth-dialog.html";

describe("createOfficeDialogAuth", () => {
  it("opens the dialog, takes the token it sends, closes it, and reuses the token until shortly before expiry", async () => {
    let now = 1_000_000;
    const { ui, opened, closedCount } = fakeUi([
      { message: { status: "success", accessToken: "tok-1", expiresOn: now + 3_600_000 } },
      { message: { status: "success", accessToken: "tok-2", expiresOn: null } },
    ]);
    const auth = createOfficeDialogAuth({ dialogUrl: URL, ui, now: () => now });
    const [a, b] = await Promise.all([auth.getToken(), auth.getToken()]);
    expect([a, b]).toEqual(["tok-1", "tok-1"]);
    expect(opened).toEqual([`${URL} 60x30`]);
    expect(closedCount()).toBe(1);
    now += 3_600_000 - 30_000;
    expect(await auth.getToken()).toBe("tok-2");
    expect(opened).toHaveLength(2);
  });

  it("forceRefresh opens the dialog again", async () => {
    const { ui, opened } = fakeUi([
      { message: { status: "success", accessToken: "a", expiresOn: Date.now() + 3_600_000 } },
      { message: { status: "success", accessToken: "b", expiresOn: Date.now() + 3_600_000 } },
    ]);
    const auth = createOfficeDialogAuth({ dialogUrl: URL, ui });
    expect(await auth.getToken()).toBe("a");
    expect(await auth.getToken({ forceRefresh: true })).toBe("b");
    expect(opened).toHaveLength(2);
  });

  it.each([
    [{ event: 12006 }, /cancelled/],
    [{ event: 12002 }, /failed \(12002\)/],
    [{ openError: 12007 }, /could not open \(12007/],
    [{ message: { status: "error", message: "Sign-in failed (access_denied)" } }, /access_denied/],
    [{ message: "not json" }, /unexpected/],
  ])("rejects with SignInRequiredError on %j", async (step, message) => {
    const { ui } = fakeUi([step]);
    const error = await createOfficeDialogAuth({ dialogUrl: URL, ui }).getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRequiredError);
    expect((error as Error).message).toMatch(message);
  });

  it("parses only well-formed dialog messages", () => {
    expect(parseDialogMessage('{"status":"success","accessToken":"x","expiresOn":5}')).toEqual({ status: "success", accessToken: "x", expiresOn: 5 });
    expect(parseDialogMessage('{"status":"success","accessToken":""}')).toBeNull();
    expect(parseDialogMessage(undefined)).toBeNull();
  });
});

describe("runAuthDialog (inside the dialog page)", () => {
  const scopes = ["api://agenda.example.com/id/access_as_user"];

  it("starts MSAL's redirect when there is no response yet", async () => {
    const sent: string[] = [];
    const redirects: unknown[] = [];
    const msal: DialogMsal = { handleRedirectPromise: async () => null, acquireTokenRedirect: async (r) => void redirects.push(r) };
    expect(await runAuthDialog({ msal, scopes, messageParent: (m) => sent.push(m) })).toBeNull();
    expect(redirects).toEqual([{ scopes }]);
    expect(sent).toEqual([]);
  });

  it("sends the token back after the redirect, in the format the task pane reads", async () => {
    const sent: string[] = [];
    const expiresOn = new Date("2026-11-28T12:00:00Z");
    const msal: DialogMsal = { handleRedirectPromise: async () => ({ accessToken: "tok", expiresOn }), acquireTokenRedirect: async () => {} };
    await runAuthDialog({ msal, scopes, messageParent: (m) => sent.push(m) });
    expect(sent).toHaveLength(1);
    expect(parseDialogMessage(sent[0])).toEqual({ status: "success", accessToken: "tok", expiresOn: expiresOn.getTime() });
  });

  it("sends an error without details of the token", async () => {
    const sent: string[] = [];
    const msal: DialogMsal = {
      handleRedirectPromise: async () => {
        throw Object.assign(new Error("x"), { errorCode: "access_denied" });
      },
      acquireTokenRedirect: async () => {},
    };
    await runAuthDialog({ msal, scopes, messageParent: (m) => sent.push(m) });
    expect(parseDialogMessage(sent[0])).toEqual({ status: "error", message: "Sign-in failed (access_denied)" });
  });
});

describe("signInWindowReply (who opened the sign-in window)", () => {
  it("answers an Office dialog with messageParent", async () => {
    const sent: string[] = [];
    vi.stubGlobal("Office", { context: { ui: { messageParent: (m: string) => void sent.push(m) } } });
    try {
      const reply = await signInWindowReply(true, async () => {
        throw new Error("teams-js must not load inside Office");
      });
      reply?.('{"status":"success","accessToken":"t","expiresOn":null}');
      expect(sent).toEqual(['{"status":"success","accessToken":"t","expiresOn":null}']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("answers Teams' sign-in window with notifySuccess / notifyFailure, after initialising TeamsJS", async () => {
    const calls: string[] = [];
    const reply = await signInWindowReply(false, async () => ({
      app: { initialize: async () => void calls.push("initialize") },
      authentication: { notifySuccess: (r) => void calls.push(`success ${r}`), notifyFailure: (r) => void calls.push(`failure ${r}`) },
    }));
    reply?.(JSON.stringify({ status: "success", accessToken: "t", expiresOn: 1 }));
    reply?.(JSON.stringify({ status: "error", message: "Sign-in failed (access_denied)" }));
    expect(calls).toEqual(["initialize", 'success {"status":"success","accessToken":"t","expiresOn":1}', "failure Sign-in failed (access_denied)"]);
  });

  it("is null when opened outside Office and Teams", async () => {
    expect(await signInWindowReply(false, async () => ({ app: { initialize: () => Promise.reject(new Error("timed out")) }, authentication: { notifySuccess() {}, notifyFailure() {} } }))).toBeNull();
  });
});
