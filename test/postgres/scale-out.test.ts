// Two server instances on ONE PostgreSQL database, each listening on a real port, with live events
// carried between them by LISTEN/NOTIFY. A viewer on A hears a write made through B; when A dies
// under its viewer, the real client (src/platform/http/live-events.ts) reconnects to B, catches up
// by revision, and ends with every change made meanwhile.
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgendaChangeEvent, AgendaView } from "../../src/core/api/contract";
import { subscribeLive } from "../../src/platform/http/live-events";
import { buildApp } from "../../src/server/app";
import { createAuthenticator, type Authenticator } from "../../src/server/auth/authenticator";
import { loadConfig } from "../../src/server/config";
import { createDb, type DbHandle } from "../../src/server/db/create-db";
import { DEMO_TENANT_ID } from "../../src/server/demo/demo-ids";
import { LISTENER_APPLICATION_NAME } from "../../src/server/db/pg-listener";
import { createPgLiveEvents, type PgLiveEvents } from "../../src/server/live/pg-live-events";
import { createPrivateDatabase, type PrivateDatabase } from "../durability/private-database";

const url = process.env.TEST_DATABASE_URL;
const ORGANIZER = "scale@contoso.example";
const silent = { info: () => {}, warn: () => {} };

interface Instance {
  app: FastifyInstance;
  handle: DbHandle;
  live: PgLiveEvents;
  baseUrl: string;
}

