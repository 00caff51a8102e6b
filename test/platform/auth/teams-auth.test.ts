// Sign-in inside Teams, each path with a fake teams-js: NAA when the host recommends it, else Teams
// SSO, else Teams' sign-in window from a click.
import { describe, expect, it } from "vitest";
import { chooseEntraAuth } from "../../../src/platform/auth/choose-entra-auth";
import { createTeamsAuth, tokenExpiry, type TeamsAuthSdk } from "../../../src/platform/auth/teams-auth";
import { SignInRequiredError, type Auth } from "../../../src/platform/ports";

const SIGN_IN = "https://agenda.example.com/outlook/auth-dialog.html";
const jwt = (exp: number) => `h.${Buffer.from(JSON.stringify({ exp })).toString("base64url")}.s`;

interface FakeTeams {
  sdk: TeamsAuthSdk;
  calls: string[];
  recommended: boolean | "throws";
  sso: (() => Promise<string>)[];
  window: (() => Promise<string>)[];
}

function fakeTeams(recommended: FakeTeams["recommended"]): FakeTeams {
  const fake: FakeTeams = {
    calls: [],
    recommended,
    sso: [],
    window: [],
    sdk: {
      nestedAppAuth: {
        isNAAChannelRecommended: () => {
          fake.calls.push("isNAAChannelRecommended");
          if (fake.recommended === "throws") throw new Error("SDK initialization has not completed");
          return fake.recommended;
        },
      },
      authentication: {
        getAuthToken: () => (fake.calls.push("getAuthToken"), (fake.sso.shift() ?? (() => Promise.reject("no script")))()),
        authenticate: (request) => (fake.calls.push(`authenticate ${request.url}`), (fake.window.shift() ?? (() => Promise.reject("no script")))()),
      },
    },
  };
  return fake;
}

const naaSpy = () => {
  const made: number[] = [];
  const naa = (): Auth => (made.push(1), { getToken: async (opts) => (opts?.interactive ? "naa-popup" : "naa-silent") });
  return { made, naa };
};

describe("createTeamsAuth", () => {
  it("NAA when the host recommends it (MSAL's nestable client; no Teams SSO)", async () => {
    const teams = fakeTeams(true);
    const spy = naaSpy();
    const auth = createTeamsAuth({ sdk: async () => teams.sdk, naa: spy.naa, signInUrl: SIGN_IN });
    expect(await auth.path()).toBe("naa");
    expect(await auth.getToken()).toBe("naa-silent");
    expect(await auth.getToken({ interactive: true })).toBe("naa-popup");
    expect(spy.made).toHaveLength(1);
    expect(teams.calls).toEqual(["isNAAChannelRecommended"]);
  });

  it("else Teams SSO: getAuthToken's token (for our API), reused until a minute before it expires", async () => {
    const teams = fakeTeams(false);
    let now = 1_000_000_000_000;
    const first = jwt(now / 1000 + 3600);
    const second = jwt(now / 1000 + 7200);
    teams.sso.push(async () => first, async () => second);
    const spy = naaSpy();
    const auth = createTeamsAuth({ sdk: async () => teams.sdk, naa: spy.naa, signInUrl: SIGN_IN, now: () => now });
    expect(await auth.path()).toBe("teams-sso");
    expect(await auth.getToken()).toBe(first);
    expect(await auth.getToken()).toBe(first);
    now += 3600_000 - 30_000;
    expect(await auth.getToken()).toBe(second);
    expect(teams.calls.filter((c) => c === "getAuthToken")).toHaveLength(2);
    expect(spy.made).toEqual([]);
  });

  it("Teams SSO also where the NAA check throws (an older client, or before initialisation)", async () => {
    const teams = fakeTeams("throws");
    teams.sso.push(async () => jwt(Date.now() / 1000 + 3600));
    const auth = createTeamsAuth({ sdk: async () => teams.sdk, naa: naaSpy().naa, signInUrl: SIGN_IN });
    expect(await auth.path()).toBe("teams-sso");
    expect(await auth.getToken()).toMatch(/^h\./);
  });

  it("SSO refused (consent needed, not set up) → SignInRequiredError without opening anything; the click opens Teams' sign-in window", async () => {
    const teams = fakeTeams(false);
    teams.sso.push(() => Promise.reject("resourceRequiresConsent"));
    teams.window.push(async () => JSON.stringify({ status: "success", accessToken: "from-window", expiresOn: Date.now() + 3_600_000 }));
    const auth = createTeamsAuth({ sdk: async () => teams.sdk, naa: naaSpy().naa, signInUrl: SIGN_IN });
    const error = await auth.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRequiredError);
    expect((error as Error).message).toMatch(/Teams single sign-on is not available \(resourceRequiresConsent\)/);
    expect(teams.calls.some((c) => c.startsWith("authenticate"))).toBe(false);
    expect(await auth.getToken({ forceRefresh: true, interactive: true })).toBe("from-window");
    expect(teams.calls).toContain(`authenticate ${SIGN_IN}`);
    // The window's token is reused afterwards.
    expect(await auth.getToken()).toBe("from-window");
  });

  it("the sign-in window cancelled or failing: a message people understand", async () => {
    const teams = fakeTeams(false);
    teams.window.push(
      () => Promise.reject(new Error("CancelledByUser")),
      () => Promise.reject(new Error("FailedToOpenWindow")),
      async () => JSON.stringify({ status: "error", message: "Sign-in failed (access_denied)" }),
    );
    const auth = createTeamsAuth({ sdk: async () => teams.sdk, naa: naaSpy().naa, signInUrl: SIGN_IN });
    await expect(auth.getToken({ interactive: true })).rejects.toThrow("Sign-in was cancelled");
    await expect(auth.getToken({ interactive: true })).rejects.toThrow(/could not open/);
    await expect(auth.getToken({ interactive: true })).rejects.toThrow("Sign-in failed (access_denied)");
  });

  it("reads a JWT's expiry, and nothing from a token that isn't one", () => {
    expect(tokenExpiry(jwt(1_800_000_000))).toBe(1_800_000_000_000);
    expect(tokenExpiry("opaque")).toBeNull();
  });
});

describe("chooseEntraAuth in Teams", () => {
  it("picks the Teams chain, which opens our sign-in page in Teams' window", async () => {
    const teams = fakeTeams(false);
    teams.window.push(async () => JSON.stringify({ status: "success", accessToken: "w", expiresOn: null }));
    const chosen = chooseEntraAuth({
      settings: { clientId: "0f8fad5b-d9cb-469f-a165-70867728950e", apiScope: "api://agenda.example.com/x/access_as_user" },
      host: "teams",
      origin: "https://agenda.example.com",
      teams: async () => teams.sdk,
    });
    expect(chosen.kind).toBe("teams");
    expect(await chosen.auth.getToken({ interactive: true })).toBe("w");
    expect(teams.calls).toContain(`authenticate ${SIGN_IN}`);
  });
});
