// Online backup of the SQLite database: SQLite's backup API copies the file page by page while the
// server keeps reading and writing (WAL), and the copy is one consistent snapshot. A plain file copy
// of a live WAL database is not: it may miss committed pages still in the -wal file.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

export interface BackupResult {
  file: string;
  totalPages: number;
  bytes: number;
  ms: number;
}

/** Where a backup goes when no path is given: <dataDir>/backups/common-purpose-<UTC stamp>.db. */
export function defaultBackupFile(dataDir: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z").replace("T", "-");
  return path.join(dataDir, "backups", `common-purpose-${stamp}.db`);
}

export async function backupSqlite(
  sourceFile: string,
  destinationFile: string,
  onProgress: (progress: BackupProgress) => void = () => {},
): Promise<BackupResult> {
  if (!existsSync(sourceFile)) throw new Error(`There is no database at ${sourceFile} (check DATA_DIR)`);
  if (existsSync(destinationFile)) throw new Error(`${destinationFile} already exists: choose another file name`);
  mkdirSync(path.dirname(destinationFile), { recursive: true });
  const { default: SQLite } = await import("better-sqlite3");
  const started = Date.now();
  // Not read-only: opening a WAL database needs its shared-memory file, and a read-only handle
  // could fail while the server has it open. The backup itself only reads.
  const source = new SQLite(sourceFile, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    const done = await source.backup(destinationFile, {
      progress(progress) {
        onProgress(progress);
        // Pages per step: small steps let the server's writes in between them.
        return 256;
      },
    });
    const copy = new SQLite(destinationFile, { fileMustExist: true });
    let bytes: number;
    try {
      // The copy is self-contained: no -wal file to carry around with it.
      copy.pragma("journal_mode = DELETE");
      const integrity = copy.pragma("integrity_check", { simple: true });
      if (integrity !== "ok") throw new Error(`The backup at ${destinationFile} failed its integrity check: ${String(integrity)}`);
      bytes = Number(copy.pragma("page_count", { simple: true })) * Number(copy.pragma("page_size", { simple: true }));
    } finally {
      copy.close();
    }
    return { file: destinationFile, totalPages: done.totalPages, bytes, ms: Date.now() - started };
  } finally {
    source.close();
  }
}
