// Commitment writes under load: 200 concurrent clients (one keep-alive socket each), 10 per meeting
// in 20 meetings, each posting WRITES_PER_CLIENT commitments back to back — everyone pressing Save
// at once. SQLite always; PostgreSQL too when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set —
// point it at a scratch database: the bench leaves its rows behind.
import type { BenchRow } from "./bench-row";
import { startBenchServer, type BenchServer } from "./support/bench-server";
import { auth, commitmentBody, createAgenda, createWorld } from "./support/bench-world";
import { runLoad } from "./support/http-load";
import { processCpuMs } from "./support/proc-cpu";
import { ms, summarize } from "./support/stats";

const CLIENTS = 200;
const MEETINGS = 20;
const WRITES_PER_CLIENT = Number(process.env.BENCH_WRITES_PER_CLIENT ?? 5);
/** A Save should answer within 300 ms even when everyone presses it at once. */
const GOAL_P95_MS = 300;

async function writeBench(label: string, env: Record<string, string>): Promise<BenchRow[]> {
  let server: BenchServer | undefined;
  try {
    server = await startBenchServer({ env });
    const world = await createWorld(server.baseUrl);
    const agendas = [world.agenda.id];
    while (agendas.length < MEETINGS) agendas.push((await createAgenda(server.baseUrl, world.tokens.organizer, `会議 ${agendas.length + 1}`)).id);
    const writers = [world.tokens.organizer, world.tokens.sales, world.tokens.planning].map(auth);
    let n = 0;
    const next = (w: number) => ({
      method: "POST" as const,
      path: `/api/agendas/${agendas[w % MEETINGS]}/commitments`,
      headers: writers[w % writers.length]!,
      body: commitmentBody(n++),
    });
    await runLoad({ baseUrl: server.baseUrl, connections: MEETINGS, durationMs: 60_000, requestsPerWorker: 1, next }); // warm-up
    const cpu0 = processCpuMs(server.pid);
    const r = await runLoad({ baseUrl: server.baseUrl, connections: CLIENTS, durationMs: 120_000, requestsPerWorker: WRITES_PER_CLIENT, next, timeoutMs: 60_000 });
    const cpuMs = processCpuMs(server.pid) - cpu0;
    const s = summarize(r.latencies.get("all") ?? []);
    const created = r.statuses.get(201) ?? 0;
    const failed = r.requests - created;
    const section = "writes";
    return [
      { section, measure: `commitment write p50 / p95 / p99, ${CLIENTS} concurrent clients in ${MEETINGS} meetings, ${label} (${r.requests} writes)`, value: `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`, goal: `p95 ≤ ${GOAL_P95_MS} ms`, ok: s.p95 <= GOAL_P95_MS },
      { section, measure: `  writes/s (201 Created), ${label}`, value: `${(created / (r.elapsedMs / 1000)).toFixed(0)} /s` },
      // With SQLite in the server's process this is the whole write; with PostgreSQL, only Node's side.
      { section, measure: `  server process CPU per write, ${label}`, value: ms(cpuMs / Math.max(1, created)) },
      { section, measure: `  failed writes (not 201), ${label}`, value: String(failed), goal: "0", ok: failed === 0 },
    ];
  } finally {
    await server?.stop();
  }
}

export async function run(): Promise<BenchRow[]> {
  const rows = await writeBench("SQLite", {});
  const pg = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pg) rows.push(...(await writeBench("PostgreSQL", { DATABASE_URL: pg })));
  else rows.push({ section: "writes", measure: "PostgreSQL (set BENCH_DATABASE_URL to a scratch database)", value: "skipped" });
  return rows;
}
