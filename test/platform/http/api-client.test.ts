import { afterEach, describe, expect, it } from "vitest";
import { createHttpApiClient } from "../../../src/platform/http/api-client";
import { createFakeAuth } from "../../../src/platform/fakes/fake-auth";
import { ApiError, SignInRequiredError } from "../../../src/platform/ports";
import { agendaAt, startServer, viewAt, type Handler, type ScriptedServer } from "./fixtures";

const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const JSON_TYPE = { "content-type": "application/json" };
const send = (res: Parameters<Handler>[1], status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { ...JSON_TYPE, ...headers }).end(JSON.stringify(body));

async function client(handle: Handler, opts: { auth?: ReturnType<typeof createFakeAuth>; attempts?: number } = {}) {
  const server = await startServer(handle);
  servers.push(server);
  const progress: number[] = [];
  const auth = opts.auth ?? createFakeAuth("tok");
  const api = createHttpApiClient({
    baseUrl: `${server.url}/`,
    auth,
    retry: { attempts: opts.attempts ?? 4, baseDelayMs: 5 },
    onProgress: (n) => progress.push(n),
  });
  return { api, progress, auth, server };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

describe("createHttpApiClient over real HTTP", () => {
  it("retries a 503 with the same Idempotency-Key and returns the 200", async () => {
    const { api, server, progress } = await client((_req, res, _body, i) =>
      i === 0 ? send(res, 503, { error: { code: "internal", message: "busy" } }) : send(res, 201, agendaAt(1)),
    );
    const agenda = await api.createAgenda({ objectiveTitle: "目的" });
    expect(agenda.id).toBe("agd_test1");
    const [first, second] = server.requests;
    expect(server.requests).toHaveLength(2);
    expect(first!.method).toBe("POST");
    expect(first!.url).toBe("/api/agendas");
    expect(JSON.parse(first!.body)).toEqual({ objectiveTitle: "目的" });
    expect(first!.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(second!.headers["idempotency-key"]).toBe(first!.headers["idempotency-key"]);
    expect(first!.headers.authorization).toBe("Bearer tok");
    expect(progress).toEqual([1, 0]);
  });

  it("asks again when the server is still processing the same Idempotency-Key (409 on that field)", async () => {
    const { api, server } = await client((_req, res, _body, i) =>
      i === 0
        ? send(res, 409, { error: { code: "conflict", message: "still being processed — retry shortly", field: "Idempotency-Key" } })
        : send(res, 201, agendaAt(1)),
    );
    expect((await api.createAgenda({ objectiveTitle: "目的" })).id).toBe("agd_test1");
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual([
      server.requests[0]!.headers["idempotency-key"],
      server.requests[0]!.headers["idempotency-key"],
    ]);
    const other = await client((_req, res) => send(res, 409, { error: { code: "conflict", message: "exists", field: "name" } }));
    expect(await rejection(other.api.createDepartment({ name: "営業部" }))).toMatchObject({ status: 409, field: "name" });
    expect(other.server.requests).toHaveLength(1);
  });

  it("uses a new Idempotency-Key per call, and none on reads", async () => {
    const { api, server } = await client((req, res) =>
      req.method === "GET" ? send(res, 200, viewAt(1)) : send(res, 200, agendaAt(1)),
    );
    await api.createAgenda({ objectiveTitle: "a" });
    await api.createAgenda({ objectiveTitle: "b" });
    await api.getAgenda("agd_test1");
    const keys = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBeUndefined();
  });

  it("on 401 refreshes the token once and retries; a second 401 is final", async () => {
    const { api, auth, server } = await client((req, res) =>
      req.headers.authorization === "Bearer tok" && server.requests.length === 1
        ? send(res, 401, { error: { code: "unauthorized", message: "expired" } })
        : send(res, 200, viewAt(1)),
    );
    await api.getAgenda("agd_test1");
    expect(auth.calls).toEqual([{ forceRefresh: false }, { forceRefresh: true }]);

    const always401 = await client((_req, res) => send(res, 401, { error: { code: "unauthorized", message: "no" } }));
    const err = await rejection(always401.api.me());
    expect(err).toMatchObject({ status: 401, code: "unauthorized", message: "no" });
    expect(always401.server.requests).toHaveLength(2);
  });

  it("retries a dropped connection, and reports an unreachable server as a network ApiError", async () => {
    const { api, server } = await client((req, res, _body, i) => (i === 0 ? req.socket.destroy() : send(res, 200, viewAt(1))));
    expect((await api.getAgenda("agd_test1")).agenda.revision).toBe(1);
    expect(server.requests).toHaveLength(2);

    const port = new URL(server.url).port;
    await server.close();
    const offline = createHttpApiClient({ baseUrl: `http://127.0.0.1:${port}`, auth: createFakeAuth(), retry: { attempts: 2, baseDelayMs: 5 } });
    const err = await rejection(offline.me());
    expect(err.isNetwork).toBe(true);
    expect(err.code).toBe("network");
    expect(err.message).toBe("Can't reach the server — check your connection; nothing was lost, it will retry");
  });

  it("gives up on a request that hangs and retries it with the same key", async () => {
    const server = await startServer((_req, res, _body, i) => (i === 0 ? undefined : send(res, 200, agendaAt(1))));
    servers.push(server);
    const api = createHttpApiClient({ baseUrl: server.url, auth: createFakeAuth(), retry: { attempts: 2, baseDelayMs: 5 }, timeoutMs: 150 });
    expect((await api.patchAgenda("agd_test1", 1, { subject: "s" })).id).toBe("agd_test1");
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.headers["idempotency-key"]).toBe(server.requests[0]!.headers["idempotency-key"]);
  });

  it("honours Retry-After on 429", async () => {
    const { api, server } = await client((_req, res, _body, i) =>
      i === 0 ? send(res, 429, { error: { code: "rate_limited", message: "slow down" } }, { "retry-after": "1" }) : send(res, 200, []),
    );
    const started = Date.now();
    expect(await api.listObjectives()).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  it("gives up after the configured attempts and never retries other 4xx", async () => {
    const busy = await client((_req, res) => res.writeHead(502, { "content-type": "text/html" }).end("<h1>Bad gateway</h1>"), { attempts: 3 });
    const err = await rejection(busy.api.me());
    expect(err).toMatchObject({ status: 502, code: "internal" });
    expect(err.message).toMatch(/^The server answered 502/);
    expect(busy.server.requests).toHaveLength(3);

    for (const status of [400, 403, 404, 409, 413]) {
      const c = await client((_req, res) => send(res, status, { error: { code: "bad_request", message: "m" } }));
      await rejection(c.api.me());
      expect(c.server.requests, `status ${status}`).toHaveLength(1);
    }
  });

  it("parses the error body: field on 400, current on 412, and sends If-Match", async () => {
    const current = agendaAt(7, 3);
    const { api, server } = await client((req, res) =>
      req.method === "PATCH"
        ? send(res, 412, { error: { code: "precondition_failed", message: "changed", current } })
        : send(res, 400, { error: { code: "bad_request", message: "Invalid body: dueDate — bad", field: "dueDate" } }),
    );
    const stale = await rejection(api.patchAgenda("agd_test1", 2, { subject: "x" }));
    expect(stale).toMatchObject({ status: 412, code: "precondition_failed", message: "changed", current });
    expect(server.requests[0]!.headers["if-match"]).toBe('"2"');
    expect(server.requests[0]!.url).toBe("/api/agendas/agd_test1");

    const bad = await rejection(api.addCommitment("agd_test1", { ownerEmail: "a@b.example", action: "x", dueDate: "x" }));
    expect(bad).toMatchObject({ status: 400, code: "bad_request", field: "dueDate", message: "Invalid body: dueDate — bad" });
  });

  it("wraps a sign-in failure as 401 without calling the server", async () => {
    const { api, server } = await client((_req, res) => send(res, 200, {}), {
      auth: createFakeAuth("t", { failWith: new SignInRequiredError() }),
    });
    const err = await rejection(api.me());
    expect(err).toMatchObject({ status: 401, code: "unauthorized" });
    expect((err as { cause?: unknown }).cause).toBeInstanceOf(SignInRequiredError);
    expect(server.requests).toHaveLength(0);
  });

  it("rejects an answer that breaks the contract, naming the field", async () => {
    const { api } = await client((_req, res) => send(res, 200, { ...viewAt(1), agenda: { ...agendaAt(1), version: "one" } }));
    const err = await rejection(api.getAgenda("agd_test1"));
    expect(err.code).toBe("internal");
    expect(err.message).toContain("agenda.version");
  });

  it("builds query strings, renders, deletes, lists pages and downloads CSV", async () => {
    const { api, server } = await client((req, res) => {
      if (req.url!.startsWith("/api/agendas/agd_test1/render")) return send(res, 200, { content: "<p>x</p>" });
      if (req.url!.startsWith("/api/contributions/")) return void res.writeHead(204).end();
      if (req.url!.startsWith("/api/commitments/export.csv")) {
        return void res.writeHead(200, { "content-type": "text/csv; charset=utf-8" }).end("\uFEFFa,b\r\n");
      }
      if (req.url!.startsWith("/api/commitments")) return send(res, 200, { items: [], nextCursor: null });
      return send(res, 200, { items: [agendaAt(1)], nextCursor: null });
    });
    expect(await api.renderAgenda("agd_test1", "text", "en")).toBe("<p>x</p>");
    await api.deleteContribution("con 1");
    expect(await api.listCommitments({ status: "open", overdue: "true", q: "営業 & co" })).toEqual({ items: [], nextCursor: null });
    const csv = await api.exportCommitmentsCsv({ department: "営業部" });
    expect(new Uint8Array(await csv.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect((await api.findAgendas({ teamsThreadId: "19:meeting_abc@thread.v2" })).map((a) => a.id)).toEqual(["agd_test1"]);
    const urls = server.requests.map((r) => `${r.method} ${decodeURIComponent(r.url)}`);
    expect(urls).toEqual([
      "GET /api/agendas/agd_test1/render?format=text&lang=en",
      "DELETE /api/contributions/con 1",
      "GET /api/commitments?status=open&overdue=true&q=営業+&+co",
      "GET /api/commitments/export.csv?department=営業部",
      "GET /api/agendas?teamsThreadId=19:meeting_abc@thread.v2",
    ]);
    expect(server.requests[1]!.headers["idempotency-key"]).toBeDefined();
  });
});
