// The ApiClient contract, run with the real HTTP client against the real server over real HTTP
// (ephemeral port, SQLite in memory, local dev tokens).
import { afterAll, beforeAll } from "vitest";
import { createDevTokenAuth } from "../../src/platform/auth/dev-token-auth";
import { createHttpApiClient } from "../../src/platform/http/api-client";
import { buildTestApp, type TestApp } from "../server/api-helper";
import type { ContractPerson } from "./api-client-contract-kit";
import { describeApiClientContract } from "./api-client.contract";
import { describeApiClientRolesContract } from "./api-client-roles.contract";
import { describeRequestClientContract } from "./request-client.contract";

let server: TestApp;
let baseUrl = "";

beforeAll(async () => {
  server = await buildTestApp({ env: { AUTH_MODE: "local" } });
  baseUrl = await server.app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await server.close();
});

const clientFor = (email: string, name: string, roles?: string[]) =>
  createHttpApiClient({
    baseUrl,
    auth: createDevTokenAuth({ baseUrl, email, name, ...(roles ? { roles } : {}) }),
    retry: { attempts: 2, baseDelayMs: 10 },
  });

const httpSubject = async () => ({
  client: clientFor("hanako.sato@contoso.example", "佐藤 花子"),
  clientAs: async (p: ContractPerson) => clientFor(p.email, p.name, p.roles),
});

describeApiClientContract("HTTP client against the real server", httpSubject);
describeApiClientRolesContract("HTTP client against the real server", httpSubject);
describeRequestClientContract("HTTP client against the real server", httpSubject);
