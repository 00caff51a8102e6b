// Storage trouble that a generic 500 would hide: a full disk, a corrupt database file, failing I/O.
// Each is recognised from the driver's error code (SQLite's result codes, PostgreSQL's SQLSTATE),
// logged once per occurrence with words an administrator searches for ("disk is full"), answered
// 503 with Retry-After, and shown by /healthz as `status: "degraded"` — a full disk for a few
// minutes after the last failure, corruption until an integrity check passes again.
// SQLite's file is checked with PRAGMA quick_check at start and every DB_CHECK_INTERVAL_SEC, in a
// worker thread: the check reads the whole file and must not stop the server answering meanwhile.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

export type StorageProblemKind = "disk_full" | "corrupt" | "io_error";

export interface StorageProblem {
  kind: StorageProblemKind;
  /** What happened, for the log and /healthz. */
  message: string;
  at: string;
}

/** A full disk or failing I/O counts as current for this long after its last occurrence. */
export const TRANSIENT_PROBLEM_MS = 5 * 60_000;

const SQLITE_CODES: Record<string, StorageProblemKind> = {
  SQLITE_FULL: "disk_full",
  SQLITE_CORRUPT: "corrupt",
  SQLITE_NOTADB: "corrupt",
  SQLITE_IOERR: "io_error",
};

const PG_CODES: Record<string, StorageProblemKind> = {
  "53100": "disk_full", // disk_full
  XX001: "corrupt", // data_corrupted
  XX002: "corrupt", // index_corrupted
  "58030": "io_error", // io_error
};

const DESCRIPTION: Record<StorageProblemKind, string> = {
  disk_full: "the database's disk is full: free space where the database keeps its files (DATA_DIR, or the PostgreSQL server's volume); writes fail until then",
  corrupt: "the database file is corrupt: stop the server and restore the latest backup (README: Backup and restore)",
  io_error: "the database could not read or write its files (I/O error): check the disk and its free space",
};

/** The storage problem an error from the database driver means, if any. */
export function storageProblemOf(error: unknown): StorageProblemKind | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  // Extended SQLite codes (SQLITE_IOERR_WRITE, SQLITE_CORRUPT_VTAB…) share their primary code's meaning.
  const primary = code.startsWith("SQLITE_") ? code.split("_").slice(0, 2).join("_") : code;
  return SQLITE_CODES[primary] ?? PG_CODES[code];
}

export const describeStorageProblem = (kind: StorageProblemKind) => DESCRIPTION[kind];

export interface StorageHealth {
  /** Records a problem now (an error seen by a request, or a failed integrity check). */
  report(kind: StorageProblemKind, detail?: string): StorageProblem;
  /** A passed integrity check: the file is not (or no longer) corrupt. */
  integrityOk(): void;
  /** Problems that still count. */
  current(): StorageProblem[];
}

export function createStorageHealth(now: () => number = Date.now): StorageHealth {
  const last = new Map<StorageProblemKind, { problem: StorageProblem; atMs: number }>();
  return {
    report(kind, detail) {
      const problem: StorageProblem = { kind, message: detail ? `${DESCRIPTION[kind]} (${detail})` : DESCRIPTION[kind], at: new Date(now()).toISOString() };
      last.set(kind, { problem, atMs: now() });
      return problem;
    },
    integrityOk() {
      last.delete("corrupt");
    },
    current() {
      const t = now();
      return [...last.values()].filter(({ problem, atMs }) => problem.kind === "corrupt" || t - atMs < TRANSIENT_PROBLEM_MS).map(({ problem }) => problem);
    },
  };
}

// CommonJS run by the worker: better-sqlite3 is resolved by the parent and passed in.
const CHECK_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
try {
  const Database = require(workerData.driver);
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const rows = db.pragma("quick_check(20)");
    parentPort.postMessage({ ok: true, lines: rows.map((r) => String(Object.values(r)[0])) });
  } finally {
    db.close();
  }
} catch (error) {
  parentPort.postMessage({ ok: false, code: error && error.code, message: String(error && error.message) });
}`;

export type IntegrityResult = { ok: true } | { ok: false; kind: StorageProblemKind; detail: string };

/** PRAGMA quick_check of a SQLite file, read-only, in a worker thread. */
export async function checkSqliteFile(file: string): Promise<IntegrityResult> {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const answer = await new Promise<{ ok: boolean; lines?: string[]; code?: string; message?: string }>((resolve, reject) => {
    const worker = new Worker(CHECK_SOURCE, { eval: true, workerData: { file, driver } });
    worker.once("message", (m) => {
      resolve(m as { ok: boolean });
      void worker.terminate();
    });
    worker.once("error", reject);
  });
  if (answer.ok) {
    const lines = answer.lines ?? [];
    if (lines.length === 1 && lines[0] === "ok") return { ok: true };
    return { ok: false, kind: "corrupt", detail: `PRAGMA quick_check: ${lines.slice(0, 3).join("; ")}` };
  }
  const kind = storageProblemOf({ code: answer.code }) ?? "corrupt";
  return { ok: false, kind, detail: `${answer.code ?? "error"}: ${answer.message ?? ""}` };
}

export interface IntegrityChecks {
  /** Runs one check now; resolves when it is done. */
  runNow(): Promise<IntegrityResult>;
  stop(): void;
}

/** Checks `file` at once and then every `intervalSec` (0 = only at start), reporting into `health`. */
export function startIntegrityChecks(
  file: string,
  intervalSec: number,
  health: StorageHealth,
  log: { error(obj: object, msg: string): void; info(obj: object, msg: string): void },
): IntegrityChecks {
  let running: Promise<IntegrityResult> | null = null;
  const runNow = () =>
    (running ??= checkSqliteFile(file)
      .then((result) => {
        if (result.ok) {
          health.integrityOk();
          log.info({ file }, "database integrity check passed (PRAGMA quick_check)");
        }
        else {
          const problem = health.report(result.kind, result.detail);
          log.error({ storageProblem: problem.kind, file }, `database integrity check failed: ${problem.message}`);
        }
        return result;
      })
      .catch((error: unknown) => {
        log.error({ err: error, file }, "could not run the database integrity check");
        return { ok: true } as IntegrityResult;
      })
      .finally(() => {
        running = null;
      }));
  void runNow();
  const timer = intervalSec > 0 ? setInterval(() => void runNow(), intervalSec * 1000) : null;
  timer?.unref();
  return {
    runNow,
    stop: () => {
      if (timer) clearInterval(timer);
    },
  };
}
