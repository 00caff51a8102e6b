// SQL for the local directory of people (local mode's source of truth; a cache in Entra mode).
import type { Selectable } from "kysely";
import type { DirectoryEntry } from "../../core/api/contract";
import type { Db, DirectoryUsersTable } from "../db/database";
import { nowIso } from "../ids";

export type DirectoryUserRow = Selectable<DirectoryUsersTable>;

// Keeps each statement well under SQLite's and PostgreSQL's bound-parameter limits.
const BATCH = 200;

/** The rows known for these (lower-case) emails, in no particular order. */
export async function findDirectoryUserRows(db: Db, tenantId: string, emails: readonly string[]): Promise<DirectoryUserRow[]> {
  const unique = [...new Set(emails)];
  const rows: DirectoryUserRow[] = [];
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = unique.slice(i, i + BATCH);
    rows.push(
      ...(await db.selectFrom("directory_users").selectAll().where("tenant_id", "=", tenantId).where("email", "in", batch).execute()),
    );
  }
  return rows;
}

/** Object ids Graph gave for these (lower-case) addresses, fresher than `since` (ISO), by address. */
export async function directoryObjectIds(db: Db, tenantId: string, emails: readonly string[], since: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const row of await findDirectoryUserRows(db, tenantId, emails)) {
    if (row.oid && row.updated_at > since) out.set(row.email, row.oid);
  }
  return out;
}

/**
 * Inserts or refreshes people (the demo seed, a later CSV import or Graph cache). Emails are
 * stored lower-case; a later entry for the same email wins.
 */
export async function upsertDirectoryUsers(
  db: Db,
  tenantId: string,
  entries: readonly (DirectoryEntry & { oid?: string | null })[],
): Promise<void> {
  const now = nowIso();
  const byEmail = new Map<string, DirectoryUserRow>();
  for (const e of entries) {
    const email = e.email.trim().toLowerCase();
    byEmail.set(email, { tenant_id: tenantId, email, name: e.name, department: e.department, updated_at: now, oid: e.oid ?? null });
  }
  const rows = [...byEmail.values()];
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insertInto("directory_users")
      .values(rows.slice(i, i + BATCH))
      .onConflict((oc) =>
        oc.columns(["tenant_id", "email"]).doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          department: eb.ref("excluded.department"),
          updated_at: eb.ref("excluded.updated_at"),
          // Who an address belongs to is what Graph said last; a source without object ids
          // (a CSV import, the demo seed) clears it rather than keeping a stale one.
          oid: eb.ref("excluded.oid"),
        })),
      )
      .execute();
  }
}
