// buildTestApp with a To Do / Planner backend: the Graph adapter against a recorded-Graph server and
// a fake on-behalf-of exchange (local tokens stand in for the user's Entra token).
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../../src/server/app";
import { createAuthenticator } from "../../../src/server/auth/authenticator";
import { loadConfig } from "../../../src/server/config";
import { createDb } from "../../../src/server/db/create-db";
import type { Db } from "../../../src/server/db/database";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import type { CommitmentSyncBackend } from "../../../src/server/sync/commitment-sync.service";

export interface SyncTestApp {
  app: FastifyInstance;
  db: Db;
  tokenFor(email: string, roles?: string[]): Promise<string>;
  close(): Promise<void>;
}

export async function buildSyncTestApp(backend: CommitmentSyncBackend | null | undefined): Promise<SyncTestApp> {
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DEMO_DATA: "false" });
  const handle = await createDb({ kind: "sqlite", file: ":memory:" });
  const authenticator = await createAuthenticator(config, { inMemoryKeys: true });
  const app = await buildApp({ config, db: handle.db, authenticator, ...(backend !== undefined ? { commitmentSync: backend } : {}) });
  await app.ready();
  return {
    app,
    db: handle.db,
    tokenFor: (email, roles = []) => authenticator.local!.issue({ email, tenantId: DEMO_TENANT_ID, roles }),
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

/** An agenda by `organizer` with `owner` attending, and one commitment of `owner`. */
export async function seedCommitment(t: SyncTestApp, organizer: string, owner: string, dueDate = "2026-12-01"): Promise<string> {
  const auth = { authorization: `Bearer ${await t.tokenFor(organizer)}` };
  const agenda = await t.app.inject({ method: "POST", url: "/api/agendas", headers: auth, payload: { objectiveTitle: "大手企業向けのCRMビジネスを拡大する", attendees: [{ email: owner }] } });
  if (agenda.statusCode !== 201) throw new Error(agenda.body);
  const commitment = await t.app.inject({
    method: "POST",
    url: `/api/agendas/${agenda.json<{ id: string }>().id}/commitments`,
    headers: auth,
    payload: { ownerEmail: owner, action: "提案書のCRM事例を更新する", dueDate, confirmPastDue: true },
  });
  if (commitment.statusCode !== 201) throw new Error(commitment.body);
  return commitment.json<{ id: string }>().id;
}
