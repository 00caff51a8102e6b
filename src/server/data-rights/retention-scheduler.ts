// Runs the retention job (retention.ts) every RETENTION_INTERVAL_SEC on whichever instance holds
// the "retention" lease (the reminders' lease table), never two runs at once in one process.
import { randomUUID } from "node:crypto";
import type { Db } from "../db/database";
import { releaseLease, tryAcquireLease } from "../reminders/job-lease";
import { purgeExpired, type PurgeResult } from "./retention";

export const RETENTION_LEASE = "retention";

export interface RetentionScheduler {
  tick(): Promise<PurgeResult | null>;
  stop(): Promise<void>;
}

export function startRetentionScheduler(options: {
  db: Db;
  intervalMs: number;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  now?: () => Date;
  firstRunDelayMs?: number;
}): RetentionScheduler {
  const holder = `${process.pid}-${randomUUID()}`;
  const now = options.now ?? (() => new Date());
  const ttlMs = Math.max(2 * options.intervalMs, 60_000);
  let running: Promise<PurgeResult | null> | null = null;
  let stopped = false;

  async function runOnce(): Promise<PurgeResult | null> {
    const at = now();
    if (!(await tryAcquireLease(options.db, { name: RETENTION_LEASE, holder, ttlMs, nowMs: at.getTime() }))) return null;
    const result = await purgeExpired(options.db, at);
    const agendas = Object.values(result.agendas).reduce((a, b) => a + b, 0);
    if (agendas > 0 || result.idempotencyKeys > 0) options.log.info({ agendas, idempotencyKeys: result.idempotencyKeys }, "retention job deleted expired data");
    return result;
  }

  function tick(): Promise<PurgeResult | null> {
    if (stopped) return Promise.resolve(null);
    if (running) return running.then(() => null);
    running = runOnce()
      .catch((error: unknown) => {
        options.log.warn({ err: error }, "the retention job failed; it runs again at the next interval");
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const first = setTimeout(() => void tick(), options.firstRunDelayMs ?? Math.min(30_000, options.intervalMs));
  const timer = setInterval(() => void tick(), options.intervalMs);
  first.unref();
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
      await releaseLease(options.db, RETENTION_LEASE, holder).catch(() => undefined);
    },
  };
}
