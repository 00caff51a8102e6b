import { afterEach, describe, expect, it, vi } from "vitest";
import { subscribeLive } from "../../../src/platform/http/live-events";
import { createFakeAuth } from "../../../src/platform/fakes/fake-auth";
import { ApiError, type LiveSubscription } from "../../../src/platform/ports";
import type { AgendaView } from "../../../src/core/api/contract";
import { changeAt, sseFrame, startServer, until, viewAt, type Handler, type ScriptedServer } from "./fixtures";

let server: ScriptedServer | undefined;
let sub: LiveSubscription | undefined;
afterEach(async () => {
  vi.useRealTimers();
  sub?.close();
  await server?.close();
  server = undefined;
});

const SSE_HEADERS = { "content-type": "text/event-stream", "cache-control": "no-cache" };

async function live(handle: Handler, extra: { poll?: () => Promise<AgendaView>; auth?: ReturnType<typeof createFakeAuth> } = {}) {
  server = await startServer(handle);
  const revisions: number[] = [];
  const statuses: string[] = [];
  // Every connection attempt, counted when made (before it reaches the server).
  const attempts = { count: 0 };
  sub = subscribeLive(
    {
      url: `${server.url}/api/agendas/agd_test1/events`,
      auth: extra.auth ?? createFakeAuth("tok"),
      fetch: (...args) => (attempts.count++, globalThis.fetch(...args)),
      poll: extra.poll ?? (async () => viewAt(1)),
      pollIntervalMs: 20,
      reconnectBaseMs: 10,
      reconnectMaxMs: 40,
    },
    { onChange: (e) => revisions.push(e.revision), onStatus: (s) => statuses.push(s) },
  );
  return { revisions, statuses, server, attempts };
}

/** Timers the test can move past every backoff, poll interval and stream retry (they also run on their own). */
const movableTimers = () => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });

