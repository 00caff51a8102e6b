import { InteractionRequiredAuthError } from "@azure/msal-browser";
import { describe, expect, it } from "vitest";
import { createEventsAuth, createServerEventsAuth } from "../../../src/platform/auth/events-auth";
import { SignInRequiredError } from "../../../src/platform/ports";
import { ALICE, fail, fakeMsal, token } from "./fake-msal";

const options = { clientId: "0f8fad5b-d9cb-469f-a165-70867728950e", scopes: ["api://h/id/access_as_user"] };

describe("createEventsAuth (Outlook events runtime)", () => {
  it("is null where NestedAppAuth 1.1 is not supported", () => {
    expect(createEventsAuth({ ...options, isSetSupported: () => false })).toBeNull();
    // No Office at all (e.g. tests, a browser): also null.
    expect(createEventsAuth(options)).toBeNull();
  });

  it("gets tokens silently through NAA, memory only", async () => {
    const msal = fakeMsal();
    msal.accounts = [ALICE];
    msal.silent.push(token("t"));
    const auth = createEventsAuth({ ...options, msal: msal.factory, isSetSupported: (n, v) => n === "NestedAppAuth" && v === "1.1" });
    expect(await auth?.getToken()).toBe("t");
    expect(msal.configurations[0]?.cache).toEqual({ cacheLocation: "memoryStorage" });
    expect(msal.calls).toEqual(["silent api://h/id/access_as_user account=alice@contoso.com"]);
  });

  it("never opens a popup (the runtime has no UI): interaction required → SignInRequiredError", async () => {
    const msal = fakeMsal();
    msal.silent.push(fail(new InteractionRequiredAuthError("consent_required", "fake")));
    const auth = createEventsAuth({ ...options, msal: msal.factory, isSetSupported: () => true });
    const error = await auth?.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRequiredError);
    expect(msal.calls.some((c) => c.startsWith("popup"))).toBe(false);
  });
});

describe("createServerEventsAuth", () => {
  const config = { authMode: "entra", clientId: "0f8fad5b-d9cb-469f-a165-70867728950e", apiScope: "api://h/id/access_as_user", authority: "https://login.microsoftonline.com/organizations" };
  const serve = (body: unknown, seen: string[]) => (async (url: string) => (seen.push(String(url)), new Response(JSON.stringify(body)))) as unknown as typeof fetch;

  it("reads the Entra settings from the server once, then uses NAA", async () => {
    const msal = fakeMsal();
    msal.silent.push(token("a"), token("b"));
    const seen: string[] = [];
    const auth = createServerEventsAuth({ baseUrl: "https://agenda.example.com/", fetch: serve(config, seen), msal: msal.factory, isSetSupported: () => true });
    expect(await auth?.getToken()).toBe("a");
    expect(await auth?.getToken()).toBe("b");
    expect(seen).toEqual(["https://agenda.example.com/api/client-config"]);
    expect(msal.configurations[0]?.auth).toMatchObject({ clientId: config.clientId, authority: config.authority });
  });

  it("is null without NAA, and rejects (then retries) when the server is not in Entra mode", async () => {
    expect(createServerEventsAuth({ baseUrl: "https://h", isSetSupported: () => false })).toBeNull();
    const seen: string[] = [];
    const auth = createServerEventsAuth({ baseUrl: "https://h", fetch: serve({ authMode: "local" }, seen), isSetSupported: () => true });
    await expect(auth?.getToken()).rejects.toThrow(SignInRequiredError);
    await expect(auth?.getToken()).rejects.toThrow(/does not use Microsoft Entra ID/);
    expect(seen).toHaveLength(2);
  });
});
