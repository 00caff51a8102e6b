// CPU-heavy work (the coach's analysis of a long text) takes turns with everything else: at most one
// such job runs per turn of the event loop, so requests that arrive meanwhile — /healthz, another
// tenant's reads — are answered between two jobs instead of after all of them. Node runs the handlers
// of requests that arrive together back to back; without this, eight coach requests arriving at once
// would hold the loop for eight analyses in a row. Jobs wait in a bounded queue; beyond it, 429.
import { HttpError } from "./http-error";

export const CPU_QUEUE_MAX = 64;
export const CPU_BUSY = "The server is busy with long analyses — try again in a moment";

export interface CpuTurns {
  /** Runs `work` (synchronous) in a turn of its own; throws 429 when too many wait. */
  run<T>(work: () => T): Promise<T>;
  /** Jobs waiting now (tests). */
  readonly waiting: number;
}

export function createCpuTurns(maxWaiting = CPU_QUEUE_MAX): CpuTurns {
  const queue: (() => void)[] = [];
  let scheduled = false;
  const pump = () => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    // setImmediate, not a microtask: the loop polls for I/O before the next job starts.
    setImmediate(() => {
      scheduled = false;
      queue.shift()?.();
      pump();
    });
  };
  return {
    run(work) {
      if (queue.length >= maxWaiting) return Promise.reject(new HttpError("rate_limited", CPU_BUSY, {}, { "Retry-After": "1" }));
      return new Promise((resolve, reject) => {
        queue.push(() => {
          try {
            resolve(work());
          } catch (error) {
            reject(error);
          }
        });
        pump();
      });
    },
    get waiting() {
      return queue.length;
    },
  };
}
