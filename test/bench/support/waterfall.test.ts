import { describe, expect, it } from "vitest";
import { breakdown, cacheHits, describeLoads, longestSerialChain, type PageLoad, type ResourceEntry } from "./waterfall";

const O = "http://127.0.0.1:4000";
const res = (path: string, initiatorType: string, startTime: number, responseEnd: number, transferSize = 500): ResourceEntry => ({
  name: path.startsWith("http") ? path : `${O}${path}`,
  initiatorType,
  startTime,
  responseEnd,
  transferSize,
  decodedBodySize: 1000,
});

function load(resources: ResourceEntry[], tti = 900): PageLoad {
  return { tti, fcp: 120, domContentLoaded: 300, origin: O, resources, longTasks: [[200, 80], [850, 60], [1200, 500]] };
}

describe("longestSerialChain", () => {
  it("counts requests that wait for each other, not those in parallel", () => {
    expect(longestSerialChain([])).toBe(0);
    expect(longestSerialChain([{ startTime: 0, responseEnd: 10 }, { startTime: 1, responseEnd: 12 }])).toBe(1);
    // config → sign-in → (objectives ‖ departments ‖ directory)
    const chain = [
      { startTime: 300, responseEnd: 340 },
      { startTime: 341, responseEnd: 390 },
      { startTime: 390.5, responseEnd: 450 },
      { startTime: 391, responseEnd: 470 },
      { startTime: 392, responseEnd: 460 },
    ];
    expect(longestSerialChain(chain)).toBe(3);
  });
});

describe("breakdown", () => {
  const page = load([
    res("/js/react.abc.js", "script", 20, 100),
    res("/js/fluent.abc.js", "script", 20, 150, 0),
    res("https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "script", 10, 30, 0),
    res("/api/client-config", "fetch", 300, 340),
    res("/api/dev/token", "fetch", 341, 390),
    res("/api/objectives", "fetch", 391, 450),
    res("/api/departments", "fetch", 392, 470),
    res("/api/agendas/x/events", "fetch", 950, 5000),
  ]);

  it("reads scripts, cache hits, API requests in series and long tasks before the control", () => {
    expect(breakdown(page)).toEqual({
      tti: 900,
      fcp: 120,
      domContentLoaded: 300,
      scripts: 2,
      scriptsFromCache: 1,
      scriptsEnd: 150,
      apiRequests: 4,
      apiInSeries: 3,
      apiFirstStart: 300,
      apiLastEnd: 470,
      longTaskMs: 140,
    });
    expect(cacheHits([page, page])).toEqual({ fromCache: 2, total: 4 });
  });

  it("describes the medians in one line", () => {
    expect(describeLoads([page])).toBe("first paint 120 · scripts 2 in by 150 · DOMContentLoaded 300 · API 4 requests (3 in series) 300→470 · main control 900 · long tasks 140 ms");
    expect(describeLoads([load([res("/js/a.js", "script", 0, 50)])])).toContain("no API requests");
  });
});
