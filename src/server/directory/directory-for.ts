import type { Config } from "../config";
import type { Db } from "../db/database";
import type { GraphAccess } from "../graph/graph-access";
import { createGraphClient } from "../graph/graph-client";
import { msalTokenExchanger, type TokenExchanger } from "../graph/token-exchanger";
import { localDirectoryLookup, type DirectoryLookup } from "./directory-lookup";
import { graphDirectoryLookup } from "./graph-directory-lookup";

/**
 * The directory the routes ask. Entra mode with ENTRA_CLIENT_SECRET: Microsoft Graph on behalf of
 * the user, cached in directory_users. Otherwise (local mode, or Entra without a secret) the
 * directory_users table alone, which an administrator fills.
 */
export function directoryFor(deps: { db: Db; config: Config; graph?: GraphAccess | null }, exchanger?: TokenExchanger): DirectoryLookup {
  const entra = deps.config.entra;
  if (deps.config.authMode !== "entra" || !entra || entra.clientSecret === null) return localDirectoryLookup(deps.db);
  return graphDirectoryLookup({
    db: deps.db,
    graph: deps.graph?.client ?? createGraphClient({ baseUrl: entra.graphBaseUrl }),
    exchanger: exchanger ?? deps.graph?.exchanger ?? msalTokenExchanger(entra),
    graphScopes: [`${new URL(entra.graphBaseUrl).origin}/.default`],
    ttlSec: entra.directoryCacheTtlSec,
  });
}
