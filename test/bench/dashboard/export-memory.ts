// Streams an export of every row over a real HTTP connection (app.inject would buffer the whole
// body) and samples the process's resident memory meanwhile: constant memory means the peak stays
// flat whatever the row count.
import type { AddressInfo } from "node:net";
import type { TestApp } from "../../server/api-helper";
import type { BenchRow } from "../bench-row";
import { mb, seconds } from "./timing";

const RSS_GOAL = 100 * 1024 * 1024;

export async function measureExport(t: TestApp, token: string, section: string, path: string, label: string): Promise<BenchRow[]> {
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = t.app.server.address() as AddressInfo;
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  const start = performance.now();
  let bytes = 0;
  let newlines = 0;
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200 || !res.body) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (let i = 0; i < value.length; i++) if (value[i] === 10) newlines++;
    }
  } finally {
    clearInterval(timer);
  }
  const elapsed = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().rss);
  const delta = peak - baseline;
  const rows: BenchRow[] = [
    { section, measure: `${label}: size, time`, value: `${mb(bytes)} in ${seconds(elapsed)}${newlines > 1 ? ` (${newlines - 1} rows)` : ""}` },
    { section, measure: `${label}: peak RSS delta while streaming`, value: mb(delta), goal: `≤ ${mb(RSS_GOAL)} (flat)`, ok: delta <= RSS_GOAL },
  ];
  return rows;
}
