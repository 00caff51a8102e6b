// `npm run backup [-- <file>]`: an online backup of the configured SQLite database (DATA_DIR) to a
// timestamped file under DATA_DIR/backups, or to <file>. Safe while the server runs. With
// DATABASE_URL (PostgreSQL) it explains pg_dump instead: the database server owns those backups.
import path from "node:path";
import { ConfigError, loadConfig } from "../config";
import { dbTargetFromConfig } from "../db/create-db";
import { backupSqlite, defaultBackupFile } from "./sqlite-backup";

export const PG_BACKUP_GUIDANCE = `DATABASE_URL points at PostgreSQL: npm run backup only backs up the embedded SQLite database.
Back up PostgreSQL with its own tools (online, consistent), for example:
  pg_dump --format=custom --file=common-purpose-$(date -u +%Y%m%d-%H%M%SZ).dump "$DATABASE_URL"
Restore into an empty database (stop the app instances first):
  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" common-purpose-<stamp>.dump
Managed PostgreSQL (Azure Database for PostgreSQL, RDS, Cloud SQL) also keeps automatic backups
with point-in-time restore; see README.md "Backup and restore".`;

async function main(argv: string[]): Promise<number> {
  const config = loadConfig();
  const target = dbTargetFromConfig(config);
  if (target.kind !== "sqlite") {
    process.stderr.write(`${PG_BACKUP_GUIDANCE}\n`);
    return 2;
  }
  const destination = argv[0] ? path.resolve(argv[0]) : defaultBackupFile(config.dataDir);
  process.stdout.write(`Backing up ${target.file}\n       to ${destination}\n`);
  let lastPercent = -1;
  const result = await backupSqlite(target.file, destination, ({ totalPages, remainingPages }) => {
    const percent = totalPages === 0 ? 100 : Math.floor(((totalPages - remainingPages) / totalPages) * 100);
    if (percent !== lastPercent) {
      lastPercent = percent;
      process.stdout.write(`  ${String(percent).padStart(3)}%  ${totalPages - remainingPages}/${totalPages} pages\n`);
    }
  });
  if (lastPercent !== 100) process.stdout.write(`  100%  ${result.totalPages}/${result.totalPages} pages\n`);
  process.stdout.write(
    `Done: ${result.totalPages} pages, ${(result.bytes / 1024 / 1024).toFixed(1)} MiB in ${result.ms} ms; integrity_check ok.\n` +
      `Restore: stop the server, then copy this file to ${target.file} (remove any ${path.basename(target.file)}-wal and -shm next to it).\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`Backup failed: ${message}\n`);
    process.exit(1);
  },
);
