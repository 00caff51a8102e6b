// Contract tests of the To Do / Planner adapter against responses recorded from Microsoft Graph,
// served by a real local HTTP server.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGraphClient } from "../../../src/server/graph/graph-client";
import { GraphError } from "../../../src/server/graph/graph-error";
import { createGraphWriter, retryAfterSecOf } from "../../../src/server/graph/graph-writer";
import { createGraphTaskSync, NoDefaultTodoListError } from "../../../src/server/sync/graph-task-sync";
import type { TaskContent, TaskSync } from "../../../src/server/sync/task-sync";
import { startRecordedGraph, type RecordedGraph } from "../graph/recorded-graph";
import { capturingFetch, recordedIn, type SentWrite } from "./graph-recordings";

const rec = (name: string) => recordedIn(new URL(import.meta.url), name);
const TASK: TaskContent = { title: "提案書のCRM事例を更新する", dueDate: "2026-12-01", notes: "大手企業向けのCRMビジネスを拡大する", done: false };
const DEFAULT_LIST = "AAMkADIyAAAhrbPXAAA=";
const TODO_TASK = "AlMKXwbQAAAJws6wcAAAA=";
const PLAN = "xqQg5FS2LkCp935s-FIFm2QAFkHM";
const PLANNER_TASK = "01gzSlKkIUSUl6DF_EilrmQAKDhh";
const TENANT = "6f1c2b1e-3a52-4c1e-9d0b-5a0c1e0d1a01";

