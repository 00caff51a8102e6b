// Where a page load's time went, from the page's own Resource Timing and Long Tasks: when its
// scripts arrived (and whether from the browser cache), how many API requests it made and how many
// of them ran one after another, how long the main thread was blocked. Pure: the browser side only
// collects the entries (page-timing.ts).

export interface ResourceEntry {
  name: string;
  initiatorType: string;
  startTime: number;
  responseEnd: number;
  /** 0 when served from the browser cache (same-origin, or with Timing-Allow-Origin). */
  transferSize: number;
  decodedBodySize: number;
}

export interface PageLoad {
  /** The marker control present and enabled, ms after navigation start. */
  tti: number;
  fcp: number | null;
  domContentLoaded: number;
  origin: string;
  resources: ResourceEntry[];
  /** Long tasks (> 50 ms) that started before the marker: [startTime, duration]. */
  longTasks: [number, number][];
}

export interface LoadBreakdown {
  tti: number;
  fcp: number | null;
  domContentLoaded: number;
  scripts: number;
  scriptsFromCache: number;
  scriptsEnd: number;
  apiRequests: number;
  /** The longest chain of API requests each starting after the previous one answered. */
  apiInSeries: number;
  apiFirstStart: number | null;
  apiLastEnd: number | null;
  longTaskMs: number;
}

const isApi = (path: string) => path.startsWith("/api/") || path === "/healthz";

function pathOf(entry: ResourceEntry, origin: string): string | null {
  try {
    const url = new URL(entry.name);
    return url.origin === origin ? url.pathname : null;
  } catch {
    return null;
  }
}

/** Longest chain of requests where each starts once the one before it has answered. */
export function longestSerialChain(requests: readonly { startTime: number; responseEnd: number }[]): number {
  const sorted = [...requests].sort((a, b) => a.startTime - b.startTime);
  const depth: number[] = [];
  sorted.forEach((r, i) => {
    let best = 0;
    // 1 ms of slack: a request sent from the previous one's callback starts a hair after it ends.
    for (let j = 0; j < i; j++) if (sorted[j]!.responseEnd <= r.startTime + 1) best = Math.max(best, depth[j]!);
    depth.push(best + 1);
  });
  return depth.length ? Math.max(...depth) : 0;
}

export function breakdown(load: PageLoad): LoadBreakdown {
  const own = load.resources.map((r) => ({ r, path: pathOf(r, load.origin) })).filter((x): x is { r: ResourceEntry; path: string } => x.path !== null);
  // Only what came before the marker counts: later requests (live streams, polling) are not the load.
  const before = own.filter((x) => x.r.startTime <= load.tti);
  const scripts = before.filter((x) => x.r.initiatorType === "script" || x.path.endsWith(".js"));
  const api = before.filter((x) => (x.r.initiatorType === "fetch" || x.r.initiatorType === "xmlhttprequest") && isApi(x.path));
  return {
    tti: load.tti,
    fcp: load.fcp,
    domContentLoaded: load.domContentLoaded,
    scripts: scripts.length,
    scriptsFromCache: scripts.filter((x) => x.r.transferSize === 0 && x.r.decodedBodySize > 0).length,
    scriptsEnd: Math.max(0, ...scripts.map((x) => x.r.responseEnd)),
    apiRequests: api.length,
    apiInSeries: longestSerialChain(api.map((x) => x.r)),
    apiFirstStart: api.length ? Math.min(...api.map((x) => x.r.startTime)) : null,
    apiLastEnd: api.length ? Math.max(...api.map((x) => x.r.responseEnd)) : null,
    longTaskMs: load.longTasks.filter(([start]) => start < load.tti).reduce((sum, [, duration]) => sum + duration, 0),
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : Number.NaN;
};

const t = (n: number | null) => (n === null || !Number.isFinite(n) ? "—" : `${Math.round(n)}`);

/** One line per set of loads: the median of each milestone (ms after navigation start). */
export function describeLoads(loads: readonly PageLoad[]): string {
  const all = loads.map(breakdown);
  const m = (pick: (b: LoadBreakdown) => number | null) => {
    const values = all.map(pick).filter((v): v is number => v !== null);
    return values.length ? median(values) : null;
  };
  const api = m((b) => b.apiRequests) ?? 0;
  const apiPart = api > 0 ? `API ${t(api)} requests (${t(m((b) => b.apiInSeries))} in series) ${t(m((b) => b.apiFirstStart))}→${t(m((b) => b.apiLastEnd))}` : "no API requests";
  return `first paint ${t(m((b) => b.fcp))} · scripts ${t(m((b) => b.scripts))} in by ${t(m((b) => b.scriptsEnd))} · DOMContentLoaded ${t(m((b) => b.domContentLoaded))} · ${apiPart} · main control ${t(m((b) => b.tti))} · long tasks ${t(m((b) => b.longTaskMs))} ms`;
}

/** Scripts of warm loads served from the browser cache, of all scripts they loaded. */
export function cacheHits(loads: readonly PageLoad[]): { fromCache: number; total: number } {
  const all = loads.map(breakdown);
  return { fromCache: all.reduce((a, b) => a + b.scriptsFromCache, 0), total: all.reduce((a, b) => a + b.scripts, 0) };
}
