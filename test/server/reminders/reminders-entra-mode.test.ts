// In Entra mode there is no outbox and no hand-run of the job (reminders are real mail there): both
// routes answer 409 saying why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { ApiErrorBody } from "../../../src/core/api/error-contract";
import { buildApp } from "../../../src/server/app";
import type { Authenticator } from "../../../src/server/auth/authenticator";
import type { Principal } from "../../../src/server/auth/principal";
import { loadConfig } from "../../../src/server/config";
import { createDb, type DbHandle } from "../../../src/server/db/create-db";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { LOCAL_ONLY_REMINDERS } from "../../../src/server/routes/reminders";

const PMO: Principal = { tenantId: DEMO_TENANT_ID, userId: "oid-pmo", email: "pmo@contoso.example", name: "PMO", roles: ["PMO"], isPmo: true };

describe("reminder routes in Entra mode", () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", AUTH_MODE: "entra", ENTRA_CLIENT_ID: "11111111-2222-3333-4444-555555555555" });
    handle = await createDb({ kind: "sqlite", file: ":memory:" });
    // Stands in for Entra token validation (tested in test/server/auth): every bearer is the PMO.
    const authenticator: Authenticator = {
      mode: "entra",
      local: null,
      verifyAuthorization: async () => PMO,
    };
    app = await buildApp({ config, db: handle.db, authenticator });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("answers 409 for the outbox and for running reminders by hand, saying why", async () => {
    for (const [method, url] of [["GET", "/api/outbox"], ["POST", "/api/reminders/run"]] as const) {
      const res = await app.inject({ method, url, headers: { authorization: "Bearer entra-token" } });
      expect(res.statusCode).toBe(409);
      expect(res.json<ApiErrorBody>().error).toEqual({ code: "conflict", message: LOCAL_ONLY_REMINDERS });
    }
  });
});
