// Builds the whole HTTP app from its parts, without listening (tests use app.inject; main.ts listens).
import Fastify from "fastify";
import type { FastifyError, FastifyInstance } from "fastify";
import type { ApiErrorBody } from "../core/api/error-contract";
import { errorCodeForStatus } from "../core/api/error-codes";
import { authHook } from "./auth/auth-hook";
import type { Authenticator } from "./auth/authenticator";
import type { Config } from "./config";
import type { Db } from "./db/database";
import { HttpError } from "./http/http-error";
import { loggerOptions } from "./http/logger-options";
import { MAX_JSON_DEPTH, jsonNestsDeeperThan } from "./http/json-depth";
import { registerSecurityHeaders } from "./security-headers";
import { registerRateLimit } from "./rate-limit/rate-limit";
import { createLiveEvents } from "./live/live-events";
import { liveDeliveriesSettled } from "./live/notify-change";
import { collectRoutes } from "./openapi/route-registry";
import { agendaRoutes } from "./routes/agendas";
import { graphAccessFor } from "./graph/graph-access";
import type { MeetingProver } from "./graph/meeting-proof";
import type { TokenExchanger } from "./graph/token-exchanger";
import { createInvitationClaims, registerInvitationClaims } from "./identity/claim-invitations";
import { identityResolverFor } from "./identity/identity-resolver";
import { createStorageHealth, startIntegrityChecks, storageProblemOf } from "./db/storage-health";
import { clientConfigRoutes } from "./routes/client-config";
import { coachRoutes } from "./routes/coach";
import { commitmentRoutes } from "./routes/commitments";
import { contributionRoutes } from "./routes/contributions";
import { requestRoutes } from "./routes/requests";
import { dashboardRoutes } from "./routes/dashboard";
import { departmentRoutes } from "./routes/departments";
import { devAuthRoutes } from "./routes/dev-auth";
import { directoryRoutes } from "./routes/directory";
import { directoryImportRoutes } from "./routes/directory-import";
import { healthRoutes } from "./routes/health";
import { meRoutes } from "./routes/me";
import { objectiveRoutes } from "./routes/objectives";
import { objectiveCommitmentRoutes } from "./routes/objective-commitments";
import { openapiRoutes } from "./routes/openapi";
import { pageRoutes } from "./routes/pages";
import { wellKnownRoutes } from "./routes/well-known";
import { legalRoutes } from "./routes/legal";
import { onboardingRoutes } from "./routes/onboarding";
import { dataRightsRoutes } from "./routes/data-rights";
import { createTenantGate } from "./tenants/tenant-gate";
import type { TenantVerifier } from "./tenants/onboarding";
import { startRetentionScheduler } from "./data-rights/retention-scheduler";
import type { LiveEvents, RouteDeps } from "./routes/route-deps";
import { commitmentSyncRoutes } from "./routes/commitment-sync";
import { outboxRoutes } from "./routes/outbox";
import { reminderRoutes } from "./routes/reminders";
import { notifierFor } from "./notifier/notifier-for";
import { startReminderScheduler } from "./reminders/reminder-scheduler";
import { personSettingsFor } from "./people/person-settings";
import type { CommitmentSyncBackend } from "./sync/commitment-sync.service";

export interface BuildAppOptions {
  config: Config;
  db: Db;
  authenticator: Authenticator;
  /** Defaults to in-process live events over `db`. */
  live?: LiveEvents;
  /** Where the client build lives; defaults to dist/ at the repository root. */
  distDir?: string;
  /** Serve HTTPS with this key and certificate (npm run start:https); plain HTTP when absent. */
  https?: { key: Buffer; cert: Buffer; ca?: Buffer };
  /** Proof of a Teams meeting thread; defaults to Microsoft Graph in Entra mode with a client secret. */
  meetingProof?: MeetingProver | null;
  /** The on-behalf-of exchange for Microsoft Graph (tests give a fake); msal-node by default. */
  tokenExchanger?: TokenExchanger;
  /** To Do / Planner through Graph; defaults to Graph on behalf of the user in Entra mode with a client secret. */
  commitmentSync?: CommitmentSyncBackend | null;
  /** The SQLite file behind `db`, checked with PRAGMA quick_check at start and every DB_CHECK_INTERVAL_SEC. */
  sqliteFile?: string;
  /** Where the log goes (tests read it); stdout by default. */
  logStream?: { write(line: string): void };
  /** SaaS onboarding's proof of consent; defaults to an app-only token request for the tenant. */
  tenantVerifier?: TenantVerifier;
}

