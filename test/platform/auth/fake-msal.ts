// MSAL faked at the port: records every call and answers with scripted results or errors.
import type { Configuration } from "@azure/msal-browser";
import type { MsalAccount, MsalClient, MsalFactory, MsalTokenResult } from "../../../src/platform/auth/msal-auth";

export const ALICE: MsalAccount = { homeAccountId: "oid.tid", username: "alice@contoso.com" };

export interface FakeMsal {
  factory: MsalFactory;
  configurations: Configuration[];
  calls: string[];
  silent: (() => Promise<MsalTokenResult>)[];
  popup: (() => Promise<MsalTokenResult>)[];
  active: MsalAccount | null;
  accounts: MsalAccount[];
}

export function fakeMsal(): FakeMsal {
  const fake: FakeMsal = {
    configurations: [],
    calls: [],
    silent: [],
    popup: [],
    active: null,
    accounts: [],
    factory: async (configuration) => {
      fake.configurations.push(configuration);
      return client;
    },
  };
  const next = (queue: (() => Promise<MsalTokenResult>)[], name: string) => {
    const answer = queue.shift();
    if (!answer) throw new Error(`unexpected ${name}`);
    return answer();
  };
  const client: MsalClient = {
    acquireTokenSilent: (request) => {
      fake.calls.push(`silent ${request.scopes.join(" ")} account=${request.account?.username ?? "-"}${request.forceRefresh ? " force" : ""}`);
      return next(fake.silent, "acquireTokenSilent");
    },
    acquireTokenPopup: (request) => {
      fake.calls.push(`popup ${request.scopes.join(" ")} hint=${request.loginHint ?? "-"}`);
      return next(fake.popup, "acquireTokenPopup");
    },
    getActiveAccount: () => fake.active,
    getAllAccounts: () => fake.accounts,
    setActiveAccount: (account) => {
      fake.calls.push(`setActive ${account?.username ?? "-"}`);
      fake.active = account;
    },
  };
  return fake;
}

export const token = (accessToken: string, account: MsalAccount | null = ALICE) => async () => ({ accessToken, account });
export const fail = (error: unknown) => async (): Promise<MsalTokenResult> => {
  throw error;
};
