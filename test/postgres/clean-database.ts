// Test files share one PostgreSQL database: each starts from empty tables, as it would on SQLite in
// memory, so no file sees another's rows.
import { sql } from "kysely";
import { beforeAll } from "vitest";
import { createDb } from "../../src/server/db/create-db";
import { truncateAll } from "../server/storage/storage-targets";

beforeAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const handle = await createDb({ kind: "postgres", url });
  try {
    await truncateAll(handle);
    // Reminders and sync (migration 2026-11-28-004-reminders).
    for (const table of ["commitment_links", "outbox_messages", "reminder_sends", "job_leases"]) {
      await sql`delete from ${sql.table(table)}`.execute(handle.db);
    }
    // Data rights and tenants (migrations 2026-12-07-401 and -402).
    for (const table of ["data_rights_audit", "tenant_settings", "tenants"]) {
      await sql`delete from ${sql.table(table)}`.execute(handle.db);
    }
  } finally {
    await handle.close();
  }
});
