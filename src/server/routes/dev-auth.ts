// Local auth mode only: hands out access tokens for any demo user, and publishes the key that
// signs them. In Entra mode nothing is registered, so these paths answer 404.
import type { FastifyInstance } from "fastify";
import { DevTokenRequest } from "../../core/api/sign-in-contract";
import type { DevTokenResponse } from "../../core/api/sign-in-contract";
import type { Authenticator } from "../auth/authenticator";
import { LOCAL_TOKEN_TTL_SEC } from "../auth/local-issuer";
import type { Config } from "../config";
import { DEMO_TENANT_ID } from "../demo/demo-ids";
import { HttpError } from "../http/http-error";

export async function devAuthRoutes(
  app: FastifyInstance,
  opts: { authenticator: Authenticator; config: Config },
): Promise<void> {
  const local = opts.authenticator.local;
  if (!local || opts.config.authMode !== "local") return;

  app.post("/api/dev/token", async (request): Promise<DevTokenResponse> => {
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
