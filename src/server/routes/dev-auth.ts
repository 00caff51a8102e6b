// Local auth mode only: hands out access tokens for any demo user, and publishes the key that
// signs them. In Entra mode nothing is registered, so these paths answer 404. Tokens go only to
// callers on this computer: the socket's peer must be a loopback address and the request must not
// have come through a proxy (which would make a remote caller look local).
import type { FastifyInstance, FastifyRequest } from "fastify";
import { DevTokenRequest } from "../../core/api/sign-in-contract";
import type { DevTokenResponse } from "../../core/api/sign-in-contract";
import type { Authenticator } from "../auth/authenticator";
import { LOCAL_TOKEN_TTL_SEC } from "../auth/local-issuer";
import type { Config } from "../config";
import { isLoopbackHost } from "../network-config";
import { DEMO_TENANT_ID } from "../demo/demo-ids";
import { HttpError } from "../http/http-error";

export const DEV_TOKEN_LOOPBACK_ONLY = "The demo sign-in hands out tokens only to this computer: open the app on the server itself (http://localhost), or use Microsoft 365 sign-in (AUTH_MODE=entra)";

/** The raw socket peer, never X-Forwarded-For: a header can't make a remote caller local. */
export function fromThisComputer(request: FastifyRequest): boolean {
  const peer = request.raw.socket?.remoteAddress ?? "";
  const proxied = request.headers["x-forwarded-for"] !== undefined || request.headers.forwarded !== undefined;
  return !proxied && isLoopbackHost(peer);
}

export async function devAuthRoutes(
  app: FastifyInstance,
  opts: { authenticator: Authenticator; config: Config },
): Promise<void> {
  const local = opts.authenticator.local;
  if (!local || opts.config.authMode !== "local") return;

  app.post("/api/dev/token", async (request): Promise<DevTokenResponse> => {
    if (!fromThisComputer(request)) throw new HttpError("forbidden", DEV_TOKEN_LOOPBACK_ONLY);
    const parsed = DevTokenRequest.safeParse(request.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join(".") ?? "";
      const message = issue ? (field ? `${field}: ${issue.message}` : issue.message) : "Invalid request body";
      throw new HttpError("bad_request", message, field ? { field } : {});
    }
    const body = parsed.data;
    const accessToken = await local.issue(
      {
        email: body.email,
        tenantId: body.tenantId ?? DEMO_TENANT_ID,
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.roles !== undefined ? { roles: body.roles } : {}),
      },
      LOCAL_TOKEN_TTL_SEC,
    );
    return { accessToken, expiresIn: LOCAL_TOKEN_TTL_SEC };
  });

  app.get("/auth/local/jwks.json", async (_request, reply) => {
    reply.header("cache-control", "public, max-age=300");
    return local.jwks();
  });
}
