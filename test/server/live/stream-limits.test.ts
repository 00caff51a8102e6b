// Live streams that cannot hurt the server, over real HTTP: a client that stops reading is cut off once
// about 1 MB waits for it (and catches up with one event when it comes back), one user can't hold more
// than LIVE_STREAMS_PER_USER streams nor everyone together more than LIVE_STREAMS_MAX (429 with
// Retry-After), and a stream ends when the token that opened it expires (`event: reauth`).
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { Agenda, AgendaChangeEvent } from "../../../src/core/api/contract";
import { loadConfig } from "../../../src/server/config";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { createLiveEvents, type InProcessLiveEvents } from "../../../src/server/live/live-events";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, OUTSIDER, PLANNING, SALES, agendaInput, bearer } from "../agendas/agenda-fixtures";

let t: TestApp | undefined;
let live: InProcessLiveEvents;
let base = "";
const sockets: net.Socket[] = [];
const controllers: AbortController[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  for (const c of controllers.splice(0)) c.abort();
  await t?.close();
  t = undefined;
});

async function start(env: Record<string, string> = {}): Promise<TestApp> {
  t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: "0", ...env }, live: (db) => (live = createLiveEvents(db)) });
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(t.app.server.address() as net.AddressInfo).port}`;
  return t;
}

async function createAgenda(app: TestApp, overrides: Parameters<typeof agendaInput>[0] = {}): Promise<Agenda> {
  const res = await app.app.inject({ method: "POST", url: "/api/agendas", headers: await bearer(app, ORGANIZER), payload: agendaInput(overrides) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Agenda>();
}

async function open(agendaId: string, headers: Record<string, string>): Promise<Response> {
  const controller = new AbortController();
  controllers.push(controller);
  return fetch(`${base}/api/agendas/${agendaId}/events`, { headers: { accept: "text/event-stream", ...headers }, signal: controller.signal });
}

/** The whole stream a response sends, as text, until the server ends it. */
async function readToEnd(res: Response, timeoutMs: number): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`the stream did not end within ${timeoutMs} ms; got: ${text.slice(-300)}`);
    const chunk = await Promise.race([reader.read(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the stream did not end within ${timeoutMs} ms; got: ${text.slice(-300)}`)), left))]);
    if (chunk.done) return text;
    text += decoder.decode(chunk.value, { stream: true });
  }
}

const changeIds = (text: string) => [...text.matchAll(/^id: (\d+)\nevent: change\n/gm)].map((m) => Number(m[1]));

describe("a live stream whose client stops reading", () => {
  it("is closed once about 1 MB waits for it, instead of buffering every change; the client catches up with one event", async () => {
    const app = await start();
    // About 200 KB a view: 300 invited people with long names.
    const attendees = Array.from({ length: 300 }, (_, i) => ({ email: `p${i}@contoso.example`, name: `${"長い名前".repeat(40)}${i}`, department: "営業部" }));
    const agenda = await createAgenda(app, { attendees: [...attendees, { email: SALES, name: "田中", department: "営業部" }] });
    const token = await app.tokenFor(SALES);
    const socket = net.connect((app.app.server.address() as net.AddressInfo).port, "127.0.0.1");
    sockets.push(socket);
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.write(`GET /api/agendas/${agenda.id}/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\nAuthorization: Bearer ${token}\r\n\r\n`);
    await expect.poll(() => live.subscriberCount(DEMO_TENANT_ID, agenda.id)).toBe(1);
    socket.pause(); // the client reads nothing more: the kernel's buffers fill, then the server's

    const writer = await bearer(app, ORGANIZER);
    let writes = 0;
    while (live.subscriberCount(DEMO_TENANT_ID, agenda.id) > 0 && writes < 150) {
      const res = await app.app.inject({ method: "POST", url: `/api/agendas/${agenda.id}/contributions`, headers: writer, payload: { department: "営業部", text: `一緒に進めます ${writes}` } });
      expect(res.statusCode).toBe(201);
      writes += 1;
      await new Promise((r) => setImmediate(r));
    }
    // Cut off, with ~10 MB at most in kernel buffers and ~1 MB in the server — not 150 views (30 MB).
    await expect.poll(() => live.subscriberCount(DEMO_TENANT_ID, agenda.id), { timeout: 5_000 }).toBe(0);
    expect(writes).toBeLessThan(150);

    // Back online: what arrived before the cut, then the stream's end.
    let received = "";
    socket.setEncoding("utf8");
    socket.on("data", (d: string) => (received += d));
    const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.resume();
    await ended;
    const seen = changeIds(received);
    const last = Math.max(...seen);
    const current = (await app.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(app, SALES) })).json<{ agenda: Agenda }>().agenda.revision;
    expect(last).toBeLessThan(current);

    // Reconnecting with Last-Event-ID brings exactly one event: the current view.
    const again = await open(agenda.id, { ...(await bearer(app, SALES)), "last-event-id": String(last) });
    expect(again.status).toBe(200);
    const reader = again.body!.getReader();
    let text = "";
    const decoder = new TextDecoder();
    const complete = () => text.includes("event: change\n") && text.slice(text.indexOf("event: change\n")).includes("\n\n");
    while (!complete()) text += decoder.decode((await reader.read()).value, { stream: true });
    expect(changeIds(text)).toEqual([current]);
    const event = JSON.parse(/^data: (.*)$/m.exec(text.slice(text.indexOf("event: change")))![1]!) as AgendaChangeEvent;
    expect(event.view.contributions).toHaveLength(writes);
    await reader.cancel();
  }, 60_000);
});

