// API throughput: GET /api/agendas/:id on the real server (auth, access check, database, JSON) vs a
// bare Fastify route answering the same body, both in their own process on loopback, driven by the
// same keep-alive load generator in interleaved rounds so machine noise hits both alike. Checked
// before it counts: both answer 200 with byte-identical bodies. Besides requests/s (which move with
// whatever else runs on the machine) it prints each server's CPU time per request, from /proc —
// steady under load — and the load generator's own CPU, which caps the bare route's figure.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BenchRow } from "./bench-row";
import { startBenchServer, type BenchServer } from "./support/bench-server";
import { api, auth, commitmentBody, createWorld } from "./support/bench-world";
import { runLoad, type LoadResult } from "./support/http-load";
import { processCpuMs } from "./support/proc-cpu";
import { ms, summarize } from "./support/stats";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 4000);
const GOAL = 0.5;

interface Tally {
  requests: number;
  elapsedMs: number;
  latencies: number[];
  non200: number;
  serverCpuMs: number;
}

const emptyTally = (): Tally => ({ requests: 0, elapsedMs: 0, latencies: [], non200: 0, serverCpuMs: 0 });

const add = (t: Tally, r: LoadResult, serverCpuMs: number) => {
  t.requests += r.requests;
  t.elapsedMs += r.elapsedMs;
  t.latencies.push(...(r.latencies.get("all") ?? []));
  for (const [status, n] of r.statuses) if (status !== 200) t.non200 += n;
  for (const n of r.errors.values()) t.non200 += n;
  t.serverCpuMs += serverCpuMs;
};

interface Answer {
  status: number;
  body: Buffer;
  headerBytes: number;
}

/** One GET as the load generator sends it, keeping the raw answer to compare the two servers. */
function probe(baseUrl: string, urlPath: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(`${baseUrl}${urlPath}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          // "name: value\r\n": each name and each value plus two bytes.
          const headerBytes = res.rawHeaders.reduce((sum, h) => sum + Buffer.byteLength(h) + 2, 0);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headerBytes });
        });
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

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
    bare = await startBenchServer({ script: "test/bench/support/bare-server-main.ts", env: { BARE_BODY_FILE: bodyFile } });

    const headers = auth(world.tokens.sales);
    const realAnswer = await probe(real.baseUrl, agendaPath, headers);
    const bareAnswer = await probe(bare.baseUrl, agendaPath, headers);
    const sameBody = realAnswer.status === 200 && bareAnswer.status === 200 && realAnswer.body.equals(bareAnswer.body);

    const load = (baseUrl: string, durationMs: number) =>
      runLoad({ baseUrl, connections: CONNECTIONS, durationMs, next: () => ({ method: "GET", path: agendaPath, headers }) });
    // Warm-up: JIT, prepared statements, sockets.
    await load(bare.baseUrl, 1500);
    await load(real.baseUrl, 1500);
    const realT = emptyTally();
    const bareT = emptyTally();
    const generatorStart = process.cpuUsage();
    const round = async (server: BenchServer, tally: Tally) => {
      const cpu0 = processCpuMs(server.pid);
      const r = await load(server.baseUrl, ROUND_MS);
      add(tally, r, processCpuMs(server.pid) - cpu0);
    };
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate which goes first, so neither always runs right after the other's burst.
      if (i % 2 === 0) {
        await round(bare, bareT);
        await round(real, realT);
      } else {
        await round(real, realT);
        await round(bare, bareT);
      }
    }
    const generator = process.cpuUsage(generatorStart);
    const generatorShare = (generator.user + generator.system) / 1000 / (realT.elapsedMs + bareT.elapsedMs);
    const rps = (t: Tally) => t.requests / (t.elapsedMs / 1000);
    const ratio = rps(realT) / rps(bareT);
    const cpuPerRequest = (t: Tally) => (t.serverCpuMs * 1000) / t.requests; // µs
    const cpuRatio = cpuPerRequest(bareT) / cpuPerRequest(realT);
    const us = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} µs` : "n/a");
    const setup = `${CONNECTIONS} keep-alive connections, ${ROUNDS}×${ROUND_MS / 1000} s interleaved`;
    return [
      { section: "throughput", measure: `GET /api/agendas/:id, real server (${setup})`, value: `${rps(realT).toFixed(0)} req/s` },
      { section: "throughput", measure: "bare Fastify route, same body and load", value: `${rps(bareT).toFixed(0)} req/s` },
      { section: "throughput", measure: "ratio real / bare (req/s)", value: ratio.toFixed(2), goal: `≥ ${GOAL}`, ok: ratio >= GOAL },
      { section: "throughput", measure: "server CPU per request, real / bare (and bare ÷ real: the ratio without the machine's load)", value: `${us(cpuPerRequest(realT))} / ${us(cpuPerRequest(bareT))} (${cpuRatio.toFixed(2)})` },
      { section: "throughput", measure: "load generator CPU while loading (1.00 = one core: then it caps the bare route)", value: generatorShare.toFixed(2) },
      { section: "throughput", measure: "p95 latency real / bare", value: `${ms(summarize(realT.latencies).p95)} / ${ms(summarize(bareT.latencies).p95)}` },
      {
        section: "throughput",
        measure: "same answer: status 200 and byte-identical body (body; header bytes real / bare)",
        value: `${sameBody ? "yes" : "NO"} (${(realAnswer.body.length / 1024).toFixed(1)} KB; ${realAnswer.headerBytes} / ${bareAnswer.headerBytes} B)`,
        goal: "yes",
        ok: sameBody,
      },
      { section: "throughput", measure: "non-200 answers or errors (real + bare)", value: String(realT.non200 + bareT.non200), goal: "0", ok: realT.non200 + bareT.non200 === 0 },
    ];
  } finally {
    await bare?.stop();
    await real?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
