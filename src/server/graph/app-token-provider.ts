// App-only Graph tokens (client credentials via @azure/msal-node), for work no user is signed in to:
// the reminder job's mail. One client per tenant, since the token must come from the tenant's authority.
import type { EntraConfig } from "../config";
import { GraphError } from "./graph-error";

export interface AppTokenProvider {
  tokenFor(tenantId: string): Promise<string>;
}

/** The minimal surface of msal-node's ConfidentialClientApplication we use (tests fake it). */
export interface ClientCredentialClient {
  acquireTokenByClientCredential(request: { scopes: string[] }): Promise<{ accessToken: string } | null>;
}

export type ClientCredentialFactory = (config: { clientId: string; clientSecret: string; authority: string }) => ClientCredentialClient;

// Loaded on first use, like token-exchanger.ts: a local-mode server never needs msal-node.
const msalFactory: ClientCredentialFactory = ({ clientId, clientSecret, authority }) => {
  const app = import("@azure/msal-node").then((m) => new m.ConfidentialClientApplication({ auth: { clientId, clientSecret, authority } }));
  return { acquireTokenByClientCredential: async (request) => (await app).acquireTokenByClientCredential(request) };
};

export function msalAppTokenProvider(
  entra: Pick<EntraConfig, "clientId" | "clientSecret" | "authorityHost" | "graphBaseUrl">,
  createClient: ClientCredentialFactory = msalFactory,
): AppTokenProvider {
  const clientSecret = entra.clientSecret;
  if (clientSecret === null) throw new Error("ENTRA_CLIENT_SECRET is required for app-only Microsoft Graph calls");
  const scopes = [`${new URL(entra.graphBaseUrl).origin}/.default`];
  const clients = new Map<string, ClientCredentialClient>();
  return {
    async tokenFor(tenantId) {
      let client = clients.get(tenantId);
      if (!client) {
        client = createClient({ clientId: entra.clientId, clientSecret, authority: `${entra.authorityHost}/${tenantId}` });
        clients.set(tenantId, client);
      }
      let result: { accessToken: string } | null;
      try {
        // msal-node caches the token until shortly before it expires.
        result = await client.acquireTokenByClientCredential({ scopes });
      } catch (cause) {
        const text = cause instanceof Error ? cause.message : String(cause);
        throw new GraphError(502, "token_exchange_failed", `Getting an app-only Microsoft Graph token failed (${text.slice(0, 200)})`, { cause });
      }
      if (!result?.accessToken) throw new GraphError(502, "token_exchange_failed", "Entra ID returned no app-only Microsoft Graph token");
      return result.accessToken;
    },
  };
}
