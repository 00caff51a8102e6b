// How the server authenticates (GET /healthz → authMode): local dev tokens, or Entra ID.
// Entries are composition roots, so this one fetch before any API client exists lives here.
export type AuthMode = "local" | "entra";

export class ServerUnavailableError extends Error {
  constructor(message = "The server is not reachable") {
    super(message);
    this.name = "ServerUnavailableError";
  }
}

export async function fetchAuthMode(baseUrl: string): Promise<AuthMode> {
  let body: unknown;
  try {
    const response = await fetch(`${baseUrl.replace(/\/+$/, "")}/healthz`, { headers: { accept: "application/json" } });
    body = await response.json();
  } catch {
    throw new ServerUnavailableError();
  }
  const mode = (body as { authMode?: unknown } | null)?.authMode;
  if (mode === "local" || mode === "entra") return mode;
  throw new ServerUnavailableError("The server did not say how it authenticates");
}
