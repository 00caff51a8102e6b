import { describe, expect, it, vi } from "vitest";
import type { Contribution } from "../../../src/core/api/contract";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import type { WriteIntent } from "../../../src/features/meeting-tab/offline/queued-write";
import { createWriteQueue } from "../../../src/features/meeting-tab/offline/write-queue";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { ApiError } from "../../../src/platform/ports";
import { createMemoryLocalStore, type MemoryLocalStore } from "../../../src/platform/storage/memory-local-store";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部
const KEY = "queue";

async function setup() {
  const organizer = createFakeApiClient(demoSeed());
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [
      { email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部", role: "organizer" },
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
  });
  const misaki = organizer.as(demoMe(MISAKI));
  const ichiro = organizer.as(demoMe(ICHIRO));
  const store = createMemoryLocalStore();
  const net = { online: true };
  let n = 0;
  const make = (api: FakeApiClient = misaki, s: MemoryLocalStore = store) =>
    createWriteQueue({ api, store: s, storageKey: KEY, isOnline: () => net.online, newKey: () => `key-${++n}`, retryBaseMs: 60_000 });
  const add = (text: string): WriteIntent => ({ kind: "addContribution", agendaId: agenda.id, input: { department: "企画部", text } });
  const texts = async () => (await organizer.getAgenda(agenda.id)).contributions.map((c) => c.text);
  return { organizer, misaki, ichiro, agendaId: agenda.id, store, net, make, add, texts };
}

const calls = (api: FakeApiClient, method: string) => api.calls.filter((c) => c.method === method);

