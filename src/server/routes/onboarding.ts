// GET /onboarding, /onboarding/start, /onboarding/callback: how an organization's administrator
// enables the multi-tenant service (tenants/onboarding.ts explains the proof of consent). Public
// pages; in a line-of-business deployment they only say there is nothing to enable.
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Lang } from "../../core/api/primitives";
import { legalFactsOf } from "../legal/legal-facts";
import { renderLegalPage } from "../legal/legal-layout";
import { callbackDocument, onboardingDocument } from "../legal/onboarding-content";
import { adminConsentUrl, appTokenTenantVerifier, makeState, readCallback, type TenantVerifier } from "../tenants/onboarding";
import { enableTenant } from "../tenants/tenant-registry";
import { dbKindOf } from "./health";
import { legalLang } from "./legal";
import type { RouteDeps } from "./route-deps";

export interface OnboardingRouteOptions {
  /** Proves consent in a tenant; defaults to an app-only token request (client credentials). */
  verifier?: TenantVerifier;
  onTenantChanged?: (tenantId: string) => void;
}

/** Who enables a tenant through the callback: the admin isn't signed in to us, Microsoft vouches for the consent. */
const CONSENT_ACTOR = { id: "admin-consent", email: "admin-consent" };

export async function onboardingRoutes(app: FastifyInstance, deps: RouteDeps, options: OnboardingRouteOptions = {}): Promise<void> {
  const facts = legalFactsOf(deps.config, dbKindOf(deps.db));
  const entra = deps.config.entra;
  const secret = entra?.clientSecret ?? null;
  const saas = deps.config.deploymentMode === "saas" && entra !== null && secret !== null;
  const verifier = options.verifier ?? (saas && entra ? appTokenTenantVerifier(entra) : null);
  const page = (reply: FastifyReply, lang: Lang, html: string, status = 200) =>
    reply.code(status).header("cache-control", "no-store").header("content-language", lang).type("text/html; charset=utf-8").send(html);

  app.get("/onboarding", async (request, reply) => {
    const lang = legalLang(request);
    return page(reply, lang, renderLegalPage(lang, "/onboarding", onboardingDocument(lang, facts, saas)), saas ? 200 : 404);
  });

  app.get("/onboarding/start", async (request, reply) => {
    const lang = legalLang(request);
    if (!saas || !entra || !secret) return page(reply, lang, renderLegalPage(lang, "/onboarding", onboardingDocument(lang, facts, false)), 404);
    return reply.header("cache-control", "no-store").redirect(adminConsentUrl(entra, deps.config.publicUrl, makeState(secret)), 302);
  });

  app.get("/onboarding/callback", async (request, reply) => {
    const lang = legalLang(request);
    if (!saas || !secret || !verifier) return page(reply, lang, renderLegalPage(lang, "/onboarding", onboardingDocument(lang, facts, false)), 404);
    const outcome = await readCallback(request.query as Record<string, unknown>, secret, verifier);
    if (outcome.kind === "enabled") {
      await enableTenant(deps.db, outcome.tenantId, CONSENT_ACTOR, "admin consent, confirmed with an app-only token");
      options.onTenantChanged?.(outcome.tenantId);
    } else if (outcome.kind === "not-confirmed") {
      request.log.warn({ tenantId: outcome.tenantId, reason: outcome.reason }, "onboarding: consent could not be confirmed");
    }
    const status = outcome.kind === "enabled" ? 200 : outcome.kind === "bad-request" ? 400 : outcome.kind === "declined" ? 403 : 502;
    return page(reply, lang, renderLegalPage(lang, "/onboarding", callbackDocument(lang, facts, outcome)), status);
  });
}
