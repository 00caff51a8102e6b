// Many real SSE subscribers for the fan-out bench: one socket each (no agent pooling), a minimal
// parser that only needs each event's `id:` (the agenda revision) and when it arrived.
import http from "node:http";

export interface Subscriber {
  /** Revision of the first (catch-up) event. */
  readonly ready: Promise<number>;
  /** Resolves with performance.now() when the first event with a revision above `after` arrives. */
  eventAfter(after: number): Promise<number>;
  close(): void;
}

export function subscribe(baseUrl: string, path: string, headers: Record<string, string>): Subscriber {
  const url = new URL(path, baseUrl);
  let buffer = "";
  let firstRevision: ((rev: number) => void) | null = null;
  let failReady: ((error: Error) => void) | null = null;
  const waiters: { after: number; resolve: (at: number) => void }[] = [];
  const ready = new Promise<number>((resolve, reject) => {
    firstRevision = resolve;
    failReady = reject;
  });
  const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, headers: { accept: "text/event-stream", ...headers }, agent: false }, (res) => {
    if (res.statusCode !== 200) {
      failReady?.(new Error(`SSE ${res.statusCode}`));
      res.resume();
      return;
    }
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => {
      const at = performance.now();
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const id = /^id: (\d+)$/m.exec(block)?.[1];
        if (id === undefined) continue;
        const revision = Number(id);
        if (firstRevision) {
          firstRevision(revision);
          firstRevision = null;
        }
        for (let i = waiters.length - 1; i >= 0; i--) {
          const w = waiters[i]!;
          if (revision > w.after) {
            waiters.splice(i, 1);
            w.resolve(at);
          }
        }
      }
    });
  });
  req.on("error", (e) => failReady?.(e));
  req.end();
  return {
    ready,
    eventAfter: (after) => new Promise<number>((resolve) => waiters.push({ after, resolve })),
    close: () => req.destroy(),
  };
}

/** Opens `count` subscribers, `batch` at a time, and waits until each has its catch-up event. */
export async function subscribeMany(count: number, batch: number, open: () => Subscriber): Promise<{ subscribers: Subscriber[]; revision: number }> {
  const subscribers: Subscriber[] = [];
  let revision = 0;
  for (let i = 0; i < count; i += batch) {
    const group = Array.from({ length: Math.min(batch, count - i) }, open);
    subscribers.push(...group);
    for (const rev of await Promise.all(group.map((s) => s.ready))) revision = Math.max(revision, rev);
  }
  return { subscribers, revision };
}
