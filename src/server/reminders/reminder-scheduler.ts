// Runs the reminder job in-process every REMINDERS_INTERVAL_SEC, on whichever instance holds the
// "reminders" lease (leased-job.ts). A run that is still going when the next tick comes is not overlapped.
import type { ReminderRunResult } from "../../core/api/reminders-contract";
import { startLeasedJob, type LeasedJob, type SchedulerLog } from "./leased-job";
import { runReminderJob, type ReminderJobDeps } from "./reminder-job";

export type { SchedulerLog } from "./leased-job";

export const REMINDER_LEASE = "reminders";

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

export type ReminderScheduler = LeasedJob<ReminderRunResult>;

export function startReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  return startLeasedJob<ReminderRunResult>({
    db: options.db,
    name: REMINDER_LEASE,
    intervalMs: options.intervalMs,
    log: options.log,
    failure: "the reminder job failed; it runs again at the next interval",
    ...(options.leaseTtlMs !== undefined ? { leaseTtlMs: options.leaseTtlMs } : {}),
    ...(options.firstRunDelayMs !== undefined ? { firstRunDelayMs: options.firstRunDelayMs } : {}),
    ...(options.holder !== undefined ? { holder: options.holder } : {}),
    ...(options.now ? { now: options.now } : {}),
    async run(at, holder) {
      const deps: ReminderJobDeps = { db: options.db, config: options.config, notifier: options.notifier, holder, log: options.log };
      const result = await runReminderJob(deps, { now: at });
      if (result.sent > 0 || result.failed > 0) options.log.info({ ...result }, "reminder job ran");
      return result;
    },
  });
}
