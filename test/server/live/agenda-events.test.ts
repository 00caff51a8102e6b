// Live events over real HTTP: a listening server, Node's fetch reading the stream as it arrives.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Agenda, AgendaChangeEvent } from "../../../src/core/api/contract";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { MAX_BUFFERED_BYTES } from "../../../src/server/live/agenda-event-stream";
import { createLiveEvents, type InProcessLiveEvents } from "../../../src/server/live/live-events";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, OUTSIDER, SALES, bearer, createAgendaVia } from "../agendas/agenda-fixtures";

interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

/** Reads server-sent events from a fetch response, one message at a time. */
class SseReader {
  private buffer = "";
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  /** A read that outlived a timeout is kept for the next call, or its chunk would be lost. */
  private pending: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;
  constructor(response: Response) {
    if (!response.body) throw new Error("no body");
    this.reader = response.body.getReader();
  }
  async next(timeoutMs = 3000): Promise<SseMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = this.buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const msg: SseMessage = {};
        for (const line of block.split("\n")) {
          if (line.startsWith(":")) msg.comment = line.slice(1).trim();
          const m = /^(id|event|data|retry): ?(.*)$/.exec(line);
          if (m) msg[m[1] as "id"] = m[2];
        }
        return msg;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event within ${timeoutMs} ms; buffered: ${JSON.stringify(this.buffer)}`);
      this.pending ??= this.reader.read();
      const chunk = await Promise.race([
        this.pending,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), left)),
      ]);
      this.pending = undefined;
      if (chunk.done) throw new Error("stream ended");
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
    }
  }
  async nextChange(timeoutMs?: number): Promise<AgendaChangeEvent & { id: string }> {
    for (;;) {
      const msg = await this.next(timeoutMs);
      if (msg.event === "change" && msg.data) return { ...(JSON.parse(msg.data) as AgendaChangeEvent), id: msg.id ?? "" };
    }
  }
  /** Resolves true if no change arrives within `ms`. */
  async quietFor(ms: number): Promise<boolean> {
    try {
      await this.nextChange(ms);
      return false;
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("no event")) return true;
      throw error;
    }
  }
  async cancel(): Promise<void> {
    await this.reader.cancel().catch(() => {});
  }
}

let t: TestApp;
let live: InProcessLiveEvents;
let base: string;
let agenda: Agenda;
const controllers: AbortController[] = [];

beforeEach(async () => {
  t = await buildTestApp({ live: (db) => (live = createLiveEvents(db)) });
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  const address = t.app.server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  base = `http://127.0.0.1:${address.port}`;
  agenda = await createAgendaVia(t);
});
afterEach(async () => {
  for (const c of controllers.splice(0)) c.abort();
  await t.close();
});

async function open(email: string, headers: Record<string, string> = {}, query = "", tenantId?: string): Promise<Response> {
  const controller = new AbortController();
  controllers.push(controller);
  return fetch(`${base}/api/agendas/${agenda.id}/events${query}`, {
    headers: { ...(await bearer(t, email, tenantId ? { tenantId } : {})), accept: "text/event-stream", ...headers },
    signal: controller.signal,
  });
}

async function addContribution(text: string, email = SALES) {
  const res = await fetch(`${base}/api/agendas/${agenda.id}/contributions`, {
    method: "POST",
    headers: { ...(await bearer(t, email)), "content-type": "application/json" },
    body: JSON.stringify({ department: "営業部", text }),
  });
  expect(res.status).toBe(201);
}

