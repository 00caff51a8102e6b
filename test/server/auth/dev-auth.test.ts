import Fastify from "fastify";
import type { FastifyInstance } from "fastify";
import { createLocalJWKSet, jwtVerify } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { ApiErrorBody } from "../../../src/core/api/error-contract";
import { DevTokenResponse } from "../../../src/core/api/sign-in-contract";
import { authHook } from "../../../src/server/auth/auth-hook";
import { createAuthenticator } from "../../../src/server/auth/authenticator";
import { LOCAL_AUDIENCE } from "../../../src/server/auth/local-issuer";
import { loadConfig } from "../../../src/server/config";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { HttpError } from "../../../src/server/http/http-error";
import { devAuthRoutes } from "../../../src/server/routes/dev-auth";

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** A bare app: the auth hook, the dev auth routes and two tiny routes. */
async function build(env: Record<string, string> = {}, { errorHandler = true } = {}) {
  const config = loadConfig({ NODE_ENV: "test", PORT: "3999", ...env });
  const authenticator = await createAuthenticator(config, { inMemoryKeys: true });
  const app = Fastify();
  apps.push(app);
  if (errorHandler) {
    app.setErrorHandler((error, _request, reply) => {
      if (error instanceof HttpError) return reply.code(error.statusCode).headers(error.headers).send(error.toBody());
      return reply.code(500).send({ error: { code: "internal", message: "Something went wrong" } });
    });
  }
  app.addHook("onRequest", authHook(authenticator));
  await app.register(devAuthRoutes, { authenticator, config });
  app.get("/api/whoami", async (request) => request.principal);
  app.get("/api/openapi.json", async () => ({ openapi: "3.1.0" }));
  app.get("/healthz", async () => ({ ok: true }));
  await app.ready();
  return { app, authenticator };
}

async function devToken(app: FastifyInstance, body: object): Promise<string> {
  const response = await app.inject({ method: "POST", url: "/api/dev/token", payload: body });
  expect(response.statusCode, response.body).toBe(200);
  return DevTokenResponse.parse(response.json()).accessToken;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("dev auth in local mode", () => {
  it("issues a token that the auth hook accepts, for the demo tenant by default", async () => {
    const { app } = await build();
    const response = await app.inject({ method: "POST", url: "/api/dev/token", payload: { email: "Aiko@Example.com", name: "Aiko", roles: ["PMO"] } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ accessToken: expect.any(String), expiresIn: 8 * 3600 });
    const token = DevTokenResponse.parse(response.json()).accessToken;

    const me = await app.inject({ url: "/api/whoami", headers: bearer(token) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ tenantId: DEMO_TENANT_ID, email: "aiko@example.com", name: "Aiko", roles: ["PMO"], isPmo: true });
  });

  it("honours tenantId, so a second tenant can be tested", async () => {
    const { app } = await build();
    const token = await devToken(app, { email: "ken@example.com", tenantId: OTHER_TENANT_ID });
    const me = await app.inject({ url: "/api/whoami", headers: bearer(token) });
    expect(me.json()).toMatchObject({ tenantId: OTHER_TENANT_ID, isPmo: false, name: "ken@example.com" });
  });

  it.each([
    [{ email: "not-an-email" }, "email"],
    [{}, "email"],
    [{ email: "a@example.com", roles: "PMO" }, "roles"],
    [{ email: "a@example.com", tenantId: "" }, "tenantId"],
  ])("400 names the field for %o", async (payload, field) => {
    const { app } = await build();
    const response = await app.inject({ method: "POST", url: "/api/dev/token", payload });
    expect(response.statusCode).toBe(400);
    const body = ApiErrorBody.parse(response.json());
    expect(body.error).toMatchObject({ code: "bad_request", field });
    expect(body.error.message).toContain(field);
  });

  it("400 on unknown fields and on a missing body", async () => {
    const { app } = await build();
    const extra = await app.inject({ method: "POST", url: "/api/dev/token", payload: { email: "a@example.com", tenant: "x" } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.message).toContain("tenant");
    const empty = await app.inject({ method: "POST", url: "/api/dev/token" });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe("email");
  });

  it("publishes the signing key; tokens verify against it", async () => {
    const { app } = await build();
    const token = await devToken(app, { email: "aiko@example.com" });
    const response = await app.inject({ url: "/auth/local/jwks.json" });
    expect(response.statusCode).toBe(200);
    const jwks = response.json();
    expect(jwks.keys[0]).not.toHaveProperty("d");
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
      issuer: `http://localhost:3999/auth/local/${DEMO_TENANT_ID}/v2.0`,
      audience: LOCAL_AUDIENCE,
    });
    expect(payload.tid).toBe(DEMO_TENANT_ID);
  });
});

