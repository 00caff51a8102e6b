// Who an e-mail address belongs to. Rights are keyed on tid + oid (Microsoft: never authorize on
// preferred_username, which changes with a rename); addresses only say whom an invitation was for.
// - local mode: the local issuer's object id is a fixed function of tenant and address, so it is
//   computed, and the address in a local token is the server's own word;
// - Entra with Microsoft Graph: invitees' addresses are resolved to object ids when the agenda is
//   saved (the directory lookup, cached in directory_users), and a signed-in person's own addresses
//   (mail, UPN, SMTP aliases — often different from the UPN in Japanese enterprises) come from
//   Graph's /me, never from a token claim;
// - Entra without Graph (no ENTRA_CLIENT_SECRET): nothing can be resolved; an invitation is claimed
//   by the first verified token carrying its address, and bound to that object id from then on.
import type { Principal } from "../auth/principal";
import { localUserId } from "../auth/local-issuer";
import type { Config } from "../config";
import type { Db } from "../db/database";
import { directoryFor } from "../directory/directory-for";
import type { DirectoryCaller } from "../directory/directory-lookup";
import { directoryObjectIds } from "../directory/directory.repository";
import type { GraphAccess } from "../graph/graph-access";
import { GraphError } from "../graph/graph-error";
import { findMyAddresses } from "../graph/graph-queries";

export interface IdentityResolver {
  readonly kind: "local" | "graph" | "first-sign-in";
  /** Object ids of the people invited by these lower-case addresses; an address left out is unknown for now. */
  objectIds(tenantId: string, emails: readonly string[], caller: DirectoryCaller): Promise<Map<string, string>>;
  /** Addresses proven to be the principal's own, whose open invitations they may claim. */
  addressesOf(principal: Principal, caller: DirectoryCaller): Promise<string[]>;
}

export function identityResolverFor(deps: { db: Db; config: Config; graph: GraphAccess | null }): IdentityResolver {
  if (deps.config.authMode === "local") {
    return {
      kind: "local",
      objectIds: async (tenantId, emails) => new Map(emails.map((e) => [e, localUserId(tenantId, e)])),
      addressesOf: async (principal) => [principal.email],
    };
  }
  const graph = deps.graph;
  if (!graph) {
    return {
      kind: "first-sign-in",
      objectIds: async () => new Map(),
      addressesOf: async (principal) => [principal.email],
    };
  }
  const lookup = directoryFor({ db: deps.db, config: deps.config, graph });
  const ttlMs = (deps.config.entra?.directoryCacheTtlSec ?? 0) * 1000;
  return {
    kind: "graph",
    async objectIds(tenantId, emails, caller) {
      if (emails.length === 0) return new Map();
      // Refreshes directory_users (object ids included) from Graph where stale; failures are logged there.
      await lookup.findPeople(tenantId, emails, caller);
      return directoryObjectIds(deps.db, tenantId, emails, new Date(Date.now() - Math.max(ttlMs, 60_000)).toISOString());
    },
    async addressesOf(principal, caller) {
      if (!caller.bearerToken) return [];
      try {
        const me = await findMyAddresses(graph.client, await graph.tokenFor(principal.tenantId, caller.bearerToken));
        // Graph answered for another object than the token's: claim nothing.
        return me.id === principal.userId.toLowerCase() ? me.addresses : [];
      } catch (error) {
        if (!(error instanceof GraphError)) throw error;
        caller.log?.warn({ err: error, code: error.code }, `could not read the signed-in user's addresses from Microsoft Graph: ${error.message}`);
        return [];
      }
    },
  };
}