describe("GET /api/agendas/:id/events", () => {
  it("streams the current view on connect, then every write made through the API", async () => {
    const res = await open(SALES);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("no-cache");
    const sse = new SseReader(res);
    expect((await sse.next()).retry).toBe("2000");
    const catchUp = await sse.nextChange();
    expect(catchUp).toMatchObject({ id: "1", agendaId: agenda.id, revision: 1, kind: "agenda" });
    expect(catchUp.view.agenda.id).toBe(agenda.id);

    await addContribution("紹介します");
    const change = await sse.nextChange();
    expect(change).toMatchObject({ id: "2", revision: 2, kind: "contribution" });
    expect(change.view.contributions.map((c) => c.text)).toEqual(["紹介します"]);

    const patched = await fetch(`${base}/api/agendas/${agenda.id}`, {
      method: "PATCH",
      headers: { ...(await bearer(t, ORGANIZER)), "content-type": "application/json", "if-match": '"1"' },
      body: JSON.stringify({ desiredOutcome: "Pilot agreed" }),
    });
    expect(patched.status).toBe(200);
    const agendaChange = await sse.nextChange();
    expect(agendaChange).toMatchObject({ id: "3", kind: "agenda" });
    expect(agendaChange.view.agenda.desiredOutcome).toBe("Pilot agreed");
    await sse.cancel();
  });

  it("catches up from Last-Event-ID: nothing when current, the latest view when behind", async () => {
    await addContribution("one");
    await addContribution("two"); // revision 3

    const current = new SseReader(await open(SALES, { "last-event-id": "3" }));
    expect(await current.quietFor(300)).toBe(true);

    const behind = new SseReader(await open(SALES, { "last-event-id": "1" }));
    const caughtUp = await behind.nextChange();
    expect(caughtUp.revision).toBe(3);
    expect(caughtUp.view.contributions.map((c) => c.text)).toEqual(["one", "two"]);

    const byQuery = new SseReader(await open(SALES, {}, "?lastEventId=2"));
    expect((await byQuery.nextChange()).revision).toBe(3);

    await addContribution("three");
    expect((await current.nextChange()).revision).toBe(4);
    expect((await behind.nextChange()).revision).toBe(4);
    await Promise.all([current.cancel(), behind.cancel(), byQuery.cancel()]);
  });

  it("sends a view larger than the stream's buffer bound to a client that keeps up", async () => {
    const now = new Date().toISOString();
    const rows = Array.from({ length: 240 }, (_, i) => ({
      id: `big-${String(i).padStart(4, "0")}`,
      tenant_id: DEMO_TENANT_ID,
      agenda_id: agenda.id,
      department: "営業部",
      author_email: SALES,
      author_name: "鈴木 一郎",
      text: "大".repeat(2000),
      version: 1,
      created_at: now,
      updated_at: now,
    }));
    await t.db.insertInto("contributions").values(rows).execute();
    const sse = new SseReader(await open(SALES));
    const first = await sse.nextChange(10_000);
    expect(JSON.stringify(first).length * 3).toBeGreaterThan(MAX_BUFFERED_BYTES); // 2,000 × 3-byte characters each
    expect(first.view.contributions).toHaveLength(240);
    await sse.cancel();
  });

  it("checks access before streaming: 401, 403 for outsiders, 404 for other tenants", async () => {
    const anonymous = await fetch(`${base}/api/agendas/${agenda.id}/events`);
    expect(anonymous.status).toBe(401);
    const outsider = await open(OUTSIDER);
    expect(outsider.status).toBe(403);
    expect((await outsider.json()).error.code).toBe("forbidden");
    const other = await open(ORGANIZER, {}, "", OTHER_TENANT_ID);
    expect(other.status).toBe(404);
    expect(live.subscriberCount(DEMO_TENANT_ID, agenda.id)).toBe(0);
  });

  it("unsubscribes when the client goes away, and closing the app ends open streams", async () => {
    const tenantId = (await t.db.selectFrom("agendas").select("tenant_id").executeTakeFirstOrThrow()).tenant_id;
    const first = new SseReader(await open(SALES));
    const firstController = controllers.at(-1)!;
    const second = new SseReader(await open(ORGANIZER));
    await first.nextChange();
    await second.nextChange();
    expect(live.subscriberCount(tenantId, agenda.id)).toBe(2);
    firstController.abort();
    await expect.poll(() => live.subscriberCount(tenantId, agenda.id)).toBe(1);
    // t.close() in afterEach would hang here if the open stream were not ended by the app.
    const closing = t.app.close();
    await expect(second.next()).rejects.toThrow(/stream ended|terminated|aborted/);
    await closing;
    expect(live.subscriberCount(tenantId, agenda.id)).toBe(0);
  });

  it("stops streaming to someone removed from the meeting", async () => {
    const sse = new SseReader(await open(SALES));
    await sse.nextChange();
    const res = await fetch(`${base}/api/agendas/${agenda.id}`, {
      method: "PATCH",
      headers: { ...(await bearer(t, ORGANIZER)), "content-type": "application/json", "if-match": '"1"' },
      body: JSON.stringify({ attendees: [] }),
    });
    expect(res.status).toBe(200);
    await expect(sse.next()).rejects.toThrow(/stream ended/);
  });
});
