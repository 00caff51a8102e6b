// What the configuration tests share: ids, an Entra environment, and the problems loadConfig reports.
import { expect } from "vitest";
import { ConfigError, loadConfig } from "../../src/server/config";

export const CLIENT_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
export const TENANT_A = "72f988bf-86f1-41af-91ab-2d7cd011db47";
export const TENANT_B = "9188040d-6c67-4c5b-b112-36a304b66dad";
export const entra = (more: Record<string, string> = {}) => ({ AUTH_MODE: "entra", ENTRA_CLIENT_ID: CLIENT_ID, ...more });

/** The problems loadConfig reports for env (fails the test if it does not throw ConfigError). */
export function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    for (const problem of problems) expect((error as ConfigError).message).toContain(problem);
    return problems;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

