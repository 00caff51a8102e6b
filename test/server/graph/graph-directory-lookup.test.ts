import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/server/config";
import { createDb, type DbHandle } from "../../../src/server/db/create-db";
import { directoryFor } from "../../../src/server/directory/directory-for";
import { findDirectoryUserRows, upsertDirectoryUsers } from "../../../src/server/directory/directory.repository";
import { graphDirectoryLookup } from "../../../src/server/directory/graph-directory-lookup";
import { createGraphClient } from "../../../src/server/graph/graph-client";
import { GraphError } from "../../../src/server/graph/graph-error";
import type { TokenExchanger } from "../../../src/server/graph/token-exchanger";
import { startRecordedGraph, type RecordedGraph } from "./recorded-graph";

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const OTHER = "9188040d-6c67-4c5b-b112-36a304b66dad";
let graph: RecordedGraph;
let handle: DbHandle;
let exchanges: { tenantId: string; assertion: string; scopes: readonly string[] }[];
let clock: number;
const warnings: string[] = [];

const exchanger: TokenExchanger = {
  async exchange(request) {
    exchanges.push(request);
    return `graph-token-for-${request.assertion}`;
  },
};

beforeEach(async () => {
  graph = await startRecordedGraph();
  handle = await createDb({ kind: "sqlite", file: ":memory:" });
  exchanges = [];
  warnings.length = 0;
  clock = Date.parse("2026-11-28T09:00:00Z");
});
afterEach(async () => {
  await graph.close();
  await handle.close();
});

const lookup = (more: { exchanger?: TokenExchanger; ttlSec?: number } = {}) =>
  graphDirectoryLookup({
    db: handle.db,
    graph: createGraphClient({ baseUrl: graph.baseUrl, sleep: async () => {} }),
    exchanger: more.exchanger ?? exchanger,
    graphScopes: ["https://graph.microsoft.com/.default"],
    ttlSec: more.ttlSec ?? 3600,
    now: () => clock,
  });
const caller = { bearerToken: "api-token", log: { warn: (_d: object, message: string) => void warnings.push(message) } };

describe("graphDirectoryLookup", () => {
  it("asks Graph on behalf of the caller, caches per tenant, and reuses the cache within the TTL", async () => {
    graph.on(/aiko\.tanaka/, "users-found");
    graph.on(/ken\.sato/, "users-no-department");
    graph.on(/nobody/, "users-none");
    const emails = ["aiko.tanaka@contoso.com", "ken.sato@contoso.com", "nobody@contoso.com"];
    const people = await lookup().findPeople(TENANT, emails, caller);
    expect(people.sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { email: "aiko.tanaka@contoso.com", name: "Aiko Tanaka", department: "Sales" },
      { email: "ken.sato@contoso.com", name: "Ken Sato", department: "" },
    ]);
    expect(exchanges).toEqual([{ tenantId: TENANT, assertion: "api-token", scopes: ["https://graph.microsoft.com/.default"] }]);
    expect(graph.seen.every((r) => r.authorization === "Bearer graph-token-for-api-token")).toBe(true);
    expect(graph.seen).toHaveLength(3);
    // Cached in directory_users, including the person Graph does not know (so it isn't asked again).
    expect((await findDirectoryUserRows(handle.db, TENANT, emails)).map((r) => r.email).sort()).toEqual(emails.slice().sort());
    expect(await findDirectoryUserRows(handle.db, OTHER, emails)).toEqual([]);

    clock += 30 * 60 * 1000;
    const again = await lookup().findPeople(TENANT, emails, caller);
    expect(again).toHaveLength(2);
    expect(graph.seen).toHaveLength(3);
    expect(exchanges).toHaveLength(1);
  });

  it("asks Graph again once the TTL has passed", async () => {
    await upsertDirectoryUsers(handle.db, TENANT, [{ email: "aiko.tanaka@contoso.com", name: "Aiko (old)", department: "Old dept" }]);
    clock = Date.now() + 2 * 3600 * 1000;
    graph.on(/aiko\.tanaka/, "users-found");
    const people = await lookup().findPeople(TENANT, ["aiko.tanaka@contoso.com"], caller);
    expect(people).toEqual([{ email: "aiko.tanaka@contoso.com", name: "Aiko Tanaka", department: "Sales" }]);
    expect(graph.seen).toHaveLength(1);
  });

  it("keeps answering from the (stale) cache when Graph refuses, and logs why", async () => {
    await upsertDirectoryUsers(handle.db, TENANT, [{ email: "aiko.tanaka@contoso.com", name: "Aiko", department: "Sales" }]);
    clock = Date.now() + 2 * 3600 * 1000;
    graph.on(/users/, "error-403-denied");
    const people = await lookup().findPeople(TENANT, ["aiko.tanaka@contoso.com", "ken.sato@contoso.com"], caller);
    expect(people).toEqual([{ email: "aiko.tanaka@contoso.com", name: "Aiko", department: "Sales" }]);
    expect(warnings.join("\n")).toMatch(/Authorization_RequestDenied/);
  });

  it("logs a failed token exchange (e.g. missing consent) and still answers", async () => {
    const refusing: TokenExchanger = {
      exchange: async () => {
        throw new GraphError(403, "consent_required", "An administrator must grant consent");
      },
    };
    expect(await lookup({ exchanger: refusing }).findPeople(TENANT, ["a@contoso.com"], caller)).toEqual([]);
    expect(warnings).toEqual(["directory lookup via Microsoft Graph failed: An administrator must grant consent"]);
    expect(graph.seen).toEqual([]);
  });

  it("without a caller token answers from the table only", async () => {
    await upsertDirectoryUsers(handle.db, TENANT, [{ email: "aiko.tanaka@contoso.com", name: "Aiko", department: "Sales" }]);
    expect(await lookup().findPeople(TENANT, ["aiko.tanaka@contoso.com", "b@contoso.com"])).toHaveLength(1);
    expect(exchanges).toEqual([]);
  });
});

describe("directoryFor", () => {
  const CLIENT_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

  it("uses Graph in Entra mode with a client secret, and the local table otherwise", async () => {
    graph.on(/aiko\.tanaka/, "users-found");
    const env = { NODE_ENV: "test", AUTH_MODE: "entra", ENTRA_CLIENT_ID: CLIENT_ID, ENTRA_GRAPH_BASE_URL: graph.baseUrl };
    const withSecret = directoryFor({ db: handle.db, config: loadConfig({ ...env, ENTRA_CLIENT_SECRET: "s" }) }, exchanger);
    expect(await withSecret.findPeople(TENANT, ["aiko.tanaka@contoso.com"], caller)).toEqual([
      { email: "aiko.tanaka@contoso.com", name: "Aiko Tanaka", department: "Sales" },
    ]);
    expect(exchanges[0]?.scopes).toEqual(["http://127.0.0.1:" + new URL(graph.baseUrl).port + "/.default"]);

    const seen = graph.seen.length;
    for (const config of [loadConfig(env), loadConfig({ NODE_ENV: "test" })]) {
      const table = directoryFor({ db: handle.db, config });
      expect(await table.findPeople(OTHER, ["x@contoso.com"], caller)).toEqual([]);
    }
    expect(graph.seen).toHaveLength(seen);
  });
});
