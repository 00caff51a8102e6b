// The type-only import makes this file augment fastify's types instead of declaring a new module.
import type {} from "fastify";

/** Who is calling, as proven by a validated token. The tenant id comes only from here. */
export interface Principal {
  tenantId: string;
  /** Stable user id: Entra `oid`, or the local issuer's `sub`. */
  userId: string;
  /** Lower-case; from `preferred_username` / `email` / `upn` claims. */
  email: string;
  name: string;
  roles: string[];
  isPmo: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the auth hook on every authenticated /api route. */
    principal: Principal;
  }
}
