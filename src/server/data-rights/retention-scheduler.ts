// Runs the retention job (retention.ts) every RETENTION_INTERVAL_SEC on whichever instance holds the
// "retention" lease, the way the reminders run (reminders/leased-job.ts).
import type { Db } from "../db/database";
import { startLeasedJob, type LeasedJob, type SchedulerLog } from "../reminders/leased-job";
import { purgeExpired, type PurgeResult } from "./retention";

export const RETENTION_LEASE = "retention";

export function startRetentionScheduler(options: { db: Db; intervalMs: number; log: SchedulerLog; now?: () => Date; firstRunDelayMs?: number }): LeasedJob<PurgeResult> {
  return startLeasedJob<PurgeResult>({
    db: options.db,
    name: RETENTION_LEASE,
    intervalMs: options.intervalMs,
    log: options.log,
    failure: "the retention job failed; it runs again at the next interval",
    firstRunDelayMs: options.firstRunDelayMs ?? Math.min(30_000, options.intervalMs),
    ...(options.now ? { now: options.now } : {}),
    async run(at) {
      const result = await purgeExpired(options.db, at);
      const agendas = Object.values(result.agendas).reduce((a, b) => a + b, 0);
      if (agendas > 0 || result.idempotencyKeys > 0) options.log.info({ agendas, idempotencyKeys: result.idempotencyKeys }, "retention job deleted expired data");
      return result;
    },
  });
}
