import { BrowserAuthError, InteractionRequiredAuthError } from "@azure/msal-browser";
import { describe, expect, it } from "vitest";
import { chooseEntraAuth, detectSignInHost } from "../../../src/platform/auth/choose-entra-auth";
import { createNaaAuth, createPopupAuth } from "../../../src/platform/auth/msal-auth";
import { SignInRequiredError } from "../../../src/platform/ports";
import { ALICE, fail, fakeMsal, token } from "./fake-msal";

const SCOPE = "api://agenda.example.com/0f8fad5b-d9cb-469f-a165-70867728950e/access_as_user";
const base = { clientId: "0f8fad5b-d9cb-469f-a165-70867728950e", authority: "https://login.microsoftonline.com/organizations", scopes: [SCOPE] };

describe("createNaaAuth", () => {
  it("creates the client once, memory-only, and gets tokens silently", async () => {
    const msal = fakeMsal();
    msal.silent.push(token("t1"), token("t2"));
    const auth = createNaaAuth({ ...base, msal: msal.factory });
    expect(await auth.getToken()).toBe("t1");
    expect(await auth.getToken({ forceRefresh: true })).toBe("t2");
    expect(msal.configurations).toHaveLength(1);
    expect(msal.configurations[0]?.auth).toMatchObject({ clientId: base.clientId, authority: base.authority });
    expect(msal.configurations[0]?.cache).toEqual({ cacheLocation: "memoryStorage" });
    expect(msal.calls).toEqual([`silent ${SCOPE} account=-`, "setActive alice@contoso.com", `silent ${SCOPE} account=alice@contoso.com force`]);
  });

  it("goes straight to the popup when the user clicks Sign in again (interactive)", async () => {
    const msal = fakeMsal();
    msal.accounts = [ALICE];
    msal.popup.push(token("fresh"));
    const auth = createNaaAuth({ ...base, loginHint: "alice@contoso.com", msal: msal.factory });
    expect(await auth.getToken({ forceRefresh: true, interactive: true })).toBe("fresh");
    expect(msal.calls).toEqual([`popup ${SCOPE} hint=alice@contoso.com`, "setActive alice@contoso.com"]);
  });

  it("falls back to a popup when MSAL says interaction is required, and remembers the account", async () => {
    const msal = fakeMsal();
    msal.silent.push(fail(new InteractionRequiredAuthError("consent_required", "AADSTS65001")));
    msal.popup.push(token("from-popup"));
    const auth = createNaaAuth({ ...base, loginHint: "alice@contoso.com", msal: msal.factory });
    expect(await auth.getToken()).toBe("from-popup");
    expect(msal.calls).toEqual([`silent ${SCOPE} account=-`, `popup ${SCOPE} hint=alice@contoso.com`, "setActive alice@contoso.com"]);
  });

  it("uses a known account for the silent call", async () => {
    const msal = fakeMsal();
    msal.accounts = [ALICE];
    msal.silent.push(token("t"));
    await createNaaAuth({ ...base, msal: msal.factory }).getToken();
    expect(msal.calls[0]).toBe(`silent ${SCOPE} account=alice@contoso.com`);
  });

  it("treats 'no account' like interaction required", async () => {
    const msal = fakeMsal();
    msal.silent.push(fail(new BrowserAuthError("no_account_error", "fake")));
    msal.popup.push(token("p"));
    expect(await createNaaAuth({ ...base, msal: msal.factory }).getToken()).toBe("p");
  });

  it("rejects with SignInRequiredError when the popup is cancelled or blocked", async () => {
    for (const [code, message] of [["user_cancelled", /cancelled/], ["popup_window_error", /allow pop-ups/]] as const) {
      const msal = fakeMsal();
      msal.silent.push(fail(new InteractionRequiredAuthError("interaction_required", "fake")));
      msal.popup.push(fail(new BrowserAuthError(code, "fake")));
      const error = await createNaaAuth({ ...base, msal: msal.factory }).getToken().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SignInRequiredError);
      expect((error as Error).message).toMatch(message);
    }
  });

  it("does not open a popup for other silent failures", async () => {
    const msal = fakeMsal();
    msal.silent.push(fail(new BrowserAuthError("network_error", "fake")));
    const error = await createNaaAuth({ ...base, msal: msal.factory }).getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRequiredError);
    expect((error as Error).message).toContain("network_error");
    expect(msal.calls.some((c) => c.startsWith("popup"))).toBe(false);
  });

  it("retries creating the client after it failed", async () => {
    const msal = fakeMsal();
    let first = true;
    const factory: typeof msal.factory = async (c) => {
      if (first) {
        first = false;
        throw new Error("bridge not ready");
      }
      return msal.factory(c);
    };
    msal.silent.push(token("ok"));
    const auth = createNaaAuth({ ...base, msal: factory });
    await expect(auth.getToken()).rejects.toThrow("bridge not ready");
    expect(await auth.getToken()).toBe("ok");
  });
});

