// A small closed-loop HTTP load generator: `connections` workers on keep-alive sockets, each sending
// its next request as soon as the previous answer is read, until the deadline. Loopback only.
import http from "node:http";

export interface LoadRequest {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  headers?: Record<string, string>;
  /** JSON text. */
  body?: string;
  /** Label for per-kind latency (e.g. "read", "write"). */
  kind?: string;
}

export interface LoadOptions {
  baseUrl: string;
  connections: number;
  durationMs: number;
  /** The next request of worker `worker` (its `i`-th). */
  next(worker: number, i: number): LoadRequest;
  /** Per-request timeout; a timeout counts as an error. */
  timeoutMs?: number;
  /** Each worker stops after this many requests (the deadline still bounds the run). */
  requestsPerWorker?: number;
}

export interface LoadResult {
  requests: number;
  elapsedMs: number;
  requestsPerSecond: number;
  /** Latencies (ms) of answered requests, by kind ("all" holds every one). */
  latencies: Map<string, number[]>;
  /** Answered requests by HTTP status. */
  statuses: Map<number, number>;
  /** Requests without an answer (connection errors, timeouts), by error code. */
  errors: Map<string, number>;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** Throws unless the URL points at this machine: the generator must never load someone else's server. */
export function assertLoopback(baseUrl: string): URL {
  const url = new URL(baseUrl);
  if (url.protocol !== "http:") throw new Error(`Only http:// loopback targets are allowed (got ${url.protocol})`);
  if (!LOOPBACK.has(url.hostname) && !/^127\.\d+\.\d+\.\d+$/.test(url.hostname)) {
    throw new Error(`Refusing to load ${url.hostname}: only loopback targets (127.0.0.1, localhost, ::1) are allowed`);
  }
  return url;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = assertLoopback(options.baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections, maxFreeSockets: options.connections });
  const latencies = new Map<string, number[]>([["all", []]]);
  const statuses = new Map<number, number>();
  const errors = new Map<string, number>();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const started = performance.now();
  const deadline = started + options.durationMs;
  let requests = 0;

  const once = (req: LoadRequest) =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const headers: Record<string, string> = { ...req.headers };
      if (req.body !== undefined) {
        headers["content-type"] = "application/json";
        headers["content-length"] = String(Buffer.byteLength(req.body));
      }
      const r = http.request(
        { agent, host: url.hostname.replace(/^\[|\]$/g, ""), port: url.port, method: req.method, path: req.path, headers },
        (res) => {
          res.on("data", () => undefined);
          res.on("end", () => {
            const dt = performance.now() - t0;
            latencies.get("all")!.push(dt);
            if (req.kind) {
              if (!latencies.has(req.kind)) latencies.set(req.kind, []);
              latencies.get(req.kind)!.push(dt);
            }
            statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
            resolve();
          });
          res.on("error", (e: NodeJS.ErrnoException) => {
            errors.set(e.code ?? e.message, (errors.get(e.code ?? e.message) ?? 0) + 1);
            resolve();
          });
        },
      );
      r.setTimeout(timeoutMs, () => r.destroy(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" })));
      r.on("error", (e: NodeJS.ErrnoException) => {
        errors.set(e.code ?? e.message, (errors.get(e.code ?? e.message) ?? 0) + 1);
        resolve();
      });
      if (req.body !== undefined) r.write(req.body);
      r.end();
    });

  const worker = async (w: number) => {
    const limit = options.requestsPerWorker ?? Number.POSITIVE_INFINITY;
    for (let i = 0; i < limit && performance.now() < deadline; i++) {
      await once(options.next(w, i));
      requests++;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, w) => worker(w)));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { requests, elapsedMs, requestsPerSecond: requests / (elapsedMs / 1000), latencies, statuses, errors };
}