describe("caps on live streams", () => {
  it("one user gets at most 10 at once (429 with Retry-After after that); others are unaffected; a closed one frees its place", async () => {
    const app = await start();
    const agenda = await createAgenda(app);
    const sales = await bearer(app, SALES);
    const opened: Response[] = [];
    for (let i = 0; i < 10; i++) opened.push(await open(agenda.id, sales));
    expect(opened.map((r) => r.status)).toEqual(Array(10).fill(200));
    const eleventh = await open(agenda.id, sales);
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await eleventh.json()) as unknown).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/too many live views/i) } });
    expect((await open(agenda.id, await bearer(app, PLANNING))).status).toBe(200);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    await opened[0]!.body!.cancel();
    await expect.poll(async () => {
      const res = await open(agenda.id, sales);
      if (res.status === 200) opened.push(res);
      return res.status;
    }, { timeout: 5_000 }).toBe(200);
  });

  it("the whole process holds at most LIVE_STREAMS_MAX, whoever opens them", async () => {
    const app = await start({ LIVE_STREAMS_MAX: "3", LIVE_STREAMS_PER_TENANT: "3" });
    const agenda = await createAgenda(app);
    expect((await open(agenda.id, await bearer(app, SALES))).status).toBe(200);
    expect((await open(agenda.id, await bearer(app, SALES))).status).toBe(200);
    expect((await open(agenda.id, await bearer(app, PLANNING))).status).toBe(200);
    const refused = await open(agenda.id, await bearer(app, ORGANIZER));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await refused.json()) as unknown).toMatchObject({ error: { code: "rate_limited" } });
    // A refused stream is not a forbidden one: outsiders still get their 403 first.
    expect((await open(agenda.id, await bearer(app, OUTSIDER))).status).toBe(403);
  });

  it("one organisation holds at most LIVE_STREAMS_PER_TENANT (half the process by default), so another still gets in", async () => {
    const app = await start({ LIVE_STREAMS_MAX: "10", LIVE_STREAMS_PER_TENANT: "2" });
    const agenda = await createAgenda(app);
    expect((await open(agenda.id, await bearer(app, SALES))).status).toBe(200);
    expect((await open(agenda.id, await bearer(app, PLANNING))).status).toBe(200);
    const refused = await open(agenda.id, await bearer(app, ORGANIZER));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/organization/);
    // Another tenant's meeting: its people still get their stream.
    const other = { tenantId: "11111111-2222-3333-4444-555555555555" };
    const created = await app.app.inject({ method: "POST", url: "/api/agendas", headers: await bearer(app, ORGANIZER, other), payload: agendaInput() });
    expect(created.statusCode, created.body).toBe(201);
    expect((await open(created.json<Agenda>().id, await bearer(app, ORGANIZER, other))).status).toBe(200);
    expect(loadConfig({ LIVE_STREAMS_MAX: "40" }).liveStreams.perTenant).toBe(20);
  });
});

describe("a live stream whose token expires", () => {
  it("ends with `event: reauth` when the token expires, and delivers nothing after that", async () => {
    const app = await start();
    const agenda = await createAgenda(app);
    const res = await open(agenda.id, { authorization: `Bearer ${await app.tokenFor(SALES, { ttlSec: 2 })}` });
    expect(res.status).toBe(200);
    const text = await readToEnd(res, 8_000);
    expect(changeIds(text)).toEqual([agenda.revision]);
    expect(text).toMatch(/event: reauth\ndata: \{"reason":"token_expired"\}\n\n$/);
    expect(live.subscriberCount(DEMO_TENANT_ID, agenda.id)).toBe(0);
  });
});
