// The type-only import makes this file augment fastify's types instead of declaring a new module.
import type {} from "fastify";

/** Who is calling, as proven by a validated token. The tenant id comes only from here. */
export interface Principal {
  tenantId: string;
  /** Stable user id: Entra `oid` (the local issuer's tokens carry a stable `oid` per address too). */
  userId: string;
  /** Lower-case; from `preferred_username` / `email` / `upn` claims. For display and for claiming
   * invitations made to this address (src/server/identity) — never for a rights decision. */
  email: string;
  name: string;
  roles: string[];
  isPmo: boolean;
  /** When the token proving this expires (epoch ms); long-lived work (a live stream) ends then. */
  expiresAt?: number;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the auth hook on every authenticated /api route. */
    principal: Principal;
  }
}