describe("auth hook", () => {
  it("401 without a token, with the error body and a Bearer challenge", async () => {
    const { app } = await build();
    const response = await app.inject({ url: "/api/whoami" });
    expect(response.statusCode).toBe(401);
    expect(response.headers["www-authenticate"]).toBe("Bearer");
    expect(response.json()).toEqual({
      error: { code: "unauthorized", message: "Sign in required: send Authorization: Bearer <token>" },
    });
  });

  it("401 with invalid_token for a bad token", async () => {
    const { app } = await build();
    const token = await devToken(app, { email: "aiko@example.com" });
    const [h, p, s] = token.split(".");
    const response = await app.inject({ url: "/api/whoami", headers: bearer(`${h}.${p}x.${s}`) });
    expect(response.statusCode).toBe(401);
    expect(response.headers["www-authenticate"]).toBe('Bearer error="invalid_token"');
    expect(response.json().error.code).toBe("unauthorized");
  });

  it("still sends 401 and the challenge through Fastify's default error handler", async () => {
    const { app } = await build({}, { errorHandler: false });
    const response = await app.inject({ url: "/api/whoami", headers: bearer("nonsense") });
    expect(response.statusCode).toBe(401);
    expect(response.headers["www-authenticate"]).toBe('Bearer error="invalid_token"');
    expect(response.body).not.toContain("at ");
  });

  it("leaves public routes open: dev token, OpenAPI, non-API paths", async () => {
    const { app } = await build();
    expect((await app.inject({ url: "/api/openapi.json" })).statusCode).toBe(200);
    expect((await app.inject({ url: "/healthz" })).statusCode).toBe(200);
    expect((await app.inject({ url: "/api/openapi.json?x=1" })).statusCode).toBe(200);
  });

  it("guards unknown and disguised /api paths", async () => {
    const { app } = await build();
    expect((await app.inject({ url: "/api/nope" })).statusCode).toBe(401);
    expect((await app.inject({ url: "/api/dev/token/../../whoami" })).statusCode).not.toBe(200);
    expect((await app.inject({ url: "/%61pi/whoami" })).statusCode).not.toBe(200);
    expect((await app.inject({ url: "/api/whoami?x=/api/openapi.json" })).statusCode).toBe(401);
    const token = await devToken(app, { email: "aiko@example.com" });
    expect((await app.inject({ url: "/api/nope", headers: bearer(token) })).statusCode).toBe(404);
  });
});

describe("dev auth in Entra mode", () => {
  const entraEnv = { AUTH_MODE: "entra", ENTRA_CLIENT_ID: "0f8fad5b-d9cb-469f-a165-70867728950e", ENTRA_JWKS_URI: "http://127.0.0.1:1/keys" };

  it("has no dev token endpoint and no local keys", async () => {
    const { app, authenticator } = await build(entraEnv);
    expect(authenticator.local).toBeNull();
    const token = await app.inject({ method: "POST", url: "/api/dev/token", payload: { email: "aiko@example.com" } });
    expect(token.statusCode).toBe(404);
    expect((await app.inject({ url: "/auth/local/jwks.json" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/api/whoami" })).statusCode).toBe(401);
  });
});
