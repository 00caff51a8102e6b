// Live-event fan-out: 500 real SSE subscribers (one socket each) on one agenda, one commitment write,
// and for each subscriber the time from sending the write until its event arrives (so the write's
// own latency is included). Then server memory per 1,000 open subscribers: the server runs in its
// own process and reports process.memoryUsage() after a forced GC over IPC, before and after 1,000
// streams are open, so the bench's client sockets are not counted.
import type { BenchRow } from "./bench-row";
import { startBenchServer, type BenchServer } from "./support/bench-server";
import { auth, commitmentBody, createWorld } from "./support/bench-world";
import { subscribe, subscribeMany, type Subscriber } from "./support/sse-client";
import { mib, ms, summarize } from "./support/stats";

const SUBSCRIBERS = 500;
const MEMORY_SUBSCRIBERS = 1000;
const WRITES = 5;
const GOAL_P95_MS = 100;

async function post(baseUrl: string, path: string, token: string, body: string): Promise<number> {
  const res = await fetch(`${baseUrl}${path}`, { method: "POST", headers: { ...auth(token), "content-type": "application/json" }, body });
  await res.arrayBuffer();
  return res.status;
}

export async function run(): Promise<BenchRow[]> {
  let server: BenchServer | undefined;
  let open: Subscriber[] = [];
  try {
    // One user holds every stream here: lift the per-user and per-process caps this bench isn't about.
    server = await startBenchServer({ env: { LIVE_STREAMS_PER_USER: "1000", LIVE_STREAMS_MAX: "2000" } });
    const { baseUrl } = server;
    const world = await createWorld(baseUrl);
    const eventsPath = `/api/agendas/${world.agenda.id}/events`;
    const writePath = `/api/agendas/${world.agenda.id}/commitments`;
    const headers = auth(world.tokens.sales);

    // Memory first, on a fresh process: measure, open 1,000 streams, measure.
    await new Promise((r) => setTimeout(r, 1000));
    const before = await server.memory();
    const mem = await subscribeMany(MEMORY_SUBSCRIBERS, 100, () => subscribe(baseUrl, eventsPath, headers));
    open = mem.subscribers;
    await new Promise((r) => setTimeout(r, 500));
    const after = await server.memory();
    for (const s of open) s.close();
    open = [];
    const per = (bytes: number) => (bytes * 1000) / MEMORY_SUBSCRIBERS;
    await new Promise((r) => setTimeout(r, 500));

    // Fan-out: WRITES separate writes, each timed to every one of the 500 subscribers.
    const fan = await subscribeMany(SUBSCRIBERS, 50, () => subscribe(baseUrl, eventsPath, headers));
    open = fan.subscribers;
    let revision = fan.revision;
    const delays: number[] = [];
    const writeTimes: number[] = [];
    const afterAck: number[] = [];
    for (let w = 0; w < WRITES; w++) {
      const arrivals = open.map((s) => s.eventAfter(revision));
      const t0 = performance.now();
      const status = await post(baseUrl, writePath, world.tokens.organizer, commitmentBody(w));
      writeTimes.push(performance.now() - t0);
      if (status !== 201) throw new Error(`write answered ${status}`);
      const times = await withTimeout(Promise.all(arrivals), 30_000, "not every subscriber got the event in 30 s");
      delays.push(...times.map((at) => at - t0));
      afterAck.push(...times.map((at) => Math.max(0, at - t0 - writeTimes[w]!)));
      revision += 1;
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const s of open) s.close();
    open = [];
    const fanout = summarize(delays);


    const section = "fan-out";
    return [
      { section, measure: `event delivery p95, ${SUBSCRIBERS} SSE subscribers, ${WRITES} writes (from write sent)`, value: ms(fanout.p95), goal: `≤ ${GOAL_P95_MS} ms`, ok: fanout.p95 <= GOAL_P95_MS },
      { section, measure: "  p50 / max delivery", value: `${ms(fanout.p50)} / ${ms(fanout.max)}` },
      { section, measure: "  write answered (median) / delivery p95 after the answer", value: `${ms(summarize(writeTimes).p50)} / ${ms(summarize(afterAck).p95)}` },
      { section, measure: `server RSS per 1,000 subscribers (after GC, ${mib(before.rss)} → ${mib(after.rss)})`, value: mib(per(after.rss - before.rss)) },
      { section, measure: `server heapUsed per 1,000 subscribers (${mib(before.heapUsed)} → ${mib(after.heapUsed)})`, value: mib(per(after.heapUsed - before.heapUsed)), goal: "≤ 50 MiB", ok: per(after.heapUsed - before.heapUsed) <= 50 * 1_048_576 },
    ];
  } finally {
    for (const s of open) s.close();
    await server?.stop();
  }
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), timeoutMs)))]).finally(() => clearTimeout(timer));
}
