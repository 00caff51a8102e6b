// Onboarding an organization to the multi-tenant service: its administrator follows our link to
// Microsoft's admin-consent page, consents to the app's permissions for the whole organization,
// and Microsoft sends them back to our callback with their tenant id. The callback can be called by
// anyone, so the tenant is only enabled once the server has proven the consent: it gets an app-only
// token for that tenant (client credentials), which Entra issues only where the app was consented.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { EntraConfig } from "../config";
import { msalAppTokenProvider } from "../graph/app-token-provider";

/** Proves the app was consented in a tenant (throws otherwise). */
export interface TenantVerifier {
  verify(tenantId: string): Promise<void>;
}

export function appTokenTenantVerifier(entra: EntraConfig): TenantVerifier {
  const tokens = msalAppTokenProvider(entra);
  return { verify: async (tenantId) => void (await tokens.tokenFor(tenantId)) };
}

export const ONBOARDING_CALLBACK = "/onboarding/callback";
const STATE_TTL_MS = 30 * 60_000;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The consent URL for any organization (`organizations`), asking for every permission the app declares. */
export function adminConsentUrl(entra: EntraConfig, publicUrl: string, state: string): string {
  const url = new URL(`${entra.authorityHost}/organizations/v2.0/adminconsent`);
  url.searchParams.set("client_id", entra.clientId);
  url.searchParams.set("scope", `${new URL(entra.graphBaseUrl).origin}/.default`);
  url.searchParams.set("redirect_uri", `${publicUrl}${ONBOARDING_CALLBACK}`);
  url.searchParams.set("state", state);
  return url.toString();
}

/** A state that only this server can have made, valid for half an hour (signed with a key from the client secret). */
export function makeState(secret: string, now = Date.now()): string {
  const body = `${(now + STATE_TTL_MS).toString(36)}.${randomBytes(12).toString("base64url")}`;
  return `${body}.${sign(secret, body)}`;
}

export function checkState(secret: string, state: string | undefined, now = Date.now()): boolean {
  const parts = (state ?? "").split(".");
  if (parts.length !== 3) return false;
  const [expires, nonce, mac] = parts as [string, string, string];
  const expected = Buffer.from(sign(secret, `${expires}.${nonce}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  return Number.parseInt(expires, 36) > now;
}

const sign = (secret: string, body: string) => createHmac("sha256", `common-purpose-onboarding\n${secret}`).update(body).digest("base64url");

export type CallbackOutcome =
  | { kind: "enabled"; tenantId: string }
  | { kind: "declined"; error: string; description: string }
  | { kind: "bad-request"; reason: string }
  | { kind: "not-confirmed"; tenantId: string; reason: string };

/** What the callback's query says, checked; enabling is the caller's job once this says "enabled". */
export async function readCallback(
  query: Record<string, unknown>,
  secret: string,
  verifier: TenantVerifier,
  now = Date.now(),
): Promise<CallbackOutcome> {
  const text = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : "");
  if (!checkState(secret, text("state"), now)) return { kind: "bad-request", reason: "state" };
  if (text("error") !== "") return { kind: "declined", error: text("error").slice(0, 100), description: text("error_description").slice(0, 500) };
  const tenantId = text("tenant").toLowerCase();
  if (!GUID.test(tenantId) || text("admin_consent").toLowerCase() !== "true") return { kind: "bad-request", reason: "tenant" };
  try {
    await verifier.verify(tenantId);
  } catch (error) {
    return { kind: "not-confirmed", tenantId, reason: error instanceof Error ? error.message.slice(0, 300) : String(error) };
  }
  return { kind: "enabled", tenantId };
}
