// Runs the reminder job in-process every REMINDERS_INTERVAL_SEC, on whichever instance holds the
// "reminders" lease. A run that is still going when the next tick comes is not overlapped.
import { randomUUID } from "node:crypto";
import type { ReminderRunResult } from "../../core/api/reminders-contract";
import { releaseLease, tryAcquireLease } from "./job-lease";
import { runReminderJob, type ReminderJobDeps } from "./reminder-job";

export const REMINDER_LEASE = "reminders";

export interface SchedulerLog {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface ReminderSchedulerOptions extends Omit<ReminderJobDeps, "holder" | "log"> {
  intervalMs: number;
  /** Held this long after each run; another instance takes over when it has passed. Default max(2 × interval, 60 s). */
  leaseTtlMs?: number;
  /** Delay before the first run after start (default 10 s or the interval if shorter, so a starting server answers first). */
  firstRunDelayMs?: number;
  holder?: string;
  now?: () => Date;
  log: SchedulerLog;
}

export interface ReminderScheduler {
  readonly holder: string;
  /** One tick as the timer runs it: null when another instance holds the lease. */
  tick(): Promise<ReminderRunResult | null>;
  /** Stops the timer, waits for a running tick, gives the lease back. */
  stop(): Promise<void>;
}

export function startReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const holder = options.holder ?? `${process.pid}-${randomUUID()}`;
  const now = options.now ?? (() => new Date());
  const ttlMs = options.leaseTtlMs ?? Math.max(2 * options.intervalMs, 60_000);
  const deps: ReminderJobDeps = { db: options.db, config: options.config, notifier: options.notifier, holder, log: options.log };
  let running: Promise<ReminderRunResult | null> | null = null;
  let stopped = false;

  async function runOnce(): Promise<ReminderRunResult | null> {
    const at = now();
    if (!(await tryAcquireLease(options.db, { name: REMINDER_LEASE, holder, ttlMs, nowMs: at.getTime() }))) return null;
    const result = await runReminderJob(deps, { now: at });
    if (result.sent > 0 || result.failed > 0) options.log.info({ ...result }, "reminder job ran");
    return result;
  }

  function tick(): Promise<ReminderRunResult | null> {
    if (stopped) return Promise.resolve(null);
    if (running) return running.then(() => null);
    running = runOnce()
      .catch((error: unknown) => {
        options.log.warn({ err: error }, "the reminder job failed; it runs again at the next interval");
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
      await releaseLease(options.db, REMINDER_LEASE, holder).catch(() => undefined);
    },
  };
}