describe("createPopupAuth (plain browser)", () => {
  it("redirects the popup to the redirect bridge page", async () => {
    const msal = fakeMsal();
    msal.silent.push(fail(new InteractionRequiredAuthError("login_required", "fake")));
    msal.popup.push(token("p"));
    const auth = createPopupAuth({ ...base, redirectUri: "https://agenda.example.com/auth/redirect.html", msal: msal.factory });
    expect(await auth.getToken()).toBe("p");
    expect(msal.configurations[0]?.auth.redirectUri).toBe("https://agenda.example.com/auth/redirect.html");
    expect(msal.configurations[0]?.cache).toEqual({ cacheLocation: "memoryStorage" });
  });
});

describe("chooseEntraAuth", () => {
  const settings = { clientId: base.clientId, apiScope: SCOPE, authority: base.authority };
  const origin = "https://agenda.example.com";

  it("Outlook with NestedAppAuth 1.1 → NAA", async () => {
    const msal = fakeMsal();
    msal.silent.push(token("naa"));
    const asked: string[] = [];
    const chosen = chooseEntraAuth({ settings, host: "outlook", origin, msal: msal.factory, isSetSupported: (n, v) => (asked.push(`${n} ${v}`), true) });
    expect(chosen.kind).toBe("naa");
    expect(asked).toEqual(["NestedAppAuth 1.1"]);
    expect(await chosen.auth.getToken()).toBe("naa");
  });

  it("Outlook without NestedAppAuth 1.1 → the Office dialog on our origin", async () => {
    const opened: string[] = [];
    const chosen = chooseEntraAuth({
      settings,
      host: "outlook",
      origin,
      isSetSupported: () => false,
      officeUi: {
        displayDialogAsync: (url, _o, callback) => {
          opened.push(url);
          callback({
            status: "succeeded",
            value: {
              addEventHandler: (type, handler) => {
                if (type === "dialogMessageReceived") queueMicrotask(() => handler({ message: JSON.stringify({ status: "success", accessToken: "d", expiresOn: null }) }));
              },
              close: () => {},
            },
          });
        },
      },
    });
    expect(chosen.kind).toBe("office-dialog");
    expect(await chosen.auth.getToken()).toBe("d");
    expect(opened).toEqual(["https://agenda.example.com/outlook/auth-dialog.html"]);
  });

  it("Teams → the Teams chain (teams-auth.test.ts), browser → popup", () => {
    expect(chooseEntraAuth({ settings, host: "teams", origin }).kind).toBe("teams");
    expect(chooseEntraAuth({ settings, host: "browser", origin }).kind).toBe("popup");
  });

  it("detects the host from Office's mailbox and the frame", () => {
    const self = {};
    expect(detectSignInHost({ Office: { context: { mailbox: {} } }, self, top: {} })).toBe("outlook");
    expect(detectSignInHost({ self, top: {} })).toBe("teams");
    expect(detectSignInHost({ self, top: self })).toBe("browser");
  });
});
