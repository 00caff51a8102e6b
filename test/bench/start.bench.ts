// How long `npm start` takes to a healthy /healthz, as a person on this machine types it: once to
// make sure the client build is current (that run may build; it is reported, not judged), then
// BENCH_START_RUNS more on the unchanged tree, each a fresh process with its own data directory.
// The load average is printed with the figures: on two shared cores a busy machine doubles them.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import type { BenchRow } from "./bench-row";
import { freePort, ROOT } from "./support/bench-server";
import { summarize } from "./support/stats";

const RUNS = Math.max(1, Number(process.env.BENCH_START_RUNS ?? 5));
const GOAL_MS = 5_000;

interface StartSample {
  ms: number;
  built: boolean;
}

async function startOnce(): Promise<StartSample> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "cp-start-"));
  // As a person types it: no NODE_ENV from the bench's own environment.
  const { NODE_ENV: _ignored, ...inherited } = process.env;
  const env = { ...inherited, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, REMINDERS_INTERVAL_SEC: "0" };
  const started = performance.now();
  // detached: npm, tsx and the server are one process group, stopped together below.
  const child = spawn("npm", ["start", "--silent"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout.on("data", (d) => (log = (log + String(d)).slice(-20_000)));
  child.stderr.on("data", (d) => (log = (log + String(d)).slice(-20_000)));
  try {
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited early:\n${log}`);
      if (Date.now() > deadline) throw new Error(`npm start was not healthy within 10 minutes:\n${log}`);
      const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        async (res) => (await res.arrayBuffer(), res.ok),
        () => false,
      );
      if (healthy) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return { ms: performance.now() - started, built: log.includes("Building the client") };
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchRow[]> {
  const first = await startOnce();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push((await startOnce()).ms);
  const s = summarize(samples);
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(" / ");
  return [
    {
      section: "start",
      measure: `first npm start (${first.built ? "built the client" : "build was current"})`,
      value: `${(first.ms / 1000).toFixed(1)} s`,
    },
    {
      section: "start",
      measure: `npm start on an unchanged tree, median of ${s.n}`,
      value: `${(s.p50 / 1000).toFixed(1)} s (max ${(s.max / 1000).toFixed(1)} s)`,
      goal: `< ${GOAL_MS / 1000} s`,
      ok: s.p50 < GOAL_MS,
    },
    { section: "start", measure: "load average (1 / 5 / 15 min) after the runs", value: load },
  ];
}
