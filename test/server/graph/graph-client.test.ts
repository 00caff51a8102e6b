import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGraphClient, retryAfterMs } from "../../../src/server/graph/graph-client";
import { GraphError } from "../../../src/server/graph/graph-error";
import { findMeetingThreadId, findUserByEmail } from "../../../src/server/graph/graph-queries";
import { startRecordedGraph, type RecordedGraph } from "./recorded-graph";

let graph: RecordedGraph;
let slept: number[];
beforeEach(async () => {
  graph = await startRecordedGraph();
  slept = [];
});
afterEach(async () => {
  await graph.close();
});
const client = (more: { maxAttempts?: number; maxRetryAfterMs?: number } = {}) =>
  createGraphClient({ baseUrl: graph.baseUrl, sleep: async (ms) => void slept.push(ms), ...more });

describe("findUserByEmail against recorded Graph responses", () => {
  it("filters by mail or UPN, selects the object id and the four fields, and sends the Graph token", async () => {
    graph.on(/^\/v1\.0\/users\?/, "users-found");
    const user = await findUserByEmail(client(), "graph-token", "aiko.tanaka@contoso.com");
    expect(user).toEqual({ id: "5f3c2a1e-8d4b-4c6a-9e2f-1a7b3c5d9e01", displayName: "Aiko Tanaka", department: "Sales", mail: "Aiko.Tanaka@contoso.com", userPrincipalName: "aiko.tanaka@contoso.com" });
    expect(graph.seen).toEqual([
      {
        method: "GET",
        url: "/v1.0/users?$filter=mail eq 'aiko.tanaka@contoso.com' or userPrincipalName eq 'aiko.tanaka@contoso.com'&$select=id,displayName,department,mail,userPrincipalName",
        authorization: "Bearer graph-token",
      },
    ]);
  });

  it("escapes quotes in the OData literal and answers null for nobody", async () => {
    graph.on(/^\/v1\.0\/users\?/, "users-none");
    expect(await findUserByEmail(client(), "t", "o'brien@contoso.com")).toBeNull();
    expect(graph.seen[0]?.url).toContain("mail eq 'o''brien@contoso.com'");
  });

  it("follows @odata.nextLink and concatenates the pages", async () => {
    graph.on(/skiptoken/, "users-page-2");
    graph.on(/^\/v1\.0\/users\?/, "users-page-1");
    const all = await client().getAll<{ displayName: string }>("users?$select=displayName,department,mail,userPrincipalName", "t");
    expect(all.map((u) => u.displayName)).toEqual(["Aiko Tanaka", "Ken Sato", "Mei Suzuki"]);
    expect(graph.seen).toHaveLength(2);
  });
});

describe("retries", () => {
  it("honours Retry-After on 429 and 503, then succeeds", async () => {
    graph.on(/^\/v1\.0\/users\?/, "throttled-429", "unavailable-503", "users-found");
    const user = await findUserByEmail(client(), "t", "aiko.tanaka@contoso.com");
    expect(user?.department).toBe("Sales");
    expect(slept).toEqual([2000, 1000]);
    expect(graph.seen).toHaveLength(3);
  });

  it("gives up after the bounded number of attempts with a throttled GraphError", async () => {
    graph.on(/^\/v1\.0\/users\?/, "throttled-429");
    const error = await findUserByEmail(client({ maxAttempts: 3 }), "t", "a@contoso.com").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 429, code: "throttled" });
    expect(graph.seen).toHaveLength(3);
    expect(slept).toEqual([2000, 2000]);
  });

  it("does not wait for a Retry-After longer than the limit", async () => {
    graph.on(/^\/v1\.0\/users\?/, "throttled-429");
    const error = await findUserByEmail(client({ maxRetryAfterMs: 1000 }), "t", "a@contoso.com").catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, code: "throttled" });
    expect(graph.seen).toHaveLength(1);
    expect(slept).toEqual([]);
  });

  it("reads Retry-After as seconds or an HTTP date", () => {
    expect(retryAfterMs("3")).toBe(3000);
    expect(retryAfterMs("Sat, 28 Nov 2026 10:00:05 GMT", Date.parse("2026-11-28T10:00:00Z"))).toBe(5000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs("soon")).toBeNull();
  });

  it("retries an unreachable Graph, then reports it as network", async () => {
    await graph.close();
    const error = await createGraphClient({ baseUrl: graph.baseUrl, maxAttempts: 2, sleep: async (ms) => void slept.push(ms) })
      .get("users", "t")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: "network" });
    expect(slept).toEqual([500]);
    graph = await startRecordedGraph();
  });
});

describe("errors", () => {
  it("maps Graph's error body, with a consent hint on 403, and does not retry it", async () => {
    graph.on(/^\/v1\.0\/users\?/, "error-403-denied");
    const error = (await findUserByEmail(client(), "t", "a@contoso.com").catch((e: unknown) => e)) as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect(error.status).toBe(403);
    expect(error.code).toBe("Authorization_RequestDenied");
    expect(error.message).toContain("Insufficient privileges to complete the operation.");
    expect(error.message).toContain("admin consent");
    expect(graph.seen).toHaveLength(1);
  });

  it("keeps Graph's code for a 400", async () => {
    graph.on(/^\/v1\.0\/users\?/, "error-400-filter");
    await expect(client().get("users?$filter=department eq 'x'", "t")).rejects.toMatchObject({ status: 400, code: "Request_UnsupportedQuery" });
  });
});

describe("findMeetingThreadId", () => {
  const joinUrl =
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGIxNjA4MDAtZGE3YS00ZGUxLTk2ZWItODRmZjVhMmQ5MDM5%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%7d";

  it("asks /me/onlineMeetings by JoinWebUrl and returns chatInfo.threadId", async () => {
    graph.on(/^\/v1\.0\/me\/onlineMeetings\?/, "online-meeting");
    expect(await findMeetingThreadId(client(), "t", joinUrl)).toBe("19:meeting_MGIxNjA4MDAtZGE3YS00ZGUxLTk2ZWItODRmZjVhMmQ5MDM5@thread.v2");
    expect(graph.seen[0]?.url).toBe(`/v1.0/me/onlineMeetings?$filter=JoinWebUrl eq '${joinUrl}'`);
  });

  it("returns null when the user has no such meeting", async () => {
    graph.on(/^\/v1\.0\/me\/onlineMeetings\?/, "online-meeting-none");
    expect(await findMeetingThreadId(client(), "t", joinUrl)).toBeNull();
  });
});
