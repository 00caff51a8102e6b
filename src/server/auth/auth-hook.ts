// Authenticates every /api request before its handler runs and sets `request.principal`.
import type { FastifyRequest, onRequestAsyncHookHandler } from "fastify";
import type { Authenticator } from "./authenticator";
import { AuthError } from "./token-verifier";

/** API routes anyone may call: getting a dev token, the API description, and how to sign in. */
export const PUBLIC_API_ROUTES: readonly string[] = ["/api/dev/token", "/api/openapi.json", "/api/client-config"];

export interface AuthHookOptions {
  /** Told of every refused token (the rate limiter counts them per client IP); an error it returns is answered instead of 401. */
  onFailure?: (request: FastifyRequest) => Error | undefined;
}

export function authHook(authenticator: Authenticator, options: AuthHookOptions = {}): onRequestAsyncHookHandler {
  return async function authenticate(request, reply) {
    if (!needsPrincipal(request)) return;
    try {
      request.principal = await authenticator.verifyAuthorization(request.headers.authorization);
    } catch (error) {
      // Set here too, so the challenge is sent even by an error handler that ignores error headers.
      if (error instanceof AuthError) {
        for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
        // A request without any token is a client that hasn't signed in yet, not a failed attempt.
        const instead = request.headers.authorization !== undefined ? options.onFailure?.(request) : undefined;
        if (instead) throw instead;
      }
      throw error;
    }
  };
}

function needsPrincipal(request: FastifyRequest): boolean {
  // Decide by the matched route pattern, not the raw URL: the router decodes the path
  // (e.g. "/%61pi/…" reaches "/api/…"), so a check on the raw text could be bypassed.
  const route = request.routeOptions.url;
  if (route !== undefined) return route.startsWith("/api/") && !PUBLIC_API_ROUTES.includes(route);
  // No route matched (404): answer 401 for unknown /api paths, so probing reveals no routes.
  const rawPath = request.url.split("?", 1)[0] ?? "";
  return rawPath.toLowerCase().startsWith("/api/") && !PUBLIC_API_ROUTES.includes(rawPath);
}
