// Where people's names and departments come from. Local mode reads the directory_users table; an
// Entra mode implementation (Microsoft Graph on behalf of the user, caching into the same table)
// can be added behind the same interface without touching the routes.
import type { DirectoryEntry } from "../../core/api/contract";
import type { Db } from "../db/database";
import { findDirectoryUserRows } from "./directory.repository";

/** Who is asking: Entra mode's Graph lookup acts on their behalf with their access token. */
export interface DirectoryCaller {
  /** The caller's bearer token for our API (null when the request had none). */
  bearerToken: string | null;
  log?: { warn(details: object, message: string): void };
}

export interface DirectoryLookup {
  /** The people it knows among `emails` (lower-case); unknown people are simply left out. */
  findPeople(tenantId: string, emails: readonly string[], caller?: DirectoryCaller): Promise<DirectoryEntry[]>;
}

/** The bearer token of an Authorization header value (the auth hook has already verified it). */
export function bearerTokenOf(header: string | undefined): string | null {
  return /^Bearer[ ]+(\S+)[ ]*$/i.exec(header ?? "")?.[1] ?? null;
}

export function localDirectoryLookup(db: Db): DirectoryLookup {
  return {
    async findPeople(tenantId, emails) {
      const rows = await findDirectoryUserRows(db, tenantId, emails);
      return rows.map((r) => ({ email: r.email, name: r.name, department: r.department }));
    },
  };
}
