// Builds the whole app on a fresh database for route tests: real SQLite (in memory by default),
// real local tokens, no network (use app.inject).
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app";
import { createAuthenticator } from "../../src/server/auth/authenticator";
import { loadConfig } from "../../src/server/config";
import type { Db } from "../../src/server/db/database";
import { createDb, type DbTarget } from "../../src/server/db/create-db";
import { DEMO_TENANT_ID } from "../../src/server/demo/demo-ids";
import type { LiveEvents } from "../../src/server/routes/route-deps";
import type { MeetingProver } from "../../src/server/graph/meeting-proof";
import type { TenantVerifier } from "../../src/server/tenants/onboarding";

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  tokenFor(email: string, o?: { name?: string; tenantId?: string; roles?: string[]; ttlSec?: number }): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  target?: DbTarget;
  env?: Record<string, string>;
  /** Where the client build lives (pages tests); defaults to the repository's dist/. */
  distDir?: string;
  /** Live events over the test database, when a test needs to look inside them. */
  live?: (db: Db) => LiveEvents;
  /** Proof of Teams threads (Microsoft Graph in Entra mode); none by default (local mode takes the client's). */
  meetingProof?: MeetingProver;
  /** The multi-tenant onboarding's proof of consent (Entra in production). */
  tenantVerifier?: TenantVerifier;
}

export async function buildTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DEMO_DATA: "false", ...opts.env });
  const handle = await createDb(opts.target ?? { kind: "sqlite", file: ":memory:" });
  const authenticator = await createAuthenticator(config, { inMemoryKeys: true });
  const app = await buildApp({
    config,
    db: handle.db,
    authenticator,
    ...(opts.distDir !== undefined ? { distDir: opts.distDir } : {}),
    ...(opts.live ? { live: opts.live(handle.db) } : {}),
    ...(opts.meetingProof ? { meetingProof: opts.meetingProof } : {}),
    ...(opts.tenantVerifier ? { tenantVerifier: opts.tenantVerifier } : {}),
  });
  await app.ready();
  return {
    app,
    db: handle.db,
    async tokenFor(email, o = {}) {
      if (!authenticator.local) throw new Error("tokenFor needs AUTH_MODE=local");
      return authenticator.local.issue(
        {
          email,
          tenantId: o.tenantId ?? DEMO_TENANT_ID,
          ...(o.name !== undefined ? { name: o.name } : {}),
          ...(o.roles !== undefined ? { roles: o.roles } : {}),
        },
        ...(o.ttlSec !== undefined ? [o.ttlSec] : []),
      );
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