describe.skipIf(!url)("two instances on one PostgreSQL (LISTEN/NOTIFY)", () => {
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DEMO_DATA: "false", PUBLIC_URL: "http://127.0.0.1:1" });
  let authenticator: Authenticator;
  let token: string;
  let a: Instance;
  let b: Instance;
  let own: PrivateDatabase;
  let dbUrl: string;

  async function start(name: string): Promise<Instance> {
    const handle = await createDb({ kind: "postgres", url: dbUrl });
    const live = createPgLiveEvents(handle.db, dbUrl, { minDelayMs: 50, maxDelayMs: 500, applicationName: `${LISTENER_APPLICATION_NAME}-${name}` });
    const app = await buildApp({ config, db: handle.db, authenticator, live });
    await live.listen(silent);
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    return { app, handle, live, baseUrl: address };
  }
  async function stop(i: Instance | undefined) {
    if (!i) return;
    await i.app.close();
    await i.handle.close();
  }

  beforeAll(async () => {
    // One signing key for both: a token is good on any instance, as with Entra ID.
    authenticator = await createAuthenticator(config, { inMemoryKeys: true });
    token = await authenticator.local!.issue({ email: ORGANIZER, tenantId: DEMO_TENANT_ID, name: "Scale" });
    // Its own database: the suite's truncation or a parallel run must not empty it mid-test.
    own = await createPrivateDatabase(url as string, "cp_scaleout");
    dbUrl = own.url;
    a = await start("a");
    b = await start("b");
  });
  afterAll(async () => {
    await stop(a);
    await stop(b);
    await own?.drop();
  });

  const call = async (base: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ id: string; agenda: { revision: number } }>;
  };
  const newAgenda = (base: string) =>
    call(base, "POST", "/api/agendas", {
      subject: `Scale-out ${Date.now()}`,
      objectiveTitle: "Serve every office from any instance",
      departments: [{ name: "営業部" }, { name: "企画部" }],
      attendees: [{ email: "sales@contoso.example", name: "Sales", department: "営業部" }],
    });
  const contribute = (base: string, agendaId: string, text: string) =>
    call(base, "POST", `/api/agendas/${agendaId}/contributions`, { department: "営業部", text });

  /** The real browser client; `target()` says which instance its requests go to (the load balancer). */
  function watch(agendaId: string, target: () => string) {
    const events: AgendaChangeEvent[] = [];
    const statuses: string[] = [];
    const path = `/api/agendas/${agendaId}/events`;
    const sub = subscribeLive(
      {
        url: path,
        auth: { getToken: async () => token },
        fetch: ((input: string, init?: RequestInit) => fetch(`${target()}${input}`, init)) as typeof fetch,
        poll: async () => (await (await fetch(`${target()}/api/agendas/${agendaId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as AgendaView,
        reconnectBaseMs: 50,
        reconnectMaxMs: 200,
        maxStreamFailures: 1000,
      },
      { onChange: (e) => events.push(e), onStatus: (s) => statuses.push(s) },
    );
    return { events, statuses, close: () => sub.close() };
  }
  const waitFor = async (what: string, ok: () => boolean, ms: number) => {
    const deadline = Date.now() + ms;
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it("a viewer on instance A sees a write made through instance B within a second", async () => {
    const agenda = await newAgenda(a.baseUrl);
    expect(a.live.listening && b.live.listening).toBe(true);
    const viewer = watch(agenda.id, () => a.baseUrl);
    try {
      await waitFor("the first event on A", () => viewer.events.length > 0, 5_000);
      await waitFor("A's subscription", () => a.live.subscriberCount(DEMO_TENANT_ID, agenda.id) === 1, 5_000);
      expect(b.live.subscriberCount(DEMO_TENANT_ID, agenda.id)).toBe(0);
      const sent = Date.now();
      await contribute(b.baseUrl, agenda.id, "written through B");
      // Measured from B's answer (the commit): the POST itself is slow on a loaded 2-core runner.
      const acked = Date.now();
      await waitFor("B's write on A", () => viewer.events.some((e) => e.view.contributions.some((c) => c.text === "written through B")), 1_000);
      const seen = Date.now();
      process.stdout.write(`[scale-out] write through B seen on A ${seen - acked} ms after B answered (${seen - sent} ms after it was sent)\n`);
      expect(seen - acked).toBeLessThan(1_000);
    } finally {
      viewer.close();
    }
  });

  it("when A dies, its viewer reconnects to B, catches up by revision and loses nothing", async () => {
    const agenda = await newAgenda(b.baseUrl);
    let alive = a.baseUrl;
    const viewer = watch(agenda.id, () => alive);
    const written: string[] = [];
    try {
      await waitFor("the first event on A", () => viewer.events.length > 0, 5_000);
      for (let i = 0; i < 3; i++) {
        await contribute(b.baseUrl, agenda.id, `before-${i}`);
        written.push(`before-${i}`);
      }
      await waitFor("the writes before the kill", () => (viewer.events.at(-1)?.view.contributions.length ?? 0) === 3, 2_000);

      // A dies abruptly: its sockets are cut mid-stream, then it is gone for good.
      a.app.server.closeAllConnections();
      alive = "http://127.0.0.1:1"; // nothing listens here: the client's reconnects fail for a while
      const dying = stop(a).finally(() => (a = undefined as never));
      for (let i = 0; i < 5; i++) {
        await contribute(b.baseUrl, agenda.id, `gap-${i}`);
        written.push(`gap-${i}`);
      }
      await new Promise((r) => setTimeout(r, 300));
      alive = b.baseUrl; // the load balancer now sends everyone to B
      await dying;
      for (let i = 0; i < 3; i++) {
        await contribute(b.baseUrl, agenda.id, `after-${i}`);
        written.push(`after-${i}`);
      }

      const final = await call(b.baseUrl, "GET", `/api/agendas/${agenda.id}`);
      await waitFor("the final revision on the client", () => viewer.events.at(-1)?.revision === final.agenda.revision, 5_000);
      const last = viewer.events.at(-1)!;
      expect(last.view.contributions.map((c) => c.text).sort()).toEqual([...written].sort());
      const revisions = viewer.events.map((e) => e.revision);
      expect(revisions).toEqual([...revisions].sort((x, y) => x - y));
      expect(new Set(revisions).size).toBe(revisions.length);
      expect(viewer.statuses).toContain("reconnecting");
      expect(b.live.subscriberCount(DEMO_TENANT_ID, agenda.id)).toBe(1);
      process.stdout.write(`[scale-out] after failover: ${viewer.events.length} events, revisions ${revisions.join(",")}; final ${final.agenda.revision}\n`);
    } finally {
      viewer.close();
    }
  });

  it("the listener reconnects and LISTENs again when its connection is killed", async () => {
    const agenda = await newAgenda(b.baseUrl);
    const viewer = watch(agenda.id, () => b.baseUrl);
    try {
      await waitFor("the first event", () => viewer.events.length > 0, 5_000);
      // The database drops B's LISTEN connection (as a failover or an idle-kill would).
      const killed = await sql<{ pid: number }>`with listeners as materialized (
          select pid from pg_stat_activity where application_name = ${`${LISTENER_APPLICATION_NAME}-b`} and usename = current_user)
        select pid from listeners where pg_terminate_backend(pid)`.execute(b.handle.db);
      expect(killed.rows.length).toBeGreaterThanOrEqual(1);
      await waitFor("the listener to notice", () => !b.live.listening, 5_000);
      await waitFor("the listener to come back", () => b.live.listening, 5_000);
      const other = await start("c");
      try {
        await contribute(other.baseUrl, agenda.id, "after the listener came back");
        await waitFor("a write from a third instance", () => viewer.events.some((e) => e.view.contributions.some((c) => c.text === "after the listener came back")), 2_000);
      } finally {
        await stop(other);
      }
    } finally {
      viewer.close();
    }
  });
});
