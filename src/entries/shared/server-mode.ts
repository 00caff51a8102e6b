// How the server authenticates: GET /api/client-config (auth mode, and in Entra mode the client id,
// API scope and authority). Entries are composition roots, so this fetch before any API client
// exists lives here. fetchAuthMode reads /healthz for pages that only need the mode.
import { ClientConfig } from "../../core/api/sign-in-contract";

export type AuthMode = "local" | "entra";

export class ServerUnavailableError extends Error {
  constructor(message = "The server is not reachable") {
    super(message);
    this.name = "ServerUnavailableError";
  }
}

async function getJson(url: string): Promise<unknown> {
  try {
    const response = await fetch(url, { headers: { accept: "application/json" } });
    return await response.json();
  } catch {
    throw new ServerUnavailableError();
  }
}

export async function fetchAuthMode(baseUrl: string): Promise<AuthMode> {
  const body = await getJson(`${baseUrl.replace(/\/+$/, "")}/healthz`);
  const mode = (body as { authMode?: unknown } | null)?.authMode;
  if (mode === "local" || mode === "entra") return mode;
  throw new ServerUnavailableError("The server did not say how it authenticates");
}

export async function fetchClientConfig(baseUrl: string): Promise<ClientConfig> {
  const parsed = ClientConfig.safeParse(await getJson(`${baseUrl.replace(/\/+$/, "")}/api/client-config`));
  if (!parsed.success) throw new ServerUnavailableError("The server did not say how it authenticates");
  if (parsed.data.authMode === "entra" && (!parsed.data.clientId || !parsed.data.apiScope)) {
    throw new ServerUnavailableError("The server's Entra ID settings are incomplete");
  }
  return parsed.data;
}
