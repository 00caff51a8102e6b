// The offline queue's needs of the HTTP client: its own Idempotency-Key on every resend, If-Match on
// contribution edits and deletes, and an interactive "sign in again" through the Auth port.
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import type { Contribution } from "../../../src/core/api/contract";
import { createHttpApiClient } from "../../../src/platform/http/api-client";
import { createFakeAuth } from "../../../src/platform/fakes/fake-auth";
import { ApiError, type Auth } from "../../../src/platform/ports";
import { startServer, type Handler, type ScriptedServer } from "./fixtures";

const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const contribution = (version: number, text = "営業が紹介をとる"): Contribution => ({
  id: "con_1",
  agendaId: "agd_test1",
  department: "営業部",
  authorEmail: "ichiro.suzuki@contoso.example",
  authorName: "鈴木 一郎",
  text,
  version,
  createdAt: "2030-01-01T00:00:00.000Z",
  updatedAt: "2030-01-01T00:00:00.000Z",
});

async function client(handle: Handler, auth: Auth = createFakeAuth("tok")) {
  const server = await startServer(handle);
  servers.push(server);
  const api = createHttpApiClient({ baseUrl: server.url, auth, retry: { attempts: 3, baseDelayMs: 5 } });
  return { api, server };
}
const json = (status: number, body: unknown) => (res: ServerResponse) =>
  void res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));

describe("write options over real HTTP", () => {
  it("sends the caller's Idempotency-Key on every try, and If-Match on an edit", async () => {
    const { api, server } = await client((_req, res, _body, i) =>
      i === 0 ? res.destroy() : json(200, contribution(3, "新しい文"))(res),
    );
    const updated = await api.updateContribution("con_1", { text: "新しい文" }, { ifMatch: 2, idempotencyKey: "key-from-queue" });
    expect(updated.version).toBe(3);
    expect(server.requests).toHaveLength(2);
    for (const r of server.requests) {
      expect(r.method).toBe("PATCH");
      expect(r.url).toBe("/api/contributions/con_1");
      expect(r.headers["idempotency-key"]).toBe("key-from-queue");
      expect(r.headers["if-match"]).toBe('"2"');
    }
  });

  it("passes the key on adds, deletes and commitment changes; no If-Match unless asked", async () => {
    const { api, server } = await client((req, res) => {
      if (req.method === "DELETE") return void res.writeHead(204).end();
      json(201, contribution(1))(res);
    });
    await api.addContribution("agd_test1", { department: "営業部", text: "x" }, { idempotencyKey: "k-add" });
    await api.deleteContribution("con_1", { ifMatch: 4, idempotencyKey: "k-del" });
    await api.addContribution("agd_test1", { department: "営業部", text: "y" });
    const [add, del, plain] = server.requests;
    expect(add!.headers["idempotency-key"]).toBe("k-add");
    expect(add!.headers["if-match"]).toBeUndefined();
    expect(del!.headers["idempotency-key"]).toBe("k-del");
    expect(del!.headers["if-match"]).toBe('"4"');
    expect(plain!.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("rejects a stale edit with 412 and the server's current contribution", async () => {
    const { api } = await client((_req, res) =>
      json(412, { error: { code: "precondition_failed", message: "changed", current: contribution(5, "相手の文") } })(res),
    );
    const err = await api.updateContribution("con_1", { text: "mine" }, { ifMatch: 4, idempotencyKey: "k" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(412);
    expect((err as ApiError).current).toMatchObject({ version: 5, text: "相手の文" });
  });
});

describe("expired token", () => {
  it("re-acquires the token silently once on a 401 and succeeds with the fresh one", async () => {
    let n = 0;
    const auth: Auth & { calls: unknown[] } = {
      calls: [],
      async getToken(opts) {
        auth.calls.push(opts ?? {});
        return opts?.forceRefresh ? `fresh-${++n}` : "expired";
      },
    };
    const { api, server } = await client(
      (req, res) =>
        req.headers.authorization === "Bearer expired"
          ? json(401, { error: { code: "unauthorized", message: "token expired" } })(res)
          : json(201, contribution(1))(res),
      auth,
    );
    await api.addContribution("agd_test1", { department: "営業部", text: "x" }, { idempotencyKey: "k" });
    expect(auth.calls).toEqual([{}, { forceRefresh: true }]);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer expired", "Bearer fresh-1"]);
    // The retry after the refresh is the same write: same key.
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual(["k", "k"]);
  });

  it("answers 401 when the fresh token is refused too, and signInAgain asks interactively", async () => {
    const calls: unknown[] = [];
    const auth: Auth = {
      async getToken(opts) {
        calls.push(opts ?? {});
        return "tok";
      },
    };
    const { api } = await client((_req, res) => json(401, { error: { code: "unauthorized", message: "expired" } })(res), auth);
    const err = await api.me().catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(401);
    expect(calls).toEqual([{}, { forceRefresh: true }]);
    await api.signInAgain?.();
    expect(calls.at(-1)).toEqual({ forceRefresh: true, interactive: true });
  });
});
