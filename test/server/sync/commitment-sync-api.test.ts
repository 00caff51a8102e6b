// POST /api/commitments/:id/sync through app.inject: who may sync, the local-mode answer, and a
// second sync updating the task of the first (Graph served from recorded responses).
import { afterEach, describe, expect, it } from "vitest";
import type { ApiErrorBody } from "../../../src/core/api/error-contract";
import type { CommitmentSyncResult } from "../../../src/core/api/reminders-contract";
import { createGraphClient } from "../../../src/server/graph/graph-client";
import { createGraphWriter } from "../../../src/server/graph/graph-writer";
import { SYNC_NEEDS_GRAPH, SYNC_REFUSED, type CommitmentSyncBackend } from "../../../src/server/sync/commitment-sync.service";
import { createGraphTaskSync } from "../../../src/server/sync/graph-task-sync";
import { startRecordedGraph, type RecordedGraph } from "../graph/recorded-graph";
import { recordedIn } from "./graph-recordings";
import { buildSyncTestApp, seedCommitment, type SyncTestApp } from "./sync-test-app";

const rec = (name: string) => recordedIn(new URL(import.meta.url), name);
const ORGANIZER = "hanako.sato@contoso.example";
const OWNER = "misaki.tanaka@contoso.example";
const PLAN = "xqQg5FS2LkCp935s-FIFm2QAFkHM";

describe("POST /api/commitments/:id/sync", () => {
  let t: SyncTestApp | undefined;
  let graph: RecordedGraph | undefined;
  const exchanged: string[] = [];
  afterEach(async () => {
    await t?.close();
    await graph?.close();
    t = undefined;
    graph = undefined;
    exchanged.length = 0;
  });

  async function withGraph(): Promise<SyncTestApp> {
    graph = await startRecordedGraph();
    const sleep = async () => undefined;
    const backend: CommitmentSyncBackend = {
      tasks: createGraphTaskSync({
        read: createGraphClient({ baseUrl: graph.baseUrl, sleep }),
        write: createGraphWriter({ baseUrl: graph.baseUrl, sleep, maxRetryAfterMs: 1_000 }),
      }),
      graphTokenFor: async (tenantId, callerToken) => {
        exchanged.push(`${tenantId} ${callerToken.slice(0, 10)}`);
        return "obo-graph-token";
      },
    };
    t = await buildSyncTestApp(backend);
    return t;
  }
  const post = async (app: SyncTestApp, id: string, email: string, payload: unknown, roles: string[] = []) =>
    app.app.inject({ method: "POST", url: `/api/commitments/${id}/sync`, headers: { authorization: `Bearer ${await app.tokenFor(email, roles)}` }, payload: payload as object });

  it("answers 409 with what to configure in local mode (no Microsoft Graph)", async () => {
    t = await buildSyncTestApp(undefined);
    const id = await seedCommitment(t, ORGANIZER, OWNER);
    const res = await post(t, id, OWNER, { target: "todo" });
    expect(res.statusCode).toBe(409);
    expect(res.json<ApiErrorBody>().error).toMatchObject({ code: "conflict", message: SYNC_NEEDS_GRAPH });
    // The user is told whom to ask, never which setting is missing.
    expect(SYNC_NEEDS_GRAPH).not.toMatch(/AUTH_MODE|ENTRA_|[A-Z]{3,}_[A-Z]/);
  });

  it("creates the owner's To Do task on behalf of the owner, then updates it on a second sync", async () => {
    const app = await withGraph();
    graph!.on(/\/me\/todo\/lists$/, rec("todo-lists"));
    graph!.on(/\/me\/todo\/lists\/[^/]+\/tasks$/, rec("todo-task-created"));
    graph!.on(/\/me\/todo\/lists\/[^/]+\/tasks\/.+$/, rec("todo-task-updated"));
    const id = await seedCommitment(app, ORGANIZER, OWNER);

    const first = await post(app, id, OWNER, { target: "todo" });
    expect(first.statusCode).toBe(200);
    expect(first.json<CommitmentSyncResult>()).toMatchObject({ target: "todo", externalId: "AlMKXwbQAAAJws6wcAAAA=", created: true, webUrl: null });
    const second = await post(app, id, OWNER, { target: "todo" });
    expect(second.json<CommitmentSyncResult>()).toMatchObject({ externalId: "AlMKXwbQAAAJws6wcAAAA=", created: false });
    expect(graph!.seen.map((s) => s.method)).toEqual(["GET", "POST", "PATCH"]);
    expect(graph!.seen.every((s) => s.authorization === "Bearer obo-graph-token")).toBe(true);
    expect(exchanged).toHaveLength(2);
  });

  it("lets a PMO sync, refuses anyone else but the owner (403), and 404s an unknown commitment", async () => {
    const app = await withGraph();
    graph!.on(/\/planner\/tasks$/, rec("planner-task-created"));
    const id = await seedCommitment(app, ORGANIZER, OWNER);
    expect((await post(app, id, ORGANIZER, { target: "todo" })).statusCode).toBe(403);
    expect((await post(app, "nope", OWNER, { target: "todo" })).statusCode).toBe(404);
    const pmo = await post(app, id, "satoshi.yamamoto@contoso.example", { target: "planner", planId: PLAN }, ["PMO"]);
    expect(pmo.statusCode).toBe(200);
    expect(pmo.json<CommitmentSyncResult>()).toMatchObject({ target: "planner", created: true });
    expect(graph!.seen.map((s) => s.method)).toEqual(["POST"]);
  });

  it("rejects bad bodies with 400 naming the field", async () => {
    const app = await withGraph();
    const id = await seedCommitment(app, ORGANIZER, OWNER);
    const noPlan = await post(app, id, OWNER, { target: "planner" });
    expect(noPlan.statusCode).toBe(400);
    expect(noPlan.json<ApiErrorBody>().error.field).toBe("planId");
    expect((await post(app, id, OWNER, { target: "outlook" })).json<ApiErrorBody>().error.field).toBe("target");
    expect((await post(app, id, OWNER, { target: "todo", planId: PLAN })).statusCode).toBe(400);
  });

  it("turns Graph's 403, 429 (with Retry-After) and 404 into clear answers", async () => {
    const app = await withGraph();
    graph!.on(/\/planner\/tasks$/, rec("planner-forbidden-403"));
    graph!.on(/\/me\/todo\/lists$/, rec("todo-lists-no-default"));
    const id = await seedCommitment(app, ORGANIZER, OWNER);
    const denied = await post(app, id, OWNER, { target: "planner", planId: PLAN });
    expect(denied.statusCode).toBe(403);
    // The user reads what to do; Graph's own words go to the administrator's log.
    expect(denied.json<ApiErrorBody>().error.message).toBe(SYNC_REFUSED);
    const noList = await post(app, id, OWNER, { target: "todo" });
    expect(noList.statusCode).toBe(409);
    expect(noList.json<ApiErrorBody>().error.message).toContain("no default task list");

    // A fresh app and Graph: the throttled answer's 7 s is over the 1 s the writer waits.
    await graph!.close();
    await t!.close();
    const throttled = await withGraph();
    graph!.on(/\/planner\/tasks$/, rec("throttled-429"));
    const id2 = await seedCommitment(throttled, ORGANIZER, OWNER);
    const res = await post(throttled, id2, OWNER, { target: "planner", planId: PLAN });
    expect(res.statusCode).toBe(429);
    expect(res.headers["retry-after"]).toBe("7");
    expect(res.json<ApiErrorBody>().error.code).toBe("rate_limited");
  });
});
