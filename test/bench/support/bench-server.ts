// Starts a server process (the real one from bench-server-main.ts, or the bare Fastify baseline)
// on a free loopback port with a fresh data dir, and stops it. Also: memory of that process.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MemoryReport } from "./bench-server-main";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export interface BenchServer {
  baseUrl: string;
  pid: number;
  /** This server process's memory, after a forced GC (real server only). */
  memory(): Promise<MemoryReport>;
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment (DATABASE_URL, RATE_LIMIT_PER_MINUTE, BENCH_DIST_DIR, …); undefined unsets. */
  env?: Record<string, string | undefined>;
  /** Script relative to the repository root; defaults to the real server. */
  script?: string;
  /** Extra node flags (e.g. --cpu-prof for a profile of the server). */
  nodeArgs?: string[];
}

const REAL = "test/bench/support/bench-server-main.ts";

export async function startBenchServer(options: StartOptions = {}): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "cp-bench-"));
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = "";
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    NODE_ENV: "development",
    AUTH_MODE: "local",
    LOG_LEVEL: "warn",
    DEMO_DATA: "true",
    // Benches drive thousands of requests as a handful of users: the per-user limiter is not what
    // they measure (the load script can turn it back on).
    RATE_LIMIT_PER_MINUTE: "0",
    // The reminder job would scan and write while a figure is being measured.
    REMINDERS_INTERVAL_SEC: "0",
    ...options.env,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  const child: ChildProcess = spawn(process.execPath, ["--expose-gc", ...(options.nodeArgs ?? []), "--import", "tsx", options.script ?? REAL], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  child.stdout?.on("data", (d) => (log = (log + String(d)).slice(-20_000)));
  child.stderr?.on("data", (d) => (log = (log + String(d)).slice(-20_000)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not start in 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    pid: child.pid ?? -1,
    output: () => log,
    memory() {
      return new Promise<MemoryReport>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("the server did not report its memory")), 10_000);
        const onMessage = (message: unknown) => {
          const m = message as { type?: string; report?: MemoryReport };
          if (m.type !== "memory" || !m.report) return;
          clearTimeout(timer);
          child.off("message", onMessage);
          resolve(m.report);
        };
        child.on("message", onMessage);
        child.send({ type: "memory" });
      });
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