describe("live agenda events over a real HTTP stream", () => {
  it("reconnects after a mid-stream drop with Last-Event-ID and ignores what it has already seen", async () => {
    const { revisions, statuses, server } = await live((_req, res, _body, i) => {
      res.writeHead(200, SSE_HEADERS);
      if (i === 0) {
        res.write(": ping\n\n");
        res.write(sseFrame(2));
        // Half of the next event, then the connection dies.
        res.write(`id: 3\nevent: change\ndata: ${JSON.stringify(changeAt(3)).slice(0, 40)}`);
        setTimeout(() => res.destroy(), 30);
      } else {
        // Catch-up: the server resends from the client's revision (a stale one is ignored).
        res.write(sseFrame(1));
        res.write(sseFrame(2));
        res.write(sseFrame(3));
        res.write(sseFrame(4));
      }
    });
    await until(() => revisions.length >= 3);
    expect(revisions).toEqual([2, 3, 4]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.headers["last-event-id"]).toBeUndefined();
    expect(server.requests[1]!.headers["last-event-id"]).toBe("2");
    expect(server.requests[1]!.headers.authorization).toBe("Bearer tok");
    expect(server.requests[1]!.headers.accept).toBe("text/event-stream");
    expect(statuses).toEqual(["live", "reconnecting", "live"]);
  });

  it("refreshes the token once on 401 and streams with the new one", async () => {
    const auth = createFakeAuth("tok");
    const { revisions, server } = await live(
      (_req, res, _body, i) => {
        if (i === 0) return void res.writeHead(401, { "content-type": "application/json" }).end("{}");
        res.writeHead(200, SSE_HEADERS);
        res.write(sseFrame(5));
      },
      { auth },
    );
    await until(() => revisions.length === 1);
    expect(auth.calls).toEqual([{ forceRefresh: false }, { forceRefresh: true }]);
    expect(server.requests).toHaveLength(2);
  });

  it("falls back to polling after three failed connections, emitting only when the revision grows", async () => {
    let revision = 3;
    let polls = 0;
    const { revisions, statuses, server } = await live(
      (_req, res) => void res.writeHead(503).end("busy"),
      {
        poll: async () => {
          polls++;
          if (polls === 4) revision = 6;
          return viewAt(revision);
        },
      },
    );
    await until(() => polls >= 6);
    expect(server.requests).toHaveLength(3);
    expect(revisions).toEqual([3, 6]);
    expect(statuses).toEqual(["reconnecting", "polling"]);
  });

  it("polls at once when the answer is not an event stream (e.g. a buffering proxy)", async () => {
    let polls = 0;
    const { statuses, server } = await live(
      (_req, res) => void res.writeHead(200, { "content-type": "application/json" }).end("{}"),
      { poll: async () => (polls++, viewAt(1)) },
    );
    await until(() => polls >= 2);
    expect(server.requests).toHaveLength(1);
    expect(statuses).toEqual(["polling"]);
  });

  it("close() ends the connection and reconnects no more", async () => {
    let closed = false;
    const { revisions, server } = await live((req, res) => {
      res.writeHead(200, SSE_HEADERS);
      res.write(sseFrame(2));
      req.on("close", () => (closed = true));
    });
    await until(() => revisions.length === 1);
    sub!.close();
    await until(() => closed);
    await new Promise((r) => setTimeout(r, 80));
    expect(server.requests).toHaveLength(1);
  });

  it.each([403, 404])("stops for good on %i: no reconnect, no polling, status refused", async (status) => {
    movableTimers();
    let polls = 0;
    const { statuses, server, attempts } = await live((_req, res) => void res.writeHead(status, { "content-type": "application/json" }).end("{}"), {
      poll: async () => (polls++, viewAt(1)),
    });
    await until(() => statuses.includes("refused"));
    // Two minutes later: past every backoff (10–40 ms here), poll interval and stream retry (60 s).
    await vi.advanceTimersByTimeAsync(120_000);
    expect(attempts.count).toBe(1);
    expect(server.requests).toHaveLength(1);
    expect(polls).toBe(0);
    expect(statuses).toEqual(["refused"]);
  });

  it("stops polling too when a poll is refused (removed from the meeting meanwhile)", async () => {
    movableTimers();
    let polls = 0;
    const { statuses, server, attempts } = await live((_req, res) => void res.writeHead(503).end("busy"), {
      poll: async () => {
        polls++;
        if (polls >= 2) throw new ApiError(403, "forbidden", "Only the meeting's attendees and organizer can open this agenda");
        return viewAt(1);
      },
    });
    await until(() => statuses.includes("refused"));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(polls).toBe(2);
    expect(attempts.count).toBe(3);
    expect(server.requests).toHaveLength(3);
    expect(statuses).toEqual(["reconnecting", "polling", "refused"]);
  });

  it("skips malformed and foreign events without losing the stream", async () => {
    const { revisions } = await live((_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      res.write("event: change\ndata: {not json\n\n");
      res.write('event: change\ndata: {"agendaId":"x"}\n\n');
      res.write(`event: other\ndata: ${JSON.stringify(changeAt(8))}\n\n`);
      res.write(sseFrame(9));
    });
    await until(() => revisions.length === 1);
    expect(revisions).toEqual([9]);
  });

  it("gets a fresh token and reconnects at once when the server ends the stream because the token expired", async () => {
    const auth = createFakeAuth("tok");
    const { revisions, statuses, server } = await live(
      (_req, res, _body, i) => {
        res.writeHead(200, SSE_HEADERS);
        if (i === 0) {
          res.write(sseFrame(2));
          res.end('event: reauth\ndata: {"reason":"token_expired"}\n\n');
        } else {
          res.write(sseFrame(3));
        }
      },
      { auth },
    );
    await until(() => revisions.length === 2);
    expect(revisions).toEqual([2, 3]);
    expect(auth.calls).toEqual([{ forceRefresh: false }, { forceRefresh: true }]);
    expect(server.requests[1]!.headers["last-event-id"]).toBe("2");
    expect(statuses).toEqual(["live", "reconnecting", "live"]);
  });

  it("reconnects with Last-Event-ID when the server closes a stream that fell behind, catching up with one event", async () => {
    const { revisions, server } = await live((_req, res, _body, i) => {
      res.writeHead(200, SSE_HEADERS);
      if (i === 0) {
        res.write(sseFrame(2));
        setTimeout(() => res.destroy(), 20);
      } else {
        res.write(sseFrame(7));
      }
    });
    await until(() => revisions.length === 2);
    expect(revisions).toEqual([2, 7]);
    expect(server.requests[1]!.headers["last-event-id"]).toBe("2");
  });

  it("polls while the server has too many streams open (429), then streams again after Retry-After", async () => {
    let polls = 0;
    const { revisions, statuses, server } = await live(
      (_req, res, _body, i) => {
        if (i === 0) return void res.writeHead(429, { "retry-after": "1", "content-type": "application/json" }).end('{"error":{"code":"rate_limited","message":"busy"}}');
        res.writeHead(200, SSE_HEADERS);
        res.write(sseFrame(4));
      },
      { poll: async () => (polls++, viewAt(2)) },
    );
    await until(() => revisions.includes(4), 5_000);
    expect(polls).toBeGreaterThan(0);
    expect(revisions).toEqual([2, 4]);
    expect(server.requests).toHaveLength(2);
    expect(statuses).toEqual(["polling", "live"]);
  });
});
