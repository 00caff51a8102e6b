// A dedicated PostgreSQL connection that LISTENs on one channel. Pooled connections can't LISTEN
// (the pool hands them to other queries), so this one is held for the life of the instance; when it
// drops (server restart, network, idle kill) it reconnects with growing delays and LISTENs again,
// then calls onReconnect so that the caller can catch up on notifications lost in the gap.
import type { Client, Notification } from "pg";

export interface PgListenerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface PgListenerOptions {
  url: string;
  channel: string;
  onNotification(payload: string): void;
  /** After every reconnect (not the first connect): notifications may have been missed. */
  onReconnect?(): void;
  log: PgListenerLog;
  /** Defaults to LISTENER_APPLICATION_NAME. */
  applicationName?: string;
  /** First retry delay; doubles up to maxDelayMs. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface PgListener {
  /** True while LISTEN is active on a live connection. */
  readonly connected: boolean;
  close(): Promise<void>;
}

/** Names the connection in pg_stat_activity, so an operator can tell listeners from pooled queries. */
export const LISTENER_APPLICATION_NAME = "common-purpose-listener";

const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connects and LISTENs; resolves after the first attempt (it keeps retrying in the background). */
export async function startPgListener(options: PgListenerOptions): Promise<PgListener> {
  if (!CHANNEL_NAME.test(options.channel)) throw new Error(`invalid channel name ${options.channel}`);
  const { default: pg } = await import("pg");
  const minDelay = options.minDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let client: Client | null = null;
  let connected = false;
  let closed = false;
  let attempt = 0;
  let everConnected = false;
  let timer: NodeJS.Timeout | undefined;

  const scheduleReconnect = () => {
    if (closed || timer) return;
    const delay = Math.min(maxDelay, minDelay * 2 ** Math.min(attempt, 16));
    attempt++;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
    timer.unref();
  };

  const lost = (current: Client, error?: Error) => {
    if (client !== current) return;
    client = null;
    connected = false;
    current.removeAllListeners();
    // An error event can follow: a client without an error listener would crash the process.
    current.on("error", () => {});
    current.end().catch(() => {});
    if (!closed) {
      options.log.warn({ err: error, channel: options.channel }, "live-event connection to PostgreSQL lost; reconnecting");
      scheduleReconnect();
    }
  };

  const connect = async () => {
    const current = new pg.Client({ connectionString: options.url, keepAlive: true, application_name: options.applicationName ?? LISTENER_APPLICATION_NAME });
    client = current;
    current.on("error", (error) => lost(current, error));
    current.on("end", () => lost(current));
    current.on("notification", (message: Notification) => {
      if (message.channel === options.channel && message.payload !== undefined) options.onNotification(message.payload);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${options.channel}`);
      if (closed || client !== current) {
        await current.end().catch(() => {});
        return;
      }
      connected = true;
      attempt = 0;
      if (everConnected) {
        options.log.info({ channel: options.channel }, "live-event connection to PostgreSQL restored");
        options.onReconnect?.();
      }
      everConnected = true;
    } catch (error) {
      lost(current, error as Error);
    }
  };

  await connect();
  return {
    get connected() {
      return connected;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      const current = client;
      client = null;
      connected = false;
      if (current) {
        current.removeAllListeners();
        current.on("error", () => {});
        await current.end().catch(() => {});
      }
    },
  };
}
