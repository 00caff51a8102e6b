// Entra mode's directory: names and departments from Microsoft Graph on behalf of the caller, cached
// per tenant in the directory_users table for a configurable time. Graph failures never fail the
// request: what the table knows (even stale) is returned, and the failure is logged for the admin.
import type { DirectoryEntry } from "../../core/api/contract";
import type { Db } from "../db/database";
import type { GraphClient } from "../graph/graph-client";
import { GraphError } from "../graph/graph-error";
import { findUserByEmail } from "../graph/graph-queries";
import type { TokenExchanger } from "../graph/token-exchanger";
import type { DirectoryLookup } from "./directory-lookup";
import { findDirectoryUserRows, upsertDirectoryUsers, type DirectoryUserRow } from "./directory.repository";

export interface GraphDirectoryOptions {
  db: Db;
  graph: GraphClient;
  exchanger: TokenExchanger;
  /** Scopes asked for in the on-behalf-of exchange, e.g. ["https://graph.microsoft.com/.default"]. */
  graphScopes: readonly string[];
  /** Rows younger than this are used without asking Graph. */
  ttlSec: number;
  /** Parallel Graph requests per lookup (Graph throttles per app and tenant). */
  concurrency?: number;
  now?: () => number;
}

export function graphDirectoryLookup(options: GraphDirectoryOptions): DirectoryLookup {
  const now = options.now ?? Date.now;
  const concurrency = options.concurrency ?? 4;

  return {
    async findPeople(tenantId, emails, caller) {
      const rows = await findDirectoryUserRows(options.db, tenantId, emails);
      const byEmail = new Map(rows.map((r) => [r.email, r]));
      const freshAfter = now() - options.ttlSec * 1000;
      const missing = [...new Set(emails)].filter((e) => {
        const row = byEmail.get(e);
        return !row || Date.parse(row.updated_at) <= freshAfter;
      });

      if (missing.length > 0 && caller?.bearerToken) {
        try {
          const token = await options.exchanger.exchange({ tenantId, assertion: caller.bearerToken, scopes: options.graphScopes });
          const found = await mapLimited(missing, concurrency, (email) => findUserByEmail(options.graph, token, email));
          // People Graph doesn't know are cached too (empty name and department), so they are not
          // looked up again on every request until the TTL passes.
          const entries: (DirectoryEntry & { oid: string | null })[] = missing.map((email, i) => {
            const user = found[i];
            const oid = typeof user?.id === "string" && user.id !== "" ? user.id.toLowerCase() : null;
            return { email, name: user?.displayName ?? "", department: user?.department?.trim() ?? "", oid };
          });
          await upsertDirectoryUsers(options.db, tenantId, entries);
          for (const e of entries) byEmail.set(e.email, { tenant_id: tenantId, email: e.email, name: e.name, department: e.department, updated_at: "", oid: e.oid });
        } catch (error) {
          if (!(error instanceof GraphError)) throw error;
          caller.log?.warn({ err: error, code: error.code, status: error.status }, `directory lookup via Microsoft Graph failed: ${error.message}`);
        }
      }
      return [...byEmail.values()].filter(known).map((r) => ({ email: r.email, name: r.name, department: r.department }));
    },
  };
}

/** A row that says something; an empty cached "not found" row reads as unknown. */
const known = (r: DirectoryUserRow) => r.name !== "" || r.department !== "";

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