describe("write queue", () => {
  it("sends at once when online, with the key it chose, and keeps nothing afterwards", async () => {
    const { misaki, make, add, store, texts } = await setup();
    const queue = make();
    const outcome = await queue.submit(add("CRMの要件をまとめる"));
    expect(outcome.kind).toBe("done");
    expect((outcome as { result: Contribution }).result.text).toBe("CRMの要件をまとめる");
    expect(calls(misaki, "addContribution")[0]?.args[2]).toEqual({ idempotencyKey: "key-1" });
    expect(await texts()).toEqual(["CRMの要件をまとめる"]);
    expect(store.get(KEY)).toBeNull();
    expect(queue.snapshot().writes).toEqual([]);
  });

  it("queues writes made offline, keeps them across a reload, and sends them in order exactly once on reconnect", async () => {
    const { misaki, make, add, store, net, texts } = await setup();
    net.online = false;
    const first = make();
    expect(await first.submit(add("一つ目"))).toEqual({ kind: "queued" });
    expect(await first.submit(add("二つ目"))).toEqual({ kind: "queued" });
    expect(calls(misaki, "addContribution")).toHaveLength(0);
    expect(first.snapshot().writes.map((w) => w.state)).toEqual(["pending", "pending"]);
    first.stop();

    // Reload: a new queue on the same store finds both, with the keys chosen when the user acted.
    const second = make();
    expect(second.snapshot().writes.map((w) => w.key)).toEqual(["key-1", "key-2"]);
    await second.flush();
    expect(calls(misaki, "addContribution")).toHaveLength(0); // still offline
    net.online = true;
    await second.flush();
    expect(await texts()).toEqual(["一つ目", "二つ目"]);
    expect(calls(misaki, "addContribution").map((c) => (c.args[2] as { idempotencyKey: string }).idempotencyKey)).toEqual(["key-1", "key-2"]);
    expect(store.get(KEY)).toBeNull();
    await second.flush();
    expect(await texts()).toEqual(["一つ目", "二つ目"]);
  });

  it("resends a write whose answer was lost with the same key, and the server does not duplicate it", async () => {
    const { misaki, make, add, texts } = await setup();
    const queue = make();
    misaki.failNext("lost");
    expect(await queue.submit(add("一度だけ"))).toEqual({ kind: "queued" });
    expect(await texts()).toEqual(["一度だけ"]); // applied, but we never heard
    expect(queue.snapshot().writes[0]?.attempts).toBe(1);
    await queue.flush();
    expect(queue.snapshot().writes).toEqual([]);
    expect(await texts()).toEqual(["一度だけ"]);
    const keys = calls(misaki, "addContribution").map((c) => (c.args[2] as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toEqual(["key-1", "key-1"]);
    queue.stop();
  });

  it("a network failure at the head holds back later writes, so order is kept", async () => {
    const { misaki, make, add, texts } = await setup();
    const queue = make();
    misaki.failNext("network");
    expect(await queue.submit(add("先"))).toEqual({ kind: "queued" });
    misaki.failNext("network");
    expect(await queue.submit(add("後"))).toEqual({ kind: "queued" }); // tried the head again, which failed
    expect(await texts()).toEqual([]);
    expect(queue.snapshot().writes.map((w) => [w.key, w.attempts])).toEqual([["key-1", 2], ["key-2", 0]]);
    await queue.flush();
    expect(await texts()).toEqual(["先", "後"]);
    queue.stop();
  });

  it("parks a stale edit as a conflict with both versions; keep mine resends on their version", async () => {
    const { misaki, ichiro, make, agendaId, organizer } = await setup();
    const queue = make();
    const mine = await misaki.addContribution(agendaId, { department: "企画部", text: "元の文" });
    // Misaki edits offline from version 1 while someone with the right changes it (the organizer here).
    const theirs = await organizer.updateContribution(mine.id, { text: "主催者の文" });
    const edit: WriteIntent = { kind: "editContribution", agendaId, id: mine.id, version: 1, text: "美咲の文", baseText: "元の文" };
    expect(await queue.submit(edit)).toEqual({ kind: "conflict" });
    const parked = queue.snapshot().writes[0]!;
    expect(parked.state).toBe("conflict");
    expect(parked.theirs).toMatchObject({ text: "主催者の文", version: theirs.version });
    expect((await organizer.getAgenda(agendaId)).contributions[0]?.text).toBe("主催者の文"); // nothing overwritten

    queue.keepMine(parked.key, "主催者の文\n美咲の文");
    await queue.flush();
    expect(queue.snapshot().writes).toEqual([]);
    const after = (await organizer.getAgenda(agendaId)).contributions[0]!;
    expect(after.text).toBe("主催者の文\n美咲の文");
    const last = calls(misaki, "updateContribution").at(-1)!;
    expect(last.args[2]).toEqual({ ifMatch: theirs.version, idempotencyKey: "key-2" });
    expect(calls(ichiro, "updateContribution")).toHaveLength(0);
    queue.stop();
  });

  it("a stale commitment status parks as a conflict with their commitment, kept across a reload; keep mine uses their version", async () => {
    const { organizer, misaki, agendaId, make, store } = await setup();
    const c = await misaki.addCommitment(agendaId, { ownerEmail: MISAKI, action: "要件をまとめる", dueDate: "2099-12-01" });
    await organizer.updateCommitment(c.id, { dueDate: "2099-12-24" });
    const intent: WriteIntent = { kind: "setCommitmentStatus", agendaId, id: c.id, status: "done", action: c.action, version: c.version, dueDate: c.dueDate };
    expect((await make().submit(intent)).kind).toBe("conflict");
    expect(calls(misaki, "updateCommitment")[0]?.args[2]).toEqual({ ifMatch: 1, idempotencyKey: "key-1" });
    const queue = make(misaki, store);
    const [parked] = queue.snapshot().writes;
    expect(parked).toMatchObject({ state: "conflict", theirsCommitment: { id: c.id, status: "open", dueDate: "2099-12-24", version: 2 } });
    expect(parked?.theirs).toBeUndefined();
    queue.keepMine(parked!.key);
    await queue.flush();
    expect(queue.snapshot().writes).toEqual([]);
    expect(calls(misaki, "updateCommitment").at(-1)?.args[2]).toMatchObject({ ifMatch: 2 });
    const now = (await organizer.getAgenda(agendaId)).commitments.find((x) => x.id === c.id);
    expect(now).toMatchObject({ status: "done", dueDate: "2099-12-24", version: 3 });
  });

  it("a status write queued before versions existed (no version) still goes through without If-Match", async () => {
    const { misaki, agendaId, make } = await setup();
    const c = await misaki.addCommitment(agendaId, { ownerEmail: MISAKI, action: "古い形式", dueDate: "2099-12-01" });
    const outcome = await make().submit({ kind: "setCommitmentStatus", agendaId, id: c.id, status: "done", action: c.action });
    expect(outcome.kind).toBe("done");
    expect(calls(misaki, "updateCommitment")[0]?.args[2]).toEqual({ idempotencyKey: "key-1" });
  });

  it("use theirs forgets my edit; a stale delete is a conflict too", async () => {
    const { misaki, make, agendaId, organizer } = await setup();
    const queue = make();
    const c = await misaki.addContribution(agendaId, { department: "企画部", text: "元" });
    await organizer.updateContribution(c.id, { text: "新" });
    expect(await queue.submit({ kind: "deleteContribution", agendaId, id: c.id, version: 1, text: "元" })).toEqual({ kind: "conflict" });
    queue.discard(queue.snapshot().writes[0]!.key);
    expect(queue.snapshot().writes).toEqual([]);
    expect((await organizer.getAgenda(agendaId)).contributions.map((x) => x.text)).toEqual(["新"]);
    queue.stop();
  });

  it("a refused write (4xx) fails back to a waiting form, or is kept as failed with its reason when queued", async () => {
    const { misaki, make, add, net } = await setup();
    const queue = make();
    misaki.failNext(403);
    const outcome = await queue.submit(add("見せる"));
    expect(outcome.kind).toBe("failed");
    expect((outcome as { error: ApiError }).error.status).toBe(403);
    expect(queue.snapshot().writes).toEqual([]);

    net.online = false;
    await queue.submit(add("あとで拒否"));
    net.online = true;
    misaki.failNext(400);
    await queue.flush();
    const failed = queue.snapshot().writes[0]!;
    expect(failed.state).toBe("failed");
    expect(failed.failure).toMatchObject({ status: 400 });
    expect(failed.intent).toMatchObject({ input: { text: "あとで拒否" } });
    queue.retry(failed.key);
    await queue.flush();
    expect(queue.snapshot().writes).toEqual([]);
    queue.stop();
  });

  it("pauses on a 401 until the user signs in again, keeping the write", async () => {
    const { misaki, make, add, texts } = await setup();
    const queue = make();
    misaki.failNext(401);
    expect(await queue.submit(add("サインイン後"))).toEqual({ kind: "queued" });
    expect(queue.snapshot().needsSignIn).toBe(true);
    await queue.flush();
    expect(await texts()).toEqual([]);
    queue.signedIn();
    await queue.flush();
    expect(queue.snapshot().needsSignIn).toBe(false);
    expect(await texts()).toEqual(["サインイン後"]);
    queue.stop();
  });

  it("stop() keeps writes without sending; start() sends them, and works again after any number of stop/start cycles", async () => {
    const { misaki, make, add, texts, store } = await setup();
    const queue = make();
    queue.stop();
    expect(await queue.submit(add("止まっている間"))).toEqual({ kind: "queued" });
    expect(calls(misaki, "addContribution")).toHaveLength(0);
    expect(store.get(KEY)).not.toBeNull();
    // What React's StrictMode does to an effect: cleanup, then setup again on the same queue.
    queue.start();
    queue.stop();
    queue.start();
    await vi.waitFor(() => expect(queue.snapshot().writes).toEqual([]));
    expect(await texts()).toEqual(["止まっている間"]);
    expect(await queue.submit(add("再開後"))).toMatchObject({ kind: "done" });
    expect(await texts()).toEqual(["止まっている間", "再開後"]);
    expect(calls(misaki, "addContribution")).toHaveLength(2);
    queue.stop();
  });

  it("drops unreadable stored data instead of failing", () => {
    const store = createMemoryLocalStore({ [KEY]: "{not json" });
    const queue = createWriteQueue({ api: createFakeApiClient(), store, storageKey: KEY, isOnline: () => false });
    expect(queue.snapshot().writes).toEqual([]);
  });
});
