// A job run in-process every interval on whichever server instance holds its lease (job-lease.ts).
// A run still going when the next tick comes is not overlapped; stop() waits for it and gives the
// lease back. The reminders and the retention job both run this way.
import { randomUUID } from "node:crypto";
import type { Db } from "../db/database";
import { releaseLease, tryAcquireLease } from "./job-lease";

export interface SchedulerLog {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface LeasedJobOptions<T> {
  db: Db;
  /** The lease's name (one job_leases row). */
  name: string;
  intervalMs: number;
  /** The work of one run, on the lease holder only. */
  run(at: Date, holder: string): Promise<T>;
  log: SchedulerLog;
  /** What the log says when a run throws. */
  failure: string;
  /** Held this long after each run; another instance takes over when it has passed. Default max(2 × interval, 60 s). */
  leaseTtlMs?: number;
  /** Delay before the first run after start (default 10 s or the interval if shorter, so a starting server answers first). */
  firstRunDelayMs?: number;
  holder?: string;
  now?: () => Date;
}

export interface LeasedJob<T> {
  readonly holder: string;
  /** One tick as the timer runs it: null when another instance holds the lease (or the run failed). */
  tick(): Promise<T | null>;
  /** Stops the timer, waits for a running tick, gives the lease back. */
  stop(): Promise<void>;
}

export function startLeasedJob<T>(options: LeasedJobOptions<T>): LeasedJob<T> {
  const holder = options.holder ?? `${process.pid}-${randomUUID()}`;
  const now = options.now ?? (() => new Date());
  const ttlMs = options.leaseTtlMs ?? Math.max(2 * options.intervalMs, 60_000);
  let running: Promise<T | null> | null = null;
  let stopped = false;

  async function runOnce(): Promise<T | null> {
    const at = now();
    if (!(await tryAcquireLease(options.db, { name: options.name, holder, ttlMs, nowMs: at.getTime() }))) return null;
    return options.run(at, holder);
  }

  function tick(): Promise<T | null> {
    if (stopped) return Promise.resolve(null);
    if (running) return running.then(() => null);
    running = runOnce()
      .catch((error: unknown) => {
        options.log.warn({ err: error }, options.failure);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const first = setTimeout(() => void tick(), options.firstRunDelayMs ?? Math.min(10_000, options.intervalMs));
  const timer = setInterval(() => void tick(), options.intervalMs);
  first.unref();
  timer.unref();

  return {
    holder,
    tick,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
      await releaseLease(options.db, options.name, holder).catch(() => undefined);
    },
  };
}
