// The To Do / Planner backend from the configuration: Microsoft Graph on behalf of the user when the
// server runs in Entra mode with a client secret; null otherwise (the sync route answers 409).
import type { Config } from "../config";
import { createGraphClient } from "../graph/graph-client";
import { createGraphWriter } from "../graph/graph-writer";
import { msalTokenExchanger, type TokenExchanger } from "../graph/token-exchanger";
import type { CommitmentSyncBackend } from "./commitment-sync.service";
import { createGraphTaskSync } from "./graph-task-sync";

export function commitmentSyncFor(config: Pick<Config, "authMode" | "entra">, exchanger?: TokenExchanger, fetchImpl?: typeof fetch): CommitmentSyncBackend | null {
  const entra = config.entra;
  if (config.authMode !== "entra" || !entra || entra.clientSecret === null) return null;
  const tokens = exchanger ?? msalTokenExchanger(entra);
  // .default: the delegated permissions consented for the app (Tasks.ReadWrite among them).
  const scopes = [`${new URL(entra.graphBaseUrl).origin}/.default`];
  const http = fetchImpl ? { fetch: fetchImpl } : {};
  return {
    tasks: createGraphTaskSync({
      read: createGraphClient({ baseUrl: entra.graphBaseUrl, ...http }),
      write: createGraphWriter({ baseUrl: entra.graphBaseUrl, ...http }),
    }),
    graphTokenFor: (tenantId, callerToken) => tokens.exchange({ tenantId, assertion: callerToken, scopes }),
  };
}
