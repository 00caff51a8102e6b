// Signing in: the local dev-token endpoint and the public client configuration a page reads
// before it can sign in. Part of the API contract (contract.ts holds the resources).
import { z } from "zod";
import { Email } from "./primitives";

export const DevTokenRequest = z
  .object({
    email: Email,
    name: z.string().trim().max(200).optional(),
    tenantId: z.string().trim().min(1).max(100).optional(),
    roles: z.array(z.string().max(50)).max(10).optional(),
  })
  .strict();
export type DevTokenRequest = z.input<typeof DevTokenRequest>;
export const DevTokenResponse = z.object({ accessToken: z.string(), expiresIn: z.number() });
export type DevTokenResponse = z.infer<typeof DevTokenResponse>;

/** GET /api/client-config: what a page needs before it can sign in (public, no token). */
export const ClientConfig = z.object({
  authMode: z.enum(["local", "entra"]),
  /** Entra mode: the app registration's client id, the API scope to request and the authority. */
  clientId: z.string().optional(),
  apiScope: z.string().optional(),
  authority: z.string().optional(),
  /** The server can put commitments on people's To Do lists (Microsoft Graph is configured); pages offer "Sync to To Do" only then. */
  taskSync: z.boolean().optional(),
});
export type ClientConfig = z.infer<typeof ClientConfig>;
