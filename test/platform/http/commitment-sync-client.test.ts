// The HTTP client's syncCommitment: POST /api/commitments/:id/sync with the target and an
// Idempotency-Key (kept across a retry, so a lost answer never makes a second task), the answer
// parsed by the contract (webUrl may be null), and the server's 409 kept as an ApiError with its words.
import { afterEach, describe, expect, it } from "vitest";
import { createFakeAuth } from "../../../src/platform/fakes/fake-auth";
import { createHttpApiClient } from "../../../src/platform/http/api-client";
import { ApiError } from "../../../src/platform/ports";
import { startServer, type Handler, type ScriptedServer } from "./fixtures";

const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const send = (res: Parameters<Handler>[1], status: number, body: unknown) =>
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));

async function client(handle: Handler) {
  const server = await startServer(handle);
  servers.push(server);
  const api = createHttpApiClient({ baseUrl: server.url, auth: createFakeAuth("tok"), retry: { attempts: 3, baseDelayMs: 5 } });
  return { api, server };
}

const RESULT = { target: "todo", externalId: "AAMk1", webUrl: "https://to-do.office.com/tasks/id/AAMk1/details", created: true, syncedAt: "2026-11-28T15:00:00.000Z" };

describe("syncCommitment over real HTTP", () => {
  it("posts the target with one Idempotency-Key across a retry and returns the task's link", async () => {
    const { api, server } = await client((_req, res, _body, i) =>
      i === 0 ? send(res, 503, { error: { code: "internal", message: "busy" } }) : send(res, 200, RESULT),
    );
    expect(await api.syncCommitment("com/1", { target: "todo" })).toEqual(RESULT);
    const [first, second] = server.requests;
    expect(first).toMatchObject({ method: "POST", url: "/api/commitments/com%2F1/sync" });
    expect(JSON.parse(first!.body)).toEqual({ target: "todo" });
    expect(first!.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(second!.headers["idempotency-key"]).toBe(first!.headers["idempotency-key"]);
  });

  it("accepts a task without a link, and rejects an answer that breaks the contract", async () => {
    const noLink = await client((_req, res) => send(res, 200, { ...RESULT, webUrl: null, created: false }));
    expect(await noLink.api.syncCommitment("com_1", { target: "todo" })).toMatchObject({ webUrl: null, created: false });
    const broken = await client((_req, res) => send(res, 200, { ...RESULT, created: "yes" }));
    await expect(broken.api.syncCommitment("com_1", { target: "todo" })).rejects.toThrow(/created/);
  });

  it("keeps the server's 409 (no Microsoft Graph) as an ApiError with its message, not retried", async () => {
    const { api, server } = await client((_req, res) => send(res, 409, { error: { code: "conflict", message: "needs Microsoft Graph: run with AUTH_MODE=entra" } }));
    const err = await api.syncCommitment("com_1", { target: "todo" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 409, code: "conflict", message: "needs Microsoft Graph: run with AUTH_MODE=entra" });
    expect(server.requests).toHaveLength(1);
  });
});
