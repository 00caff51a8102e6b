// Local auth mode: the server issues tokens for demo users at POST /api/dev/token. The token is
// cached until a minute before it expires, and callers asking at the same time share one request.
import { DevTokenResponse } from "../../core/api/sign-in-contract";
import { ApiError, type Auth } from "../ports";
import { apiErrorFrom } from "../http/error-body";
import { NETWORK_MESSAGE } from "../http/error-codes";

export interface DevTokenAuthOptions {
  baseUrl: string;
  email: string;
  name?: string;
  tenantId?: string;
  roles?: string[];
  fetch?: typeof fetch;
  now?: () => number;
}

const EARLY_MS = 60_000;

export function createDevTokenAuth(options: DevTokenAuthOptions): Auth {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  let cached: { token: string; renewAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    const body = {
      email: options.email,
      ...(options.name !== undefined ? { name: options.name } : {}),
      ...(options.tenantId !== undefined ? { tenantId: options.tenantId } : {}),
      ...(options.roles !== undefined ? { roles: options.roles } : {}),
    };
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl.replace(/\/+$/, "")}/api/dev/token`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, "network", NETWORK_MESSAGE);
    }
    if (!response.ok) throw await apiErrorFrom(response);
    const parsed = DevTokenResponse.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new ApiError(response.status, "internal", "The dev token endpoint answered without a token");
    cached = { token: parsed.data.accessToken, renewAt: now() + parsed.data.expiresIn * 1000 - EARLY_MS };
    return parsed.data.accessToken;
  }

  return {
    getToken(opts) {
      if (opts?.forceRefresh) cached = null;
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      if (!pending) {
        pending = fetchToken().finally(() => {
          pending = null;
        });
      }
      return pending;
    },
  };
}
