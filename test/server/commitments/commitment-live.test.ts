// The live event of a commitment write goes out once per committed change, and only after the
// commit: the recording LiveEvents reads the database from outside the write's transaction.
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Commitment } from "../../../src/core/api/contract";
import { buildApp } from "../../../src/server/app";
import { createAuthenticator } from "../../../src/server/auth/authenticator";
import { loadConfig } from "../../../src/server/config";
import { createDb, type DbHandle } from "../../../src/server/db/create-db";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import type { LiveEvents } from "../../../src/server/routes/route-deps";
import type { FastifyInstance } from "fastify";
import { ORGANIZER, SALES, bearer } from "./commitment-fixtures";

interface Seen {
  tenantId: string;
  agendaId: string;
  kind: string;
  statuses: string[];
}

let handle: DbHandle;
let app: FastifyInstance;
let seen: Seen[];
let token: (email: string) => Promise<string>;

beforeEach(async () => {
  seen = [];
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DEMO_DATA: "false" });
  handle = await createDb({ kind: "sqlite", file: ":memory:" });
  const authenticator = await createAuthenticator(config, { inMemoryKeys: true });
  const live: LiveEvents = {
    async agendaChanged(tenantId, agendaId, kind) {
      const rows = await handle.db.selectFrom("commitments").select("status").where("agenda_id", "=", agendaId).execute();
      seen.push({ tenantId, agendaId, kind, statuses: rows.map((r) => r.status) });
    },
    subscribe: () => () => {},
    close: async () => {},
  };
  app = await buildApp({ config, db: handle.db, authenticator, live });
  token = async (email) => {
    if (!authenticator.local) throw new Error("local auth expected");
    return authenticator.local.issue({ email, tenantId: DEMO_TENANT_ID });
  };
});
afterEach(async () => {
  await app.close();
  await handle.close();
});

it("publishes after commit, once per real change, never for a no-op or a rejected write", async () => {
  const organizer = await token(ORGANIZER);
  const agenda = await app.inject({
    method: "POST",
    url: "/api/agendas",
    headers: bearer(organizer),
    payload: { objectiveTitle: "Grow CRM", attendees: [{ email: SALES, department: "営業部" }] },
  });
  const agendaId = agenda.json<{ id: string }>().id;
  seen = [];
  const created = await app.inject({
    method: "POST",
    url: `/api/agendas/${agendaId}/commitments`,
    headers: bearer(organizer),
    payload: { ownerEmail: SALES, action: "share", dueDate: "2099-01-01" },
  });
  const id = created.json<Commitment>().id;
  const change = (payload: object) =>
    app.inject({ method: "PATCH", url: `/api/commitments/${id}`, headers: bearer(organizer), payload });
  await change({ status: "done" });
  await change({ status: "done" });
  await change({ status: "bogus" });
  expect(seen).toEqual([
    { tenantId: DEMO_TENANT_ID, agendaId, kind: "commitment", statuses: ["open"] },
    { tenantId: DEMO_TENANT_ID, agendaId, kind: "commitment", statuses: ["done"] },
  ]);
});
