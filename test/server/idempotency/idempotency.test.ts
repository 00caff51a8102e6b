import Fastify from "fastify";
import type { FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Agenda } from "../../../src/core/api/contract";
import type { Principal } from "../../../src/server/auth/principal";
import { createDb, type DbHandle } from "../../../src/server/db/create-db";
import { HttpError } from "../../../src/server/http/http-error";
import { STALE_CLAIM_MS, withIdempotency, type WriteResult } from "../../../src/server/idempotency/with-idempotency";
import { toErrorResponse } from "../../../src/server/app";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, SALES, agendaInput, bearer, countRows, createAgendaVia } from "../agendas/agenda-fixtures";

describe("Idempotency-Key on the real routes", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const post = async (key: string | undefined, payload: object = agendaInput(), email = ORGANIZER) =>
    t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: { ...(await bearer(t, email)), ...(key !== undefined ? { "idempotency-key": key } : {}) },
      payload,
    });

  it("replays the first response to a retry and creates one agenda", async () => {
    const first = await post("k-1");
    const retry = await post("k-1");
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers.etag).toBe('"1"');
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(first.headers["idempotent-replayed"]).toBeUndefined();
    expect(await countRows(t, "agendas")).toBe(1);
  });

  it("scopes keys per user: the same key of two people makes two agendas", async () => {
    await post("shared", agendaInput(), ORGANIZER);
    await post("shared", agendaInput(), SALES);
    expect(await countRows(t, "agendas")).toBe(2);
  });

  it("answers 409 when a key is reused for another request", async () => {
    const agenda = (await post("k-2")).json() as Agenda;
    const other = await t.app.inject({
      method: "PATCH",
      url: `/api/agendas/${agenda.id}`,
      headers: { ...(await bearer(t, ORGANIZER)), "idempotency-key": "k-2", "if-match": '"1"' },
      payload: { subject: "x" },
    });
    expect(other.statusCode).toBe(409);
    expect(other.json().error).toMatchObject({ code: "conflict", message: "Idempotency-Key reused for a different request" });
  });

  it("answers 409 when a key is reused with another body on the same path", async () => {
    const first = await post("k-body", agendaInput({ subject: "A" }));
    expect(first.statusCode).toBe(201);
    const second = await post("k-body", agendaInput({ subject: "B" }));
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: "conflict", message: "Idempotency-Key reused for a different request" });
    expect(await countRows(t, "agendas")).toBe(1);
  });

  it("does not keep rejected requests: a corrected retry with the same key succeeds", async () => {
    const bad = await post("k-3", { ...agendaInput(), objectiveTitle: "" });
    expect(bad.statusCode).toBe(400);
    expect(await countRows(t, "idempotency_keys")).toBe(0);
    const good = await post("k-3");
    expect(good.statusCode).toBe(201);
    expect(await countRows(t, "agendas")).toBe(1);
  });

  it("rejects keys longer than 200 characters (400 Idempotency-Key)", async () => {
    const res = await post("x".repeat(201));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("Idempotency-Key");
    expect(await countRows(t, "agendas")).toBe(0);
    expect((await post("x".repeat(200))).statusCode).toBe(201);
  });

  it("replays PATCH and DELETE without applying them twice", async () => {
    const agenda = await createAgendaVia(t);
    const headers = { ...(await bearer(t, ORGANIZER)), "if-match": '"1"', "idempotency-key": "p-1" };
    const first = await t.app.inject({ method: "PATCH", url: `/api/agendas/${agenda.id}`, headers, payload: { subject: "new" } });
    const again = await t.app.inject({ method: "PATCH", url: `/api/agendas/${agenda.id}`, headers, payload: { subject: "new" } });
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(200); // not 412: the retry is the same request
    expect(again.json()).toEqual(first.json());
    expect(again.json().version).toBe(2);

    const c = await t.app.inject({
      method: "POST",
      url: `/api/agendas/${agenda.id}/contributions`,
      headers: await bearer(t, SALES),
      payload: { department: "営業部", text: "x" },
    });
    const del = { ...(await bearer(t, SALES)), "idempotency-key": "d-1" };
    const d1 = await t.app.inject({ method: "DELETE", url: `/api/contributions/${c.json().id}`, headers: del });
    const d2 = await t.app.inject({ method: "DELETE", url: `/api/contributions/${c.json().id}`, headers: del });
    expect([d1.statusCode, d2.statusCode]).toEqual([204, 204]);
  });
});

describe("withIdempotency", () => {
  const principal: Principal = { tenantId: "t1", userId: "u1", email: "u1@example.com", name: "U", roles: [], isPmo: false };
  let handle: DbHandle;
  let app: FastifyInstance;
  let runs = 0;
  let next: () => Promise<WriteResult>;

  beforeEach(async () => {
    handle = await createDb({ kind: "sqlite", file: ":memory:" });
    runs = 0;
    app = Fastify();
    app.addHook("onRequest", async (request) => {
      request.principal = principal;
    });
    app.setErrorHandler((error, _request, reply) => {
      const r = toErrorResponse(error as never, 1000);
      reply.code(r.status).headers(r.headers).send(r.body);
    });
    app.post("/w", (request, reply) =>
      withIdempotency(request, reply, { db: handle.db }, async () => {
        runs++;
        return next();
      }),
    );
    await app.ready();
  });
  afterEach(async () => {
    await app.close();
    await handle.close();
  });

  const call = (key = "k") => app.inject({ method: "POST", url: "/w", headers: { "idempotency-key": key }, payload: {} });

  it("does not store 5xx results or thrown errors: the retry runs again", async () => {
    next = async () => ({ status: 503, body: { error: "later" } });
    expect((await call()).statusCode).toBe(503);
    next = async () => {
      throw new Error("database on fire");
    };
    const crashed = await call();
    expect(crashed.statusCode).toBe(500);
    expect(crashed.body).not.toContain("fire");
    next = async () => {
      throw new HttpError("forbidden", "no");
    };
    expect((await call()).statusCode).toBe(403);
    next = async () => ({ status: 201, body: { id: "one" } });
    expect((await call()).json()).toEqual({ id: "one" });
    next = async () => ({ status: 201, body: { id: "two" } });
    expect((await call()).json()).toEqual({ id: "one" });
    expect(runs).toBe(4);
  });

  it("answers 409 to a concurrent retry while the first is still running, then replays", async () => {
    let finish!: () => void;
    next = () => new Promise((resolve) => (finish = () => resolve({ status: 201, body: { id: "slow" } })));
    const first = call();
    await vi.waitFor(() => expect(finish).toBeTypeOf("function")); // the first is inside its handler
    const concurrent = await call();
    expect(concurrent.statusCode).toBe(409);
    expect(concurrent.json().error.message).toMatch(/still being processed/);
    expect(concurrent.headers["retry-after"]).toBe("1");
    finish();
    expect((await first).json()).toEqual({ id: "slow" });
    expect((await call()).json()).toEqual({ id: "slow" });
    expect(runs).toBe(1);
  });

  it("takes over a claim left behind by a crashed request", async () => {
    await handle.db
      .insertInto("idempotency_keys")
      .values({
        tenant_id: "t1",
        user_id: "u1",
        key: "k",
        method: "POST",
        path: "/w",
        status_code: 0,
        response_json: "",
        created_at: new Date(Date.now() - STALE_CLAIM_MS - 1000).toISOString(),
      })
      .execute();
    next = async () => ({ status: 201, body: { id: "after-crash" } });
    expect((await call()).json()).toEqual({ id: "after-crash" });
    expect(runs).toBe(1);
  });
});
