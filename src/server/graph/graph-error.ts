// Every failure talking to Microsoft Graph (or exchanging the user's token for a Graph token) becomes
// one GraphError: the HTTP status, Graph's own error code, and a message an administrator can act on.

export class GraphError extends Error {
  constructor(
    /** Graph's HTTP status; 0 = Graph could not be reached. */
    readonly status: number,
    /** Graph's `error.code` (e.g. Authorization_RequestDenied), or ours: network, throttled, consent_required, token_exchange_failed. */
    readonly code: string,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message);
    this.name = "GraphError";
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** Graph's error body: `{ "error": { "code": "...", "message": "..." } }`. */
export function graphErrorFrom(status: number, body: unknown, what: string): GraphError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === "string" ? error.code : `http_${status}`;
  const detail = typeof error?.message === "string" ? error.message : "";
  const hint =
    status === 401 || status === 403
      ? " — check that the app registration has the Graph permission and admin consent (README: 'Register the app in Entra ID')"
      : "";
  return new GraphError(status, code, `Microsoft Graph refused ${what} (${status} ${code}${detail ? `: ${detail}` : ""})${hint}`);
}
