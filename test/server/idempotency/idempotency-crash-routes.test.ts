// The same crash as idempotency-crash.test.ts, route by route: recording the Idempotency-Key's
// answer fails after the write. Each route must leave nothing applied (or, for the To Do sync whose
// Graph call cannot roll back, nothing duplicated), free the key, and write once on the retry.
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../src/server/db/database";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import type { CommitmentSyncBackend } from "../../../src/server/sync/commitment-sync.service";
import type { TaskSyncRequest } from "../../../src/server/sync/task-sync";
import { buildTestApp, type TestApp } from "../api-helper";
import { buildSyncTestApp, seedCommitment, type SyncTestApp } from "../sync/sync-test-app";

const USER = "hanako.sato@contoso.example";
const PMO = "satoshi.yamamoto@contoso.example";

const failRecording = (db: Db) =>
  sql`CREATE TRIGGER crash_before_record BEFORE UPDATE OF status_code ON idempotency_keys
      WHEN NEW.status_code > 0 BEGIN SELECT RAISE(ABORT, 'injected crash before the key was recorded'); END`.execute(db);
const recover = (db: Db) => sql`DROP TRIGGER crash_before_record`.execute(db);

describe("Idempotency record in the write's transaction, per route", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const send = async (method: "POST" | "PUT", url: string, key: string, payload: object | string, extra: Record<string, string> = {}, roles: string[] = []) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await t.tokenFor(roles.length ? PMO : USER, { roles })}`, "idempotency-key": key, ...extra },
      payload,
    });

  /** 500 with nothing applied, then once recovered: applied once, replayed after. */
  async function crashThenRetry(request: () => Promise<{ statusCode: number; headers: Record<string, unknown>; json(): unknown }>, okStatus: number, applied: () => Promise<number>) {
    await failRecording(t.db);
    expect((await request()).statusCode).toBe(500);
    expect(await applied()).toBe(0);
    await recover(t.db);
    const retry = await request();
    expect(retry.statusCode).toBe(okStatus);
    const replay = await request();
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.json()).toEqual(retry.json());
    expect(await applied()).toBe(1);
  }

  it("POST /api/objectives: no objective without its record, one after the retry", async () => {
    const objectives = async () =>
      (await t.db.selectFrom("objectives").select("id").where("title", "=", "crash-objective").execute()).length;
    await crashThenRetry(() => send("POST", "/api/objectives", "obj-1", { title: "crash-objective" }), 201, objectives);
  });

  it("POST /api/departments: no department without its record, one after the retry", async () => {
    const departments = async () =>
      (await t.db.selectFrom("departments").select("id").where("name", "=", "crash-department").execute()).length;
    await crashThenRetry(() => send("POST", "/api/departments", "dep-1", { name: "crash-department", mission: "m" }), 201, departments);
  });

  it("PUT /api/departments/:id: the change rolls back with its record, and applies on the retry", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/departments",
      headers: { authorization: `Bearer ${await t.tokenFor(USER)}` },
      payload: { name: "crash-put", mission: "before" },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const changed = async () =>
      (await t.db.selectFrom("departments").select("id").where("id", "=", id).where("mission", "=", "after").execute()).length;
    await crashThenRetry(() => send("PUT", `/api/departments/${id}`, "dep-2", { mission: "after" }, {}, ["PMO"]), 200, changed);
  });

  it("POST /api/directory/import: no imported person without the record, all of them after the retry", async () => {
    const csv = "email,name,department\ncrash.one@contoso.example,One,営業部\ncrash.two@contoso.example,Two,企画部\n";
    const imported = async () =>
      (await t.db.selectFrom("directory_users").select("email").where("tenant_id", "=", DEMO_TENANT_ID).where("email", "like", "crash.%").execute()).length / 2;
    await crashThenRetry(() => send("POST", "/api/directory/import", "dir-1", csv, { "content-type": "text/csv" }, ["PMO"]), 200, imported);
  });
});

describe("POST /api/commitments/:id/sync when its key cannot be recorded", () => {
  let s: SyncTestApp;
  const created: TaskSyncRequest[] = [];
  const updated: TaskSyncRequest[] = [];
  // A To Do that counts tasks: the Graph call is outside every transaction and cannot roll back.
  const backend: CommitmentSyncBackend = {
    graphTokenFor: async () => "obo-graph-token",
    tasks: {
      async upsert(request) {
        if (request.existing) {
          updated.push(request);
          return { ...request.existing, created: false };
        }
        created.push(request);
        return { containerId: "list-1", externalId: `task-${created.length}`, webUrl: null, etag: null, created: true };
      },
    },
  };
  beforeEach(async () => {
    created.length = 0;
    updated.length = 0;
    s = await buildSyncTestApp(backend);
  });
  afterEach(async () => {
    await s.close();
  });

  it("keeps the link of the task Graph made, so the retry updates that task instead of making a second", async () => {
    const owner = "misaki.tanaka@contoso.example";
    const id = await seedCommitment(s, USER, owner);
    const post = async () =>
      s.app.inject({
        method: "POST",
        url: `/api/commitments/${id}/sync`,
        headers: { authorization: `Bearer ${await s.tokenFor(owner)}`, "idempotency-key": "sync-1" },
        payload: { target: "todo" },
      });
    await failRecording(s.db);
    expect((await post()).statusCode).toBe(500);
    expect(created).toHaveLength(1);

    await recover(s.db);
    const retry = await post();
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ externalId: "task-1", created: false });
    const replay = await post();
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.json()).toEqual(retry.json());
    expect(created).toHaveLength(1);
    expect(updated).toHaveLength(1);
    const links = await sql<{ n: number }>`select count(*) as n from commitment_links where commitment_id = ${id}`.execute(s.db);
    expect(Number(links.rows[0]?.n)).toBe(1);
  });
});
