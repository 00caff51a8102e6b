// GET /privacy, /terms, /support: the pages the app listing links to (developer.privacyUrl,
// termsOfUseUrl, websiteUrl and the XML manifest's SupportUrl). Public, server-rendered, in Japanese
// or English: ?lang= wins, else the browser's first preferred language.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { sql } from "kysely";
import type { Lang } from "../../core/api/primitives";
import { renderLegalPage } from "../legal/legal-layout";
import { legalFactsOf } from "../legal/legal-facts";
import { privacyDocument } from "../legal/privacy-content";
import { supportDocument } from "../legal/support-content";
import { termsDocument } from "../legal/terms-content";
import { dbKindOf } from "./health";
import type { RouteDeps } from "./route-deps";

export const LEGAL_PATHS = ["/privacy", "/terms", "/support"] as const;

export function legalLang(request: Pick<FastifyRequest, "query" | "headers">): Lang {
  const asked = (request.query as { lang?: unknown } | undefined)?.lang;
  if (asked === "ja" || asked === "en") return asked;
  const first = String(request.headers["accept-language"] ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("ja") ? "ja" : "en";
}

export async function legalRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const facts = legalFactsOf(deps.config, dbKindOf(deps.db));
  app.get("/privacy", async (request, reply) => {
    const lang = legalLang(request);
    return reply.header("cache-control", "no-cache").header("content-language", lang).type("text/html; charset=utf-8").send(renderLegalPage(lang, "/privacy", privacyDocument(lang, facts)));
  });
  app.get("/terms", async (request, reply) => {
    const lang = legalLang(request);
    return reply.header("cache-control", "no-cache").header("content-language", lang).type("text/html; charset=utf-8").send(renderLegalPage(lang, "/terms", termsDocument(lang, facts)));
  });
  app.get("/support", async (request, reply) => {
    const lang = legalLang(request);
    const up = await sql`select 1`.execute(deps.db).then(
      () => true,
      (error: unknown) => (request.log.error({ err: error }, "support page: database unavailable"), false),
    );
    const page = renderLegalPage(lang, "/support", supportDocument(lang, facts, { up, checkedAt: new Date() }));
    return reply.header("cache-control", "no-store").header("content-language", lang).type("text/html; charset=utf-8").send(page);
  });
}
