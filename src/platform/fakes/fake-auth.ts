// An Auth that hands out a fixed token: for component tests and the local /preview page.
import type { Auth } from "../ports";

export interface FakeAuth extends Auth {
  /** Every getToken call, in order (tests check that a 401 forced a refresh). */
  readonly calls: Array<{ forceRefresh: boolean }>;
  /** Make later calls reject (e.g. with SignInRequiredError), or succeed again with `null`. */
  setFailure(error: Error | null): void;
}

export function createFakeAuth(token = "fake-token", options: { failWith?: Error } = {}): FakeAuth {
  let failure: Error | null = options.failWith ?? null;
  const calls: Array<{ forceRefresh: boolean }> = [];
  return {
    calls,
    setFailure(error) {
      failure = error;
    },
    async getToken(opts) {
      calls.push({ forceRefresh: opts?.forceRefresh === true });
      if (failure) throw failure;
      return token;
    },
  };
}
