// On-behalf-of: the user's access token for our API is exchanged for a Microsoft Graph token of the
// same user (Entra's OBO flow via @azure/msal-node). Behind a port so tests use a fake.
import type { EntraConfig } from "../config";
import { GraphError } from "./graph-error";

export interface TokenExchanger {
  /** A Graph access token for the user who sent `assertion` (our API's access token). */
  exchange(request: { tenantId: string; assertion: string; scopes: readonly string[] }): Promise<string>;
}

/** The minimal surface of msal-node's ConfidentialClientApplication we use (tests fake it). */
export interface OboClient {
  acquireTokenOnBehalfOf(request: { oboAssertion: string; scopes: string[] }): Promise<{ accessToken: string } | null>;
}

export type OboClientFactory = (config: { clientId: string; clientSecret: string; authority: string }) => OboClient;

// msal-node is loaded on first use: a local-mode server never needs it, and it is a large part of
// the server's start-up.
const msalFactory: OboClientFactory = ({ clientId, clientSecret, authority }) => {
  const app = import("@azure/msal-node").then((m) => new m.ConfidentialClientApplication({ auth: { clientId, clientSecret, authority } }));
  return { acquireTokenOnBehalfOf: async (request) => (await app).acquireTokenOnBehalfOf(request) };
};

export function msalTokenExchanger(
  entra: Pick<EntraConfig, "clientId" | "clientSecret" | "authorityHost">,
  createClient: OboClientFactory = msalFactory,
): TokenExchanger {
  const clientSecret = entra.clientSecret;
  if (clientSecret === null) throw new Error("ENTRA_CLIENT_SECRET is required for Microsoft Graph on-behalf-of calls");
  // One client per tenant: OBO must use the user's tenant as authority for a multi-tenant app. msal-node
  // caches the Graph token per assertion in each client, so repeated lookups don't call Entra again.
  const clients = new Map<string, OboClient>();
  return {
    async exchange({ tenantId, assertion, scopes }) {
      let client = clients.get(tenantId);
      if (!client) {
        client = createClient({ clientId: entra.clientId, clientSecret, authority: `${entra.authorityHost}/${tenantId}` });
        clients.set(tenantId, client);
      }
      let result: { accessToken: string } | null;
      try {
        result = await client.acquireTokenOnBehalfOf({ oboAssertion: assertion, scopes: [...scopes] });
      } catch (cause) {
        throw describeOboFailure(cause);
      }
      if (!result?.accessToken) throw new GraphError(502, "token_exchange_failed", "Entra ID returned no Microsoft Graph token for the on-behalf-of request");
      return result.accessToken;
    },
  };
}

function describeOboFailure(cause: unknown): GraphError {
  const { errorCode, errorMessage } = (cause ?? {}) as { errorCode?: unknown; errorMessage?: unknown };
  const text = `${typeof errorCode === "string" ? errorCode : ""} ${typeof errorMessage === "string" ? errorMessage : String(cause)}`;
  // AADSTS65001: the user or admin has not consented to the Graph permissions.
  if (/AADSTS65001|consent_required/i.test(text)) {
    return new GraphError(403, "consent_required", "An administrator must grant consent to the app's Microsoft Graph permissions (README: 'Grant admin consent')", { cause });
  }
  // AADSTS7000215 / 7000222: wrong or expired client secret.
  if (/AADSTS7000215|AADSTS7000222|invalid_client/i.test(text)) {
    return new GraphError(502, "token_exchange_failed", "Entra ID rejected the client secret (ENTRA_CLIENT_SECRET is wrong or expired)", { cause });
  }
  return new GraphError(502, "token_exchange_failed", `Exchanging the user's token for a Microsoft Graph token failed (${text.trim().slice(0, 200)})`, { cause });
}
