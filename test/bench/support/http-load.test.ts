import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLoad } from "./http-load";
import { percentile, summarize } from "./stats";

let server: http.Server;
let baseUrl = "";
const sockets = new Set<number>();
beforeAll(async () => {
  server = http.createServer((req, res) => {
    sockets.add(req.socket.remotePort ?? 0);
    if (req.url === "/fail") {
      res.writeHead(503).end();
      return;
    }
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => res.writeHead(req.method === "POST" ? 201 : 200, { "content-type": "application/json" }).end(JSON.stringify({ echo: body })));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("runLoad", () => {
  it("keeps `connections` sockets alive, counts answers by status and latency by kind, and stops at the deadline", async () => {
    sockets.clear();
    const started = Date.now();
    const r = await runLoad({
      baseUrl,
      connections: 4,
      durationMs: 300,
      next: (_w, i) => (i % 3 === 0 ? { method: "POST", path: "/w", body: "{}", kind: "write" } : i % 3 === 1 ? { method: "GET", path: "/r", kind: "read" } : { method: "GET", path: "/fail" }),
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.requests).toBeGreaterThan(10);
    expect(r.statuses.get(201)).toBe(r.latencies.get("write")?.length);
    expect(r.statuses.get(200)).toBe(r.latencies.get("read")?.length);
    expect(r.statuses.get(503)).toBeGreaterThan(0);
    expect(r.latencies.get("all")).toHaveLength(r.requests);
    expect(r.errors.size).toBe(0);
    expect(sockets.size).toBeLessThanOrEqual(4);
  });

  it("stops each worker after requestsPerWorker", async () => {
    const r = await runLoad({ baseUrl, connections: 3, durationMs: 10_000, requestsPerWorker: 2, next: () => ({ method: "GET", path: "/r" }) });
    expect(r.requests).toBe(6);
  });

  it("counts a refused connection as an error, not an answer", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const r = await runLoad({ baseUrl: `http://127.0.0.1:${port}`, connections: 1, durationMs: 10_000, requestsPerWorker: 1, next: () => ({ method: "GET", path: "/" }) });
    expect(r.errors.get("ECONNREFUSED")).toBe(1);
    expect(r.statuses.size).toBe(0);
  });

  it("refuses to load anything but this machine", async () => {
    await expect(runLoad({ baseUrl: "http://example.com", connections: 1, durationMs: 10, next: () => ({ method: "GET", path: "/" }) })).rejects.toThrow(/loopback/);
  });
});

describe("percentiles", () => {
  it("uses the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
    expect(summarize([3, 1, 2])).toMatchObject({ n: 3, p50: 2, max: 3, mean: 2 });
  });
});
