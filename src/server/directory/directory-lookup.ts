// Where people's names and departments come from. Local mode reads the directory_users table; an
// Entra mode implementation (Microsoft Graph on behalf of the user, caching into the same table)
// can be added behind the same interface without touching the routes.
import type { DirectoryEntry } from "../../core/api/contract";
import type { Db } from "../db/database";
import { findDirectoryUserRows } from "./directory.repository";

export interface DirectoryLookup {
  /** The people it knows among `emails` (lower-case); unknown people are simply left out. */
  findPeople(tenantId: string, emails: readonly string[]): Promise<DirectoryEntry[]>;
}

export function localDirectoryLookup(db: Db): DirectoryLookup {
  return {
    async findPeople(tenantId, emails) {
      const rows = await findDirectoryUserRows(db, tenantId, emails);
      return rows.map((r) => ({ email: r.email, name: r.name, department: r.department }));
    },
  };
}
