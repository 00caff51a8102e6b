// Sign-in inside Teams (and Teams apps hosted by Outlook or the Microsoft 365 app), in the order
// Microsoft recommends (nested-authentication.md):
// 1. nested app authentication, when the host recommends it (nestedAppAuth.isNAAChannelRecommended);
// 2. else Teams SSO: authentication.getAuthToken() gives a token for our API (audience = our client
//    id, scope access_as_user); the server validates it like any other and exchanges it through
//    on-behalf-of when it calls Microsoft Graph;
// 3. else (SSO refused: consent needed, not set up, older client) the Teams sign-in window
//    (authentication.authenticate) on our sign-in page, which runs MSAL's redirect flow — asked only
//    from a click, since hosts block windows nobody asked for.
// TeamsJS must be initialised before this runs (the entry does it before choosing the sign-in).
import { SignInRequiredError, type Auth } from "../ports";
import { parseDialogMessage } from "./office-dialog-auth";

/** The parts of teams-js this adapter uses (tests pass a fake). */
export interface TeamsAuthSdk {
  nestedAppAuth: { isNAAChannelRecommended(): boolean };
  authentication: {
    getAuthToken(request?: { silent?: boolean }): Promise<string>;
    authenticate(request: { url: string; width?: number; height?: number }): Promise<string>;
  };
}

export type TeamsSignInPath = "naa" | "teams-sso" | "teams-window";

export interface TeamsAuthOptions {
  /** Loads teams-js (lazily: pages outside Teams never pay for it). */
  sdk?: () => Promise<TeamsAuthSdk>;
  /** The NAA client (MSAL's nestable client), made only when the host recommends NAA. */
  naa: () => Auth;
  /** Absolute URL of our sign-in page, opened in Teams' sign-in window. */
  signInUrl: string;
  now?: () => number;
}

const EARLY_MS = 60_000;
const loadTeams = async (): Promise<TeamsAuthSdk> => (await import("@microsoft/teams-js")) as unknown as TeamsAuthSdk;

/** The `exp` of a JWT in ms, or null; only to know when to ask again (the server verifies tokens). */
export function tokenExpiry(token: string): number | null {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as { exp?: unknown };
    return typeof json.exp === "number" ? json.exp * 1000 : null;
  } catch {
    return null;
  }
}

/** teams-js rejects with a string or an SdkError; either way a message people can act on. */
function describeTeamsFailure(error: unknown, what: string): string {
  const text = typeof error === "string" ? error : (error as { message?: unknown } | null)?.message;
  if (typeof text === "string" && /CancelledByUser/i.test(text)) return "Sign-in was cancelled";
  if (typeof text === "string" && /FailedToOpenWindow/i.test(text)) return "The sign-in window could not open: try again from the Sign in button";
  return `${what}${typeof text === "string" && text !== "" ? ` (${text.slice(0, 200)})` : ""}`;
}

export interface TeamsAuth extends Auth {
  /** Which path this host takes (decided once, on first use). */
  path(): Promise<TeamsSignInPath>;
}

export function createTeamsAuth(options: TeamsAuthOptions): TeamsAuth {
  const now = options.now ?? Date.now;
  const sdk = options.sdk ?? loadTeams;
  let teams: Promise<TeamsAuthSdk> | null = null;
  let naa: Auth | null = null;
  let decided: Promise<TeamsSignInPath> | null = null;
  let cached: { token: string; renewAt: number } | null = null;

  const teamsSdk = () => (teams ??= sdk().catch((error: unknown) => {
    teams = null;
    throw error;
  }));

  const decide = () =>
    (decided ??= teamsSdk().then(
      (t) => {
        try {
          return t.nestedAppAuth.isNAAChannelRecommended() ? "naa" : "teams-sso";
        } catch {
          return "teams-sso"; // throws before app.initialize() or in hosts that predate the call
        }
      },
      () => "teams-sso" as const,
    ));

  const remember = (token: string) => {
    const expiry = tokenExpiry(token);
    cached = { token, renewAt: (expiry ?? now() + 5 * 60_000 + EARLY_MS) - EARLY_MS };
    return token;
  };

  async function signInWindow(): Promise<string> {
    const t = await teamsSdk();
    let answer: string;
    try {
      answer = await t.authentication.authenticate({ url: options.signInUrl, width: 600, height: 535 });
    } catch (error) {
      throw new SignInRequiredError(describeTeamsFailure(error, "Sign-in failed"));
    }
    const message = parseDialogMessage(answer);
    if (message?.status !== "success") throw new SignInRequiredError(message?.status === "error" ? message.message : "The sign-in window answered something unexpected");
    return remember(message.accessToken);
  }

  async function teamsSso(): Promise<string> {
    const t = await teamsSdk();
    try {
      return remember(await t.authentication.getAuthToken());
    } catch (error) {
      // Consent not given yet, SSO not set up for this app, or an older client: the sign-in window
      // can fix it, but only from a click (SignInRequiredError shows the Sign in button).
      throw new SignInRequiredError(describeTeamsFailure(error, "Teams single sign-on is not available"));
    }
  }

  return {
    path: decide,
    async getToken(opts) {
      if ((await decide()) === "naa") return (naa ??= options.naa()).getToken(opts);
      if (opts?.interactive) return signInWindow();
      if (opts?.forceRefresh) cached = null;
      if (cached && now() < cached.renewAt) return cached.token;
      return teamsSso();
    },
  };
}
