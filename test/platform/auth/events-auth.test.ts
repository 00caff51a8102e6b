import { describe, expect, it } from "vitest";
import { createServerEventsAuth, type EntraSettings, type OfficeRequirementsLike } from "../../../src/platform/auth/events-auth";
import { SignInRequiredError, type Auth } from "../../../src/platform/ports";

const CONFIG = { authMode: "entra", clientId: "0f8fad5b-d9cb-469f-a165-70867728950e", apiScope: "api://h/id/access_as_user", authority: "https://login.microsoftonline.com/organizations" };
const serve = (body: unknown, seen: string[]) => (async (url: string) => (seen.push(String(url)), new Response(JSON.stringify(body)))) as unknown as typeof fetch;

/** Office as the events runtime sees it; `naa` can change between handlers. */
function office(naa: boolean): OfficeRequirementsLike & { naa: boolean } {
  const o = {
    naa,
    context: { requirements: { isSetSupported: (name: string, version?: string) => o.naa && name === "NestedAppAuth" && version === "1.1" } },
  };
  return o;
}

function naaSpy() {
  const settings: EntraSettings[] = [];
  let n = 0;
  const naa = (s: EntraSettings): Auth => (settings.push(s), { getToken: async () => `token-${++n}` });
  return { settings, naa };
}

describe("createServerEventsAuth (Outlook events runtime)", () => {
  it("asks Outlook about NestedAppAuth 1.1 when a handler asks for a token, not when the script loads", async () => {
    const host = office(false);
    const spy = naaSpy();
    const seen: string[] = [];
    const auth = createServerEventsAuth({ baseUrl: "https://agenda.example.com/", fetch: serve(CONFIG, seen), office: () => host, naa: spy.naa });
    await expect(auth.getToken()).rejects.toThrow(/no nested app authentication/);
    expect(seen).toEqual([]);
    host.naa = true; // e.g. the first event came before Office had its requirements
    expect(await auth.getToken()).toBe("token-1");
    expect(await auth.getToken()).toBe("token-2");
    expect(seen).toEqual(["https://agenda.example.com/api/client-config"]);
    expect(spy.settings).toEqual([{ clientId: CONFIG.clientId, apiScope: CONFIG.apiScope, authority: CONFIG.authority }]);
  });

  it("waits for Office.onReady when Office has no context yet (bounded)", async () => {
    const host: OfficeRequirementsLike = {};
    let ready!: () => void;
    host.onReady = () =>
      new Promise((resolve) => {
        ready = () => {
          host.context = office(true).context;
          resolve(undefined);
        };
      });
    const spy = naaSpy();
    const auth = createServerEventsAuth({ baseUrl: "https://h", fetch: serve(CONFIG, []), office: () => host, naa: spy.naa, readyTimeoutMs: 5_000 });
    const asking = auth.getToken();
    ready();
    expect(await asking).toBe("token-1");
    // An onReady that never fires (the JavaScript-only runtime) only costs the timeout.
    const never = createServerEventsAuth({ baseUrl: "https://h", fetch: serve(CONFIG, []), office: () => ({ onReady: () => new Promise(() => undefined) }), naa: spy.naa, readyTimeoutMs: 10 });
    await expect(never.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
  });

  it("rejects (and reads again next time) when the server is not in Entra mode or unreachable", async () => {
    const seen: string[] = [];
    const auth = createServerEventsAuth({ baseUrl: "https://h", fetch: serve({ authMode: "local" }, seen), office: () => office(true), naa: naaSpy().naa });
    await expect(auth.getToken()).rejects.toThrow(/does not use Microsoft Entra ID/);
    await expect(auth.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(seen).toHaveLength(2);
    const down = createServerEventsAuth({
      baseUrl: "https://h",
      fetch: (async () => {
        throw new TypeError("offline");
      }) as unknown as typeof fetch,
      office: () => office(true),
      naa: naaSpy().naa,
    });
    await expect(down.getToken()).rejects.toThrow(/could not be read/);
  });

  it("without an Office global at all: SignInRequiredError", async () => {
    const auth = createServerEventsAuth({ baseUrl: "https://h", fetch: serve(CONFIG, []), office: () => undefined, naa: naaSpy().naa });
    await expect(auth.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
  });
});
