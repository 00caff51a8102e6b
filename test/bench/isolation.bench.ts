// One tenant's heavy requests must not stall everyone else's. The heaviest route a signed-in user can
// call (found here by timing each candidate at its largest allowed input) is hammered by 8 clients
// while one more client asks /healthz in a loop: /healthz's p99 under that load, against its p99 on an
// idle server, shows how long a request waits behind the heavy ones on the event loop.
import type { BenchRow } from "./bench-row";
import { mixedText } from "./mixed-text";
import { startBenchServer, type BenchServer } from "./support/bench-server";
import { api, auth, createWorld, PLANNING, SALES } from "./support/bench-world";
import { runLoad, type LoadRequest } from "./support/http-load";
import { ms, summarize } from "./support/stats";

const HAMMERS = 8;
const DURATION_MS = Number(process.env.BENCH_ISOLATION_MS ?? 6000);
/** What a single heavy request may make another wait, at the 99th percentile. */
const GOAL_P99_MS = 250;

interface Candidate {
  label: string;
  /** The i-th request (fresh text each time, so no memo helps). */
  request(i: number): LoadRequest;
}

export async function run(): Promise<BenchRow[]> {
  let server: BenchServer | undefined;
  try {
    server = await startBenchServer();
    const world = await createWorld(server.baseUrl);
    const organizer = auth(world.tokens.organizer);
    const pmo = auth(world.tokens.pmo);
    const text = (i: number, length: number) => `${i} ${mixedText(length)}`.slice(0, length);
    const candidates: Candidate[] = [
      {
        label: "POST /api/coach/analyze, 20,000 characters",
        request: (i) => ({ method: "POST", path: "/api/coach/analyze", headers: organizer, body: JSON.stringify({ text: text(i, 20_000), lang: "ja" }) }),
      },
      {
        label: "POST /api/agendas, obstacles of 20,000 characters",
        request: (i) => ({
          method: "POST",
          path: "/api/agendas",
          headers: organizer,
          body: JSON.stringify({
            objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
            attendees: [{ email: SALES }, { email: PLANNING }],
            obstacles: Array.from({ length: 10 }, (_, k) => text(i * 10 + k, 2000)),
          }),
        }),
      },
      {
        label: "POST contribution, 2,000 characters",
        request: (i) => ({ method: "POST", path: `/api/agendas/${world.agenda.id}/contributions`, headers: organizer, body: JSON.stringify({ department: "営業部", text: text(i, 2000) }) }),
      },
      { label: "GET render (HTML)", request: () => ({ method: "GET", path: `/api/agendas/${world.agenda.id}/render?format=html`, headers: organizer }) },
      { label: "GET /api/commitments/export.csv (PMO)", request: () => ({ method: "GET", path: "/api/commitments/export.csv", headers: pmo }) },
      { label: "GET /api/dashboard/summary (PMO)", request: () => ({ method: "GET", path: "/api/dashboard/summary", headers: pmo }) },
    ];

    // Time each candidate alone (after a warm-up), median of 7.
    let seq = 0;
    const timed: { candidate: Candidate; medianMs: number }[] = [];
    for (const candidate of candidates) {
      const result = await runLoad({ baseUrl: server.baseUrl, connections: 1, durationMs: 60_000, requestsPerWorker: 8, next: () => candidate.request(seq++) });
      const bad = [...result.statuses].filter(([status]) => status >= 300);
      if (bad.length > 0) throw new Error(`${candidate.label}: answered ${JSON.stringify(bad)}`);
      timed.push({ candidate, medianMs: summarize((result.latencies.get("all") ?? []).slice(1)).p50 });
    }
    timed.sort((a, b) => b.medianMs - a.medianMs);
    const heaviest = timed[0]!;

    const health = (durationMs: number) =>
      runLoad({ baseUrl: server!.baseUrl, connections: 1, durationMs, next: () => ({ method: "GET", path: "/healthz" }) });
    const idle = await health(2000);
    const [hammer, busy] = await Promise.all([
      runLoad({ baseUrl: server.baseUrl, connections: HAMMERS, durationMs: DURATION_MS, timeoutMs: 60_000, next: () => heaviest.candidate.request(seq++) }),
      health(DURATION_MS),
    ]);
    const idleP99 = summarize(idle.latencies.get("all") ?? []).p99;
    const busyHealth = summarize(busy.latencies.get("all") ?? []);
    const failed = [...hammer.statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0) + [...hammer.errors.values()].reduce((a, b) => a + b, 0);
    return [
      ...timed.map((t) => ({ section: "isolation", measure: `one request alone: ${t.candidate.label}`, value: ms(t.medianMs) })),
      { section: "isolation", measure: `heaviest route, hammered by ${HAMMERS} clients for ${DURATION_MS / 1000} s`, value: `${heaviest.candidate.label}: ${hammer.requestsPerSecond.toFixed(1)} req/s` },
      { section: "isolation", measure: "GET /healthz p99, idle server", value: ms(idleP99) },
      {
        section: "isolation",
        measure: `GET /healthz p50 / p99 while the heaviest route is hammered (${busyHealth.n} probes)`,
        value: `${ms(busyHealth.p50)} / ${ms(busyHealth.p99)}`,
        goal: `p99 ≤ ${GOAL_P99_MS} ms`,
        ok: busyHealth.p99 <= GOAL_P99_MS,
      },
      { section: "isolation", measure: "5xx or failed requests while hammering", value: String(failed), goal: "0", ok: failed === 0 },
    ];
  } finally {
    await server?.stop();
  }
}