describe("Graph To Do / Planner adapter (recorded responses)", () => {
  let graph: RecordedGraph;
  let sync: TaskSync;
  let sent: SentWrite[];
  const slept: number[] = [];
  beforeEach(async () => {
    graph = await startRecordedGraph();
    const capture = capturingFetch();
    sent = capture.sent;
    slept.length = 0;
    const sleep = async (ms: number) => {
      slept.push(ms);
    };
    sync = createGraphTaskSync({
      read: createGraphClient({ baseUrl: graph.baseUrl, fetch: capture.fetch, sleep }),
      write: createGraphWriter({ baseUrl: graph.baseUrl, fetch: capture.fetch, sleep, maxRetryAfterMs: 5_000 }),
    });
  });
  afterEach(async () => {
    await graph.close();
  });

  it("creates a To Do task in the user's default list, on behalf of the user", async () => {
    graph.on(/\/me\/todo\/lists$/, rec("todo-lists"));
    graph.on(/\/me\/todo\/lists\/.+\/tasks$/, rec("todo-task-created"));
    const link = await sync.upsert({ token: "user-graph-token", tenantId: TENANT, target: "todo", task: TASK, existing: null });
    expect(link).toEqual({ containerId: DEFAULT_LIST, externalId: TODO_TASK, webUrl: null, etag: null, created: true });
    expect(graph.seen.map((s) => `${s.method} ${s.url}`)).toEqual(["GET /v1.0/me/todo/lists", `POST /v1.0/me/todo/lists/${DEFAULT_LIST}/tasks`]);
    expect(graph.seen.every((s) => s.authorization === "Bearer user-graph-token")).toBe(true);
    const post = sent.find((s) => s.method === "POST");
    expect(post?.body).toEqual({
      title: TASK.title,
      body: { content: TASK.notes, contentType: "text" },
      dueDateTime: { dateTime: "2026-12-01T00:00:00.0000000", timeZone: "UTC" },
      status: "notStarted",
    });
  });

  it("updates the To Do task of an earlier sync instead of adding another", async () => {
    graph.on(/\/tasks\/.+$/, rec("todo-task-updated"));
    const existing = { containerId: DEFAULT_LIST, externalId: TODO_TASK, webUrl: null, etag: null };
    const link = await sync.upsert({ token: "t", tenantId: TENANT, target: "todo", task: { ...TASK, done: true }, existing });
    expect(link).toEqual({ ...existing, created: false });
    expect(graph.seen.map((s) => `${s.method} ${s.url}`)).toEqual([`PATCH /v1.0/me/todo/lists/${DEFAULT_LIST}/tasks/${TODO_TASK}`]);
    expect(sent[0]?.body).toMatchObject({ status: "completed" });
  });

  it("re-creates a To Do task that was deleted in To Do (404 on update)", async () => {
    graph.on(/\/tasks\/.+$/, rec("todo-not-found-404"));
    graph.on(/\/me\/todo\/lists$/, rec("todo-lists"));
    graph.on(/\/me\/todo\/lists\/.+\/tasks$/, rec("todo-task-created"));
    const link = await sync.upsert({ token: "t", tenantId: TENANT, target: "todo", task: TASK, existing: { containerId: "gone", externalId: "gone", webUrl: null, etag: null } });
    expect(link.created).toBe(true);
    expect(graph.seen.map((s) => s.method)).toEqual(["PATCH", "GET", "POST"]);
  });

  it("says so when the user has no default To Do list", async () => {
    graph.on(/\/me\/todo\/lists$/, rec("todo-lists-no-default"));
    await expect(sync.upsert({ token: "t", tenantId: TENANT, target: "todo", task: TASK, existing: null })).rejects.toBeInstanceOf(NoDefaultTodoListError);
    expect(graph.seen.map((s) => s.method)).toEqual(["GET"]);
  });

  it("fails with Graph's 404 when the list to add to is gone", async () => {
    graph.on(/\/me\/todo\/lists$/, rec("todo-lists"));
    graph.on(/\/me\/todo\/lists\/.+\/tasks$/, rec("todo-not-found-404"));
    const error = await sync.upsert({ token: "t", tenantId: TENANT, target: "todo", task: TASK, existing: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 404, code: "ErrorItemNotFound" });
  });

  it("creates a Planner task in the plan and bucket, keeping its etag and link", async () => {
    graph.on(/\/planner\/tasks$/, rec("planner-task-created"));
    const link = await sync.upsert({ token: "t", tenantId: TENANT, target: "planner", planId: PLAN, bucketId: "hsOf2dhOJkqyYYZEtdzDe2QAIUCR", task: TASK, existing: null });
    expect(link).toEqual({
      containerId: PLAN,
      externalId: PLANNER_TASK,
      webUrl: `https://tasks.office.com/${TENANT}/Home/Task/${PLANNER_TASK}`,
      etag: 'W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBARCc="',
      created: true,
    });
    expect(sent[0]?.body).toEqual({ planId: PLAN, bucketId: "hsOf2dhOJkqyYYZEtdzDe2QAIUCR", title: TASK.title, dueDateTime: "2026-12-01T00:00:00Z", percentComplete: 0 });
  });

  it("updates a Planner task with If-Match: the stored etag, and keeps the new etag", async () => {
    graph.on(/\/planner\/tasks\/.+$/, rec("planner-task-updated"));
    const existing = { containerId: PLAN, externalId: PLANNER_TASK, webUrl: null, etag: 'W/"old"' };
    const link = await sync.upsert({ token: "t", tenantId: TENANT, target: "planner", task: { ...TASK, done: true }, existing });
    expect(link).toMatchObject({ created: false, externalId: PLANNER_TASK, etag: 'W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBASCc="' });
    expect(sent[0]).toMatchObject({ method: "PATCH", headers: { "if-match": 'W/"old"', prefer: "return=representation" }, body: { percentComplete: 100 } });
  });

  it("on 412 (changed in Planner) reads the current etag and sends the update once more", async () => {
    graph.on(/\/planner\/tasks\/.+$/, rec("planner-precondition-412"), rec("planner-task-current"), rec("planner-task-updated"));
    const existing = { containerId: PLAN, externalId: PLANNER_TASK, webUrl: null, etag: 'W/"stale"' };
    const link = await sync.upsert({ token: "t", tenantId: TENANT, target: "planner", task: TASK, existing });
    expect(link.created).toBe(false);
    expect(sent.map((s) => `${s.method} ${s.headers["if-match"] ?? ""}`)).toEqual([
      'PATCH W/"stale"',
      "GET ",
      'PATCH W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBARyc="',
    ]);
  });

  it("passes Graph's 403 on as a GraphError the route turns into a 403", async () => {
    graph.on(/\/planner\/tasks$/, rec("planner-forbidden-403"));
    const error = await sync.upsert({ token: "t", tenantId: TENANT, target: "planner", planId: PLAN, task: TASK, existing: null }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403 });
    expect(String((error as Error).message)).toContain("required permissions");
  });

  it("waits out a 429's Retry-After and succeeds; gives up (with the wait) when throttling lasts", async () => {
    graph.on(/\/planner\/tasks$/, rec("throttled-429"), rec("planner-task-created"));
    // 7 s is over this writer's 5 s limit: the POST fails as throttled, with the seconds to wait.
    const error = await sync.upsert({ token: "t", tenantId: TENANT, target: "planner", planId: PLAN, task: TASK, existing: null }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, code: "throttled" });
    expect(retryAfterSecOf(error as GraphError)).toBe(7);

    const short = { ...rec("throttled-429"), headers: { "content-type": "application/json", "retry-after": "2" } };
    await graph.close();
    graph = await startRecordedGraph();
    graph.on(/\/planner\/tasks$/, short, rec("planner-task-created"));
    const capture = capturingFetch();
    const retrying = createGraphTaskSync({
      read: createGraphClient({ baseUrl: graph.baseUrl, fetch: capture.fetch }),
      write: createGraphWriter({ baseUrl: graph.baseUrl, fetch: capture.fetch, sleep: async (ms) => void slept.push(ms) }),
    });
    const link = await retrying.upsert({ token: "t", tenantId: TENANT, target: "planner", planId: PLAN, task: TASK, existing: null });
    expect(link.created).toBe(true);
    expect(slept).toEqual([2000]);
    expect(graph.seen.map((s) => s.method)).toEqual(["POST", "POST"]);
  });
});
