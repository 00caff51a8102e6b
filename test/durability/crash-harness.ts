// Runs the real server as a child process (node --import tsx src/server/main.ts) so that it can be
// killed with SIGKILL mid-write, then restarted on the same data; and drives it with a
// bounded-concurrency client over real sockets. Shared by the SQLite and PostgreSQL crash tests.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { Db } from "../../src/server/db/database";

const root = fileURLToPath(new URL("../..", import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export interface ChildServer {
  baseUrl: string;
  /** SIGKILL: no shutdown hook runs, in-flight requests die with the process. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  output(): string;
}

/** Starts the server on `port` with `env` (DATA_DIR or DATABASE_URL) and waits for /healthz. */
export async function startChild(port: number, env: Record<string, string>): Promise<ChildServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: baseUrl,
      NODE_ENV: "development",
      AUTH_MODE: "local",
      DEMO_DATA: "false",
      LOG_LEVEL: "warn",
      // One user sends 2,000 writes at once on purpose: the per-user limit is not under test here.
      RATE_LIMIT_PER_MINUTE: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { baseUrl, output: () => log, kill: () => stopWith("SIGKILL"), stop: () => stopWith("SIGTERM") };
}

export async function devToken(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, name: "Durability" }),
  });
  if (!res.ok) throw new Error(`dev token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export interface WriteSpec {
  key: string;
  kind: "commitment" | "contribution";
  agendaId: string;
}

export function writeRequest(spec: WriteSpec, owner: string) {
  return spec.kind === "commitment"
    ? { url: `/api/agendas/${spec.agendaId}/commitments`, body: { ownerEmail: owner, action: spec.key, dueDate: "2099-01-01" } }
    : { url: `/api/agendas/${spec.agendaId}/contributions`, body: { department: "営業部", text: spec.key } };
}

export async function postJson(baseUrl: string, token: string, url: string, body: unknown, key?: string): Promise<Response> {
  return fetch(`${baseUrl}${url}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...(key ? { "idempotency-key": key } : {}) },
    body: JSON.stringify(body),
  });
}

export async function createAgendas(baseUrl: string, token: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await postJson(baseUrl, token, "/api/agendas", {
      subject: `Durability ${i}`,
      objectiveTitle: "Survive a crash",
      departments: [{ name: "営業部" }, { name: "企画部" }],
      attendees: [{ email: "sales@contoso.example", name: "Sales", department: "営業部" }],
    });
    if (res.status !== 201) throw new Error(`agenda: ${res.status} ${await res.text()}`);
    ids.push(((await res.json()) as { id: string }).id);
  }
  return ids;
}

export interface Outcome {
  /** Keys whose 2xx response reached the client, with the id the server returned. */
  acked: Map<string, string>;
  /** Keys sent (or never sent) without a 2xx reaching the client. */
  unacked: WriteSpec[];
  /** Answers that were not 2xx, by status (diagnostics when the kill never came). */
  refused: Record<number, number>;
}

/**
 * Sends every write with at most `concurrency` in flight; calls `onAck` after each 2xx (the test
 * kills the server from there). After a failure the server is gone: the rest are not sent.
 */
export async function fireWrites(
  baseUrl: string,
  token: string,
  owner: string,
  specs: WriteSpec[],
  concurrency: number,
  onAck: (ackedSoFar: number) => void,
): Promise<Outcome> {
  const acked = new Map<string, string>();
  const unacked: WriteSpec[] = [];
  const refused: Record<number, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < specs.length) {
      const spec = specs[next++]!;
      const { url, body } = writeRequest(spec, owner);
      try {
        const res = await postJson(baseUrl, token, url, body, spec.key);
        if (res.status >= 200 && res.status < 300) {
          acked.set(spec.key, ((await res.json()) as { id: string }).id);
          onAck(acked.size);
        } else {
          refused[res.status] = (refused[res.status] ?? 0) + 1;
          unacked.push(spec);
        }
      } catch {
        unacked.push(spec);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { acked, unacked, refused };
}

/** Rows per key (text of a contribution, action of a commitment) and the ids present. */
export async function rowsByKey(db: Db, prefix: string): Promise<{ perKey: Map<string, number>; ids: Set<string> }> {
  const perKey = new Map<string, number>();
  const ids = new Set<string>();
  const contributions = await db.selectFrom("contributions").select(["id", "text as key"]).where("text", "like", `${prefix}%`).execute();
  const commitments = await db.selectFrom("commitments").select(["id", "action as key"]).where("action", "like", `${prefix}%`).execute();
  for (const row of [...contributions, ...commitments]) {
    perKey.set(row.key, (perKey.get(row.key) ?? 0) + 1);
    ids.add(row.id);
  }
  return { perKey, ids };
}

/**
 * Retries each write with its key until it gets a 2xx (a replay or the first apply). `waited`
 * counts "still being processed" answers: claims of the killed process that were not freed.
 */
export async function retryAll(
  baseUrl: string,
  token: string,
  owner: string,
  specs: WriteSpec[],
  concurrency: number,
): Promise<{ replayed: number; waited: number }> {
  let replayed = 0;
  let waited = 0;
  let next = 0;
  const worker = async () => {
    while (next < specs.length) {
      const spec = specs[next++]!;
      const { url, body } = writeRequest(spec, owner);
      for (let attempt = 0; ; attempt++) {
        const res = await postJson(baseUrl, token, url, body, spec.key);
        if (res.status >= 200 && res.status < 300) {
          if (res.headers.get("idempotent-replayed") === "true") replayed++;
          await res.arrayBuffer();
          break;
        }
        const text = await res.text();
        if (res.status === 409) waited++;
        if ((res.status !== 409 && res.status !== 429 && res.status < 500) || attempt > 100) throw new Error(`retry of ${spec.key} failed: ${res.status} ${text}`);
        await new Promise((r) => setTimeout(r, Number(res.headers.get("retry-after") ?? "1") * 1000));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { replayed, waited };
}
