// Microsoft Graph on behalf of the signed-in user, as one dependency: the client, the on-behalf-of
// exchange and the scopes. Null without Graph (local mode, or Entra without ENTRA_CLIENT_SECRET).
import type { Config } from "../config";
import { createGraphClient, type GraphClient } from "./graph-client";
import { msalTokenExchanger, type TokenExchanger } from "./token-exchanger";

export interface GraphAccess {
  client: GraphClient;
  exchanger: TokenExchanger;
  /** A Graph token for the user who sent `callerToken` (our API's access token). */
  tokenFor(tenantId: string, callerToken: string): Promise<string>;
}

export function graphAccessFor(config: Pick<Config, "authMode" | "entra">, exchanger?: TokenExchanger): GraphAccess | null {
  const entra = config.entra;
  if (config.authMode !== "entra" || !entra || entra.clientSecret === null) return null;
  const tokens = exchanger ?? msalTokenExchanger(entra);
  const scopes = [`${new URL(entra.graphBaseUrl).origin}/.default`];
  return {
    client: createGraphClient({ baseUrl: entra.graphBaseUrl }),
    exchanger: tokens,
    tokenFor: (tenantId, callerToken) => tokens.exchange({ tenantId, assertion: callerToken, scopes }),
  };
}
