// A commitment's first sync claims its link before calling Graph: two syncs at once create one task
// (the other is told a sync is running), a failed sync gives the claim back, and a claim left by a
// crashed server expires. The claim itself on every database; the race through the API.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ApiErrorBody } from "../../../src/core/api/error-contract";
import { GraphError } from "../../../src/server/graph/graph-error";
import { withReminderTables } from "../../../src/server/reminders/reminder.tables";
import { SYNC_RUNNING, type CommitmentSyncBackend } from "../../../src/server/sync/commitment-sync.service";
import { CLAIM_TTL_MS, claimSync, releaseClaim, type SyncKey } from "../../../src/server/sync/sync-claim";
import type { TaskSyncRequest } from "../../../src/server/sync/task-sync";
import { buildTestApp, type TestApp } from "../api-helper";
import { storageTargets } from "../storage/storage-targets";
import { buildSyncTestApp, seedCommitment } from "./sync-test-app";

const ORGANIZER = "hanako.sato@contoso.example";
const OWNER = "misaki.tanaka@contoso.example";

describe.each(storageTargets())("sync claim [$name]", ({ target }) => {
  let t: TestApp;
  let key: SyncKey;
  beforeAll(async () => {
    t = await buildTestApp({ target });
    const id = await seedCommitment({ app: t.app, db: t.db, tokenFor: (e) => t.tokenFor(e), close: async () => {} }, ORGANIZER, OWNER);
    const row = await t.db.selectFrom("commitments").select("tenant_id").where("id", "=", id).executeTakeFirstOrThrow();
    key = { tenantId: row.tenant_id, commitmentId: id, target: "todo" };
  });
  afterAll(async () => {
    await t.close();
  });

  it("lets one sync claim, tells the next it is busy, and gives the claim back", async () => {
    const now = new Date("2026-11-28T10:00:00.000Z");
    const first = await claimSync(t.db, key, OWNER, now);
    expect(first.kind).toBe("claimed");
    expect(await claimSync(t.db, key, "pmo@contoso.example", new Date(now.getTime() + 1000))).toEqual({ kind: "busy" });
    await releaseClaim(t.db, key, (first as { at: string }).at);
    expect((await claimSync(t.db, key, OWNER, now)).kind).toBe("claimed");
  });

  it("takes over a claim older than its time to live, once", async () => {
    const later = new Date(Date.parse("2026-11-28T10:00:00.000Z") + CLAIM_TTL_MS + 1);
    const [a, b] = await Promise.all([claimSync(t.db, key, "a@contoso.example", later), claimSync(t.db, key, "b@contoso.example", later)]);
    expect([a.kind, b.kind].sort()).toEqual(["busy", "claimed"]);
  });

  it("hands a finished sync's task to the next sync", async () => {
    await withReminderTables(t.db)
      .updateTable("commitment_links")
      .set({ external_id: "task-1", container_id: "list-1" })
      .where("commitment_id", "=", key.commitmentId)
      .execute();
    expect(await claimSync(t.db, key, OWNER, new Date())).toEqual({ kind: "link", link: { containerId: "list-1", externalId: "task-1", webUrl: null, etag: null } });
  });
});

describe("POST /api/commitments/:id/sync, twice at once", () => {
  const calls: TaskSyncRequest[] = [];
  let fail = false;
  let graphMayAnswer: { promise: Promise<void>; resolve: () => void } | undefined;
  const backend: CommitmentSyncBackend = {
    graphTokenFor: async () => "graph-token",
    tasks: {
      async upsert(request) {
        calls.push(request);
        // Graph answers the first only once the second request has had its answer.
        await graphMayAnswer?.promise;
        if (fail) throw new GraphError(403, "Authorization_RequestDenied", "Microsoft Graph refused the task (403)");
        return { containerId: "list-1", externalId: `task-${calls.length}`, webUrl: null, etag: null, created: request.existing === null };
      },
    },
  };

  it("creates one task; the other request is told a sync is running", async () => {
    const app = await buildSyncTestApp(backend);
    try {
      const id = await seedCommitment(app, ORGANIZER, OWNER);
      const post = async () =>
        app.app.inject({ method: "POST", url: `/api/commitments/${id}/sync`, headers: { authorization: `Bearer ${await app.tokenFor(OWNER)}` }, payload: { target: "todo" } });

      fail = true;
      const refused = await post();
      expect(refused.statusCode).toBe(403);
      fail = false;
      calls.length = 0;

      let release!: () => void;
      graphMayAnswer = { promise: new Promise<void>((resolve) => (release = resolve)), resolve: () => release() };
      const first = post();
      await vi.waitFor(() => expect(calls).toHaveLength(1)); // the first is at Graph
      const second = await post();
      graphMayAnswer.resolve();
      graphMayAnswer = undefined;
      const [a, b] = [await first, second];
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const busy = a.statusCode === 409 ? a : b;
      expect(busy.json<ApiErrorBody>().error.message).toBe(SYNC_RUNNING);
      expect(calls.map((c) => c.existing)).toEqual([null]);

      const again = await post();
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ externalId: "task-2", created: false });
      expect(calls[1]?.existing).toMatchObject({ externalId: "task-1" });
    } finally {
      await app.close();
    }
  });
});
