import { afterEach, describe, expect, it } from "vitest";
import { INTERNAL_ERROR_MESSAGE } from "../../../src/server/app";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, agendaInput, bearer, countRows } from "../agendas/agenda-fixtures";

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("GET /healthz", () => {
  it("reports the database kind and auth mode without a token", async () => {
    t = await buildTestApp();
    const res = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok", db: "sqlite", authMode: "local" });
  });

  it("says postgres on PostgreSQL", async () => {
    t = await buildTestApp({ target: { kind: "pglite" } });
    expect((await t.app.inject({ method: "GET", url: "/healthz" })).json()).toMatchObject({ status: "ok", db: "postgres" });
  });
});

describe("errors", () => {
  it("413 for a body over the limit, writing nothing", async () => {
    t = await buildTestApp({ env: { BODY_LIMIT_BYTES: "2000" } });
    const res = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: await bearer(t, ORGANIZER),
      payload: agendaInput({ desiredOutcome: "x".repeat(1990) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: "payload_too_large" });
    expect(res.json().error.message).toContain("2000 bytes");
    expect(await countRows(t, "agendas")).toBe(0);
  });

  it("400 for malformed JSON and for bodies that are not JSON", async () => {
    t = await buildTestApp();
    const headers = await bearer(t, ORGANIZER);
    const broken = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: { ...headers, "content-type": "application/json" },
      payload: '{"objectiveTitle": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toMatchObject({ code: "bad_request", field: "body", message: "The request body is not valid JSON" });
    const poisoned = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: { ...headers, "content-type": "application/json" },
      payload: '{"__proto__": {"x": 1}, "objectiveTitle": "a"}',
    });
    expect(poisoned.statusCode).toBe(400);
    const text = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: { ...headers, "content-type": "text/plain" },
      payload: "hello",
    });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.message).toContain("Content-Type: application/json");
  });

  it("404 JSON for unknown routes (401 first without a token)", async () => {
    t = await buildTestApp();
    const anonymous = await t.app.inject({ method: "GET", url: "/api/nope" });
    expect(anonymous.statusCode).toBe(401);
    const res = await t.app.inject({ method: "GET", url: "/api/nope", headers: await bearer(t, ORGANIZER) });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: "not_found", message: "There is nothing at GET /api/nope" } });
    const wrongMethod = await t.app.inject({ method: "DELETE", url: "/api/agendas", headers: await bearer(t, ORGANIZER) });
    expect(wrongMethod.statusCode).toBe(404);
  });

  it("500 with a generic message when something unexpected breaks (the database here); health says 503", async () => {
    t = await buildTestApp();
    const headers = await bearer(t, ORGANIZER);
    await t.db.destroy();
    const res = await t.app.inject({ method: "POST", url: "/api/agendas", headers, payload: agendaInput() });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: "internal", message: INTERNAL_ERROR_MESSAGE } });
    const health = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: "unavailable" });
  });

  it("sets the basic security headers on API responses", async () => {
    t = await buildTestApp();
    const res = await t.app.inject({ method: "GET", url: "/api/me" });
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(res.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
