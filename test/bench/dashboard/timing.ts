// Small timing helpers for the dashboard bench: percentiles and formatting.

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
export const seconds = (n: number) => `${(n / 1000).toFixed(1)} s`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export interface Samples {
  /** Wall-clock ms per run: what the caller waits. */
  wall: number[];
  /** CPU ms of this process per run: with SQLite (in-process) the work itself, free of the wait
   *  for a busy machine's cores; with PostgreSQL only the Node side. */
  cpu: number[];
}

/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns the durations in ms. */
export async function sample(runs: number, fn: (i: number) => Promise<void>, warmup = 2): Promise<Samples> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await fn(i);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}
