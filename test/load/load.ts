// `npm run load -- --duration 10 --connections 50`: mixed read/write traffic against a server on this
// machine (one it starts, or --url on loopback), bounded in time. Prints requests/s, latency
// percentiles, answers by status, errors, and the server's memory at start and end (leak check).
// `npm run load:ci` is the short CI run: it fails on any 5xx, failed request or connection error.
import { readFileSync } from "node:fs";
import { startBenchServer, type BenchServer } from "../bench/support/bench-server";
import { createWorld } from "../bench/support/bench-world";
import { runLoad } from "../bench/support/http-load";
import { mib, ms, summarize } from "../bench/support/stats";
import { parseLoadArgs, USAGE, type LoadArgs } from "./load-args";
import { createMix } from "./load-mix";

interface Memory {
  rss: number;
  heapUsed: number | null;
}

function procRss(pid: number): Memory | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? { rss: Number(kb) * 1024, heapUsed: null } : null;
  } catch {
    return null;
  }
}

async function memoryOf(server: BenchServer | null, args: LoadArgs): Promise<Memory | null> {
  if (server) return server.memory();
  return args.pid ? procRss(args.pid) : null;
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: LoadArgs;
  try {
    args = parseLoadArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  let server: BenchServer | null = null;
  try {
    if (!args.url) server = await startBenchServer({ env: args.rateLimit ? { RATE_LIMIT_PER_MINUTE: undefined } : {} });
    const baseUrl = args.url ?? server!.baseUrl;
    const world = await createWorld(baseUrl);
    const mix = createMix(world, args.writeShare);
    const start = await memoryOf(server, args);
    process.stdout.write(`load: ${baseUrl}, ${args.connections} connections, ${args.durationSec} s, ${Math.round(args.writeShare * 100)} % writes${server ? " (server started for this run)" : ""}\n`);
    const r = await runLoad({ baseUrl, connections: args.connections, durationMs: args.durationSec * 1000, next: mix.next, timeoutMs: 30_000 });
    const end = await memoryOf(server, args);

    const line = (label: string, values: number[] | undefined) => {
      const s = summarize(values ?? []);
      return `  ${label.padEnd(7)} n=${String(s.n).padEnd(7)} p50 ${ms(s.p50).padEnd(9)} p95 ${ms(s.p95).padEnd(9)} p99 ${ms(s.p99).padEnd(9)} max ${ms(s.max)}`;
    };
    const statuses = [...r.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(", ");
    const errors = [...r.errors].map(([e, n]) => `${e}: ${n}`).join(", ");
    const failed = [...r.statuses].filter(([s]) => s >= 400).reduce((a, [, n]) => a + n, 0);
    const serverErrors = [...r.statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
    const transport = [...r.errors.values()].reduce((a, n) => a + n, 0);
    const mem = (m: Memory | null) => (m ? `RSS ${mib(m.rss)}${m.heapUsed !== null ? `, heap ${mib(m.heapUsed)}` : ""}` : "n/a (pass --pid)");
    const out = [
      `requests: ${r.requests} in ${(r.elapsedMs / 1000).toFixed(1)} s = ${r.requestsPerSecond.toFixed(0)} req/s (${mix.meetingsCreated} meetings rotated in)`,
      "latency:",
      line("all", r.latencies.get("all")),
      line("read", r.latencies.get("read")),
      line("write", r.latencies.get("write")),
      `status: ${statuses || "none"}`,
      `errors: ${errors || "none"} (failed answers ≥ 400: ${failed}, of which 5xx: ${serverErrors})`,
      `server memory: start ${mem(start)}; end ${mem(end)}${start && end ? `; RSS Δ ${mib(end.rss - start.rss)}${start.heapUsed !== null && end.heapUsed !== null ? `, heap Δ ${mib(end.heapUsed - start.heapUsed)} (after GC)` : ""}` : ""}`,
    ];
    process.stdout.write(`${out.join("\n")}\n`);
    if (args.ci) {
      // 429 counts as a failure too: the CI run starts its server with the limiter off.
      const ok = serverErrors === 0 && failed === 0 && transport === 0 && r.requests > 0;
      process.stdout.write(ok ? "load:ci OK — no 5xx, no failed requests, no connection errors\n" : "load:ci FAILED — see status/errors above\n");
      if (!ok && server) process.stderr.write(server.output().slice(-4000));
      return ok ? 0 : 1;
    }
    return 0;
  } catch (error) {
    process.stderr.write(`load failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    if (server) process.stderr.write(server.output().slice(-4000));
    return 1;
  } finally {
    await server?.stop();
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