export const STORAGE_UNAVAILABLE =
  "The server can't store anything right now because of a problem with its storage; your administrator has been alerted. Nothing was saved — try again later.";

export const INTERNAL_ERROR_MESSAGE =
  "Something went wrong on the server. Nothing you sent was lost — try again; if it keeps failing, tell your administrator.";

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, db, authenticator } = options;
  const live = options.live ?? createLiveEvents(db);
  const app = Fastify({
    ...(options.https ? { https: options.https } : {}),
    ...(await loggerOptions(config, options.logStream)),
    bodyLimit: config.bodyLimitBytes,
    // Off by default: X-Forwarded-For is believed only from the proxies TRUST_PROXY names, so a
    // client can't pick its own address for the rate limit and the log.
    trustProxy: trustProxyOption(config.trustProxy),
    // Long enough for slow mobile links, short enough that half-open requests don't pile up.
    requestTimeout: 60_000,
    return503OnClosing: true,
  });
  collectRoutes(app);

  // The API speaks JSON only: a text/plain body is refused (400) rather than handed to a handler.
  app.removeContentTypeParser("text/plain");
  // An empty JSON body (DELETE sent with a JSON content type) means "no body", not a 400.
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (text.trim() === "") return done(null, undefined);
    if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
      return done(new HttpError("bad_request", `The request body nests deeper than ${MAX_JSON_DEPTH} levels`, { field: "body" }), undefined);
    }
    parseJson(request, text, done);
  });

  // Before the auth hook: a 401 carries the security headers too.
  await registerSecurityHeaders(app, { hsts: config.nodeEnv === "production", signInOrigins: config.entra ? [config.entra.authorityHost] : [] });
  // Failed sign-ins per client IP are checked before the auth hook; the per-user bucket after it,
  // so that bucket is the verified user's.
  const limiter = config.rateLimit ? registerRateLimit(app, config.rateLimit) : null;
  app.addHook("onRequest", authHook(authenticator, limiter ? { onFailure: (request) => limiter.authFailed(request) } : {}));
  limiter?.afterAuth(app);
  const storage = createStorageHealth();
  // Multi-tenant service: only organizations whose administrator enabled it (after the auth hook).
  const tenantGate = config.deploymentMode === "saas" ? createTenantGate(db, config.publicUrl) : null;
  if (tenantGate) app.addHook("onRequest", tenantGate.hook);
  const onTenantChanged = (tenantId: string) => tenantGate?.forget(tenantId);
  app.setErrorHandler((error, request, reply) => {
    const problem = storageProblemOf(error);
    if (problem) {
      // Said in so many words, so "disk full" is in the log and /healthz, not just "request failed".
      const recorded = storage.report(problem, (error as Error).message);
      request.log.error({ err: error, storageProblem: problem }, `request failed: ${recorded.message}`);
      const body: ApiErrorBody = { error: { code: "unavailable", message: STORAGE_UNAVAILABLE } };
      return reply.code(503).headers({ "Retry-After": "60" }).send(body);
    }
    // A route may set a lower body limit than the server's (the coach): name the one that applied.
    const { status, body, headers } = toErrorResponse(error as FastifyError, request.routeOptions.bodyLimit ?? config.bodyLimitBytes);
    if (status >= 500) request.log.error({ err: error }, "request failed");
    reply.code(status).headers(headers).send(body);
  });
  if (options.sqliteFile) {
    const checks = startIntegrityChecks(options.sqliteFile, config.dbCheckIntervalSec, storage, app.log);
    app.addHook("onClose", async () => {
      checks.stop();
      await checks.runNow().catch(() => undefined);
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?", 1)[0] ?? "";
    const body: ApiErrorBody = { error: { code: "not_found", message: `There is nothing at ${request.method} ${path}` } };
    reply.code(404).send(body);
  });
  app.addHook("onClose", async () => {
    // Writes already answered still reach their viewers; a stuck delivery must not hold the shutdown.
    await Promise.race([liveDeliveriesSettled(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    await live.close();
  });

  const graph = graphAccessFor(config, options.tokenExchanger);
  const deps: RouteDeps = { db, config, live, graph };
  const identities = identityResolverFor({ db, config, graph });
  if (identities.kind === "first-sign-in") {
    app.log.warn("ENTRA_CLIENT_SECRET is not set: invitees can't be resolved through Microsoft Graph, so each invitation goes to the first signed-in person whose token carries its address");
  }
  // After the auth hook and the limit: a person's invitations by address are bound to their object id.
  registerInvitationClaims(app, createInvitationClaims(db, identities));
  await devAuthRoutes(app, { authenticator, config });
  await healthRoutes(app, deps, storage);
  await clientConfigRoutes(app, deps);
  await wellKnownRoutes(app, deps);
  await legalRoutes(app, deps);
  await onboardingRoutes(app, deps, { onTenantChanged, ...(options.tenantVerifier ? { verifier: options.tenantVerifier } : {}) });
  await dataRightsRoutes(app, deps, { onTenantChanged });
  await openapiRoutes(app, deps);
  await meRoutes(app, deps);
  await objectiveRoutes(app, deps);
  await objectiveCommitmentRoutes(app, deps);
  await departmentRoutes(app, deps);
  await directoryRoutes(app, deps);
  await directoryImportRoutes(app, deps);
  await agendaRoutes(app, deps, { identities, ...(options.meetingProof === undefined ? {} : { meetingProof: options.meetingProof }) });
  await contributionRoutes(app, deps);
  await commitmentRoutes(app, deps);
  await requestRoutes(app, deps);
  await coachRoutes(app, deps);
  await dashboardRoutes(app, deps);
  await reminderRoutes(app, deps);
  await outboxRoutes(app, deps);
  await commitmentSyncRoutes(app, deps, options.commitmentSync === undefined ? {} : { backend: options.commitmentSync });
  // Unknown /api paths stay API 404s (401 first without a token) even when the client build's
  // catch-all "/*" static route exists, which would otherwise answer them without authentication.
  app.all("/api/*", (_request, reply) => reply.callNotFound());
  // The reminder job, when REMINDERS_INTERVAL_SEC > 0 (off in tests); stopped before the database closes.
  const notifier = config.reminders.intervalSec > 0 ? notifierFor(config) : null;
  if (config.reminders.intervalSec > 0 && !notifier) app.log.warn("reminders are off: set NOTIFY_MAIL_FROM (and ENTRA_CLIENT_SECRET) to send them by mail");
  if (notifier) {
    const people = personSettingsFor(config, db, app.log);
    const scheduler = startReminderScheduler({ db, config, notifier, people, intervalMs: config.reminders.intervalSec * 1000, log: app.log });
    app.addHook("onClose", () => scheduler.stop());
  }
  if (config.retentionIntervalSec > 0) {
    const retention = startRetentionScheduler({ db, intervalMs: config.retentionIntervalSec * 1000, log: app.log });
    app.addHook("onClose", () => retention.stop());
  }
  await pageRoutes(app, { publicUrl: config.publicUrl, ...(options.distDir !== undefined ? { distDir: options.distDir } : {}) });
  return app;
}

/**
 * Fastify's own hop count trusts nobody (it can't vouch for the nearest peer), so a count becomes a
 * function: the first `hops` addresses, from the socket inwards, are proxies. Only safe when nothing
 * reaches the server except through them — the README says so; a list of addresses is safer.
 */
function trustProxyOption(trust: Config["trustProxy"]): false | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if (typeof trust === "number") return (_address, hop) => hop < trust;
  return [...trust];
}

interface ErrorResponse {
  status: number;
  body: ApiErrorBody;
  headers: Record<string, string>;
}

/** Maps anything thrown to one JSON error. Only our own and Fastify's 4xx messages reach the client. */
export function toErrorResponse(error: FastifyError, bodyLimitBytes: number): ErrorResponse {
  if (error instanceof HttpError) return { status: error.statusCode, body: error.toBody(), headers: error.headers };
  const bad = (message: string, code: ApiErrorBody["error"]["code"] = "bad_request", status = 400): ErrorResponse => ({
    status,
    body: { error: { code, message, ...(code === "bad_request" ? { field: "body" } : {}) } },
    headers: {},
  });
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return bad(`The request body is larger than the limit of ${bodyLimitBytes} bytes`, "payload_too_large", 413);
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return bad("Send the request body as JSON (Content-Type: application/json)");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return bad("The request body is not valid JSON");
  }
  const status = typeof error.statusCode === "number" ? error.statusCode : 500;
  if (status >= 400 && status < 500) {
    if (error instanceof SyntaxError) return bad("The request body is not valid JSON");
    const code = errorCodeForStatus(status);
    return { status, body: { error: { code, message: error.message } }, headers: {} };
  }
  return { status: 500, body: { error: { code: "internal", message: INTERNAL_ERROR_MESSAGE } }, headers: {} };
}
