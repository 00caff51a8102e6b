// API throughput: GET /api/agendas/:id on the real server (auth, access check, database, JSON) vs a
// bare Fastify route answering the same body, both in their own process on loopback, driven by the
// same keep-alive load generator in interleaved rounds so machine noise hits both alike.
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BenchRow } from "./bench-row";
import { startBenchServer, type BenchServer } from "./support/bench-server";
import { api, auth, commitmentBody, createWorld } from "./support/bench-world";
import { runLoad, type LoadResult } from "./support/http-load";
import { ms, summarize } from "./support/stats";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ROUNDS = 3;
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 3000);

interface Tally {
  requests: number;
  elapsedMs: number;
  latencies: number[];
  non200: number;
}

const add = (t: Tally, r: LoadResult) => {
  t.requests += r.requests;
  t.elapsedMs += r.elapsedMs;
  t.latencies.push(...(r.latencies.get("all") ?? []));
  for (const [status, n] of r.statuses) if (status !== 200) t.non200 += n;
  for (const n of r.errors.values()) t.non200 += n;
};

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "cp-bench-tp-"));
  let real: BenchServer | undefined;
  let bare: BenchServer | undefined;
  try {
    real = await startBenchServer();
    const world = await createWorld(real.baseUrl);
    // A meeting with a few commitments, as the tab shows it.
    for (let i = 0; i < 5; i++) await api(real.baseUrl, "POST", `/api/agendas/${world.agenda.id}/commitments`, world.tokens.organizer, JSON.parse(commitmentBody(i)));
    const agendaPath = `/api/agendas/${world.agenda.id}`;
    const view = await api<unknown>(real.baseUrl, "GET", agendaPath, world.tokens.sales);
    if (view.status !== 200) throw new Error(`GET agenda: ${view.status}`);
    const bodyFile = path.join(dir, "agenda.json");
    writeFileSync(bodyFile, JSON.stringify(view.json));
    const bodyBytes = Buffer.byteLength(JSON.stringify(view.json));
    bare = await startBenchServer({ script: "test/bench/support/bare-server-main.ts", env: { BARE_BODY_FILE: bodyFile } });

    const headers = auth(world.tokens.sales);
    const load = (baseUrl: string, durationMs: number) =>
      runLoad({ baseUrl, connections: CONNECTIONS, durationMs, next: () => ({ method: "GET", path: agendaPath, headers }) });
    // Warm-up: JIT, prepared statements, sockets.
    await load(bare.baseUrl, 1000);
    await load(real.baseUrl, 1000);
    const realT: Tally = { requests: 0, elapsedMs: 0, latencies: [], non200: 0 };
    const bareT: Tally = { requests: 0, elapsedMs: 0, latencies: [], non200: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      add(bareT, await load(bare.baseUrl, ROUND_MS));
      add(realT, await load(real.baseUrl, ROUND_MS));
    }
    const rps = (t: Tally) => t.requests / (t.elapsedMs / 1000);
    const ratio = rps(realT) / rps(bareT);
    const real95 = summarize(realT.latencies).p95;
    const bare95 = summarize(bareT.latencies).p95;
    const setup = `${CONNECTIONS} keep-alive connections, ${ROUNDS}×${ROUND_MS / 1000} s interleaved, ${(bodyBytes / 1024).toFixed(1)} KB body`;
    return [
      { section: "throughput", measure: `GET /api/agendas/:id, real server (${setup})`, value: `${rps(realT).toFixed(0)} req/s` },
      { section: "throughput", measure: "bare Fastify route, same body and load", value: `${rps(bareT).toFixed(0)} req/s` },
      { section: "throughput", measure: "ratio real / bare", value: ratio.toFixed(2), goal: "≥ 0.5", ok: ratio >= 0.5 },
      { section: "throughput", measure: "p95 latency real / bare", value: `${ms(real95)} / ${ms(bare95)}` },
      { section: "throughput", measure: "non-200 answers or errors (real + bare)", value: String(realT.non200 + bareT.non200), goal: "0", ok: realT.non200 + bareT.non200 === 0 },
    ];
  } finally {
    await bare?.stop();
    await real?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
