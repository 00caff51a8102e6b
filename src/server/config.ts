// The server's whole configuration, read from environment variables once at start.
// Every problem is collected before failing, so one restart is enough to fix them all.
import path from "node:path";
import { DEMO_TENANT_ID } from "./demo/demo-ids";
import { ENTRA_VARS, RULES, type Parsed, type Rule, type Rules } from "./config-rules";
import { isLoopbackHost } from "./network-config";
import { serverTimeZone } from "./time-zone";

export type NodeEnv = "development" | "test" | "production";
export type AuthMode = "local" | "entra";
/** line-of-business: one organization runs its own server; saas: one multi-tenant service, tenants onboard by admin consent. */
export type DeploymentMode = "line-of-business" | "saas";
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

export interface EntraConfig {
  /** The API's app registration (client) id, lower-case GUID. */
  readonly clientId: string;
  /** Accepted `aud` values: the client id and the Application ID URIs it may be exposed as. */
  readonly audience: readonly string[];
  /** Scope name (without the api:// prefix) that the `scp` claim must contain. */
  readonly requiredScope: string;
  /** Tenant ids allowed to call the API; null = any tenant (multi-tenant app). */
  readonly allowedTenants: readonly string[] | null;
  readonly authorityHost: string;
  /** Where pages sign in (MSAL's authority): `<authority host>/<tenant id>` or `/organizations`. */
  readonly authority: string;
  readonly jwksUri: string;
  /** For Graph on-behalf-of calls (departments, meeting thread ids); null = no Graph, local directory table only. */
  readonly clientSecret: string | null;
  /** Microsoft Graph root, e.g. https://graph.microsoft.com/v1.0 (national clouds differ). */
  readonly graphBaseUrl: string;
  /** How long a person's department read from Graph is reused from the directory_users table. */
  readonly directoryCacheTtlSec: number;
}

export interface Config {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly host: string;
  /** Origin (plus optional path) users reach the server at, without a trailing slash. */
  readonly publicUrl: string;
  /** Absolute directory for the SQLite file and the local signing key. */
  readonly dataDir: string;
  /** postgres:// URL; null = embedded SQLite under dataDir. */
  readonly databaseUrl: string | null;
  readonly authMode: AuthMode;
  readonly entra: EntraConfig | null;
  readonly logLevel: LogLevel;
  readonly bodyLimitBytes: number;
  readonly demoData: boolean;
  /** The reminder job (src/server/reminders). */
  readonly reminders: RemindersConfig;
  /** Requests per user (per IP on public routes) and instance; null = no limit (RATE_LIMIT_PER_MINUTE=0). */
  readonly rateLimit: RateLimitConfig | null;
  /**
   * Which proxies in front of the server are believed about the client's address (X-Forwarded-For):
   * false = none (the socket's peer is the client), a number = that many hops, a list = those
   * addresses / CIDR ranges (or proxy-addr's names loopback, linklocal, uniquelocal).
   */
  readonly trustProxy: false | number | readonly string[];
  /** Live agenda streams (server-sent events) allowed open at once. */
  readonly liveStreams: LiveStreamsConfig;
  /** Seconds between integrity checks of the SQLite file (PRAGMA quick_check); 0 = only at start. */
  readonly dbCheckIntervalSec: number;
  /** The organisation's defaults for people whose own time zone or language is not known. */
  readonly tenantDefaults: TenantDefaults;
  /** One log line per request (LOG_REQUESTS=true); off by default: the server logs what needs attention. */
  readonly logRequests: boolean;
  /** Who runs this server and how to reach them: the privacy, terms and support pages say it. */
  readonly operator: OperatorConfig;
  readonly deploymentMode: DeploymentMode;
  /** Seconds between runs of the retention job (finished agendas, old idempotency answers); 0 = off. */
  readonly retentionIntervalSec: number;
}

export interface OperatorConfig {
  /** The organization responsible for this server and its data; null = "the organization that runs this server". */
  readonly name: string | null;
  /** Where users and administrators write for support and privacy requests; null = "your administrator". */
  readonly supportEmail: string | null;
  /** Where the data is kept (e.g. "Microsoft Azure, Japan East"), as the privacy page says it. */
  readonly dataLocation: string | null;
  /** An external status page, linked from the support page next to the live health check. */
  readonly statusUrl: string | null;
}

export interface TenantDefaults {
  /** IANA time zone (TENANT_TIME_ZONE, default the server's TZ): exports' times, and "today" for unknown people. */
  readonly timeZone: string;
  /** TENANT_LANGUAGE: reminders for people whose language is not known. */
  readonly language: "ja" | "en";
}


export interface LiveStreamsConfig {
  /** Per signed-in user (tenant + object id), on this instance. */
  readonly perUser: number;
  /** Per organisation (tenant), on this instance: a share of the process's streams. */
  readonly perTenant: number;
  /** On this instance, for everyone together. */
  readonly perProcess: number;
}

export const DEFAULT_LIVE_STREAMS: LiveStreamsConfig = Object.freeze({ perUser: 10, perTenant: 500, perProcess: 1000 });

export interface RateLimitConfig {
  /** Requests allowed at once. */
  readonly burst: number;
  /** Requests regained per minute. */
  readonly perMinute: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = Object.freeze({ burst: 3000, perMinute: 6000 });

/**
 * A PMO who receives one tenant's weekly summary. An entry configured without a tenant id belongs to
 * the one tenant the server serves (the only ENTRA_ALLOWED_TENANTS entry, or the demo tenant in
 * local mode); it never receives other tenants' summaries.
 */
export interface PmoRecipient {
  readonly tenantId: string;
  readonly email: string;
}

export interface RemindersConfig {
  /** Seconds between runs of the reminder job; 0 = the job does not run on its own (default in tests). */
  readonly intervalSec: number;
  /** A digest lists open commitments due within this many days, and every overdue one. */
  readonly dueSoonDays: number;
  /** Who gets the weekly summary; empty = the tenant's PMOs known locally (demo PMOs in local mode). */
  readonly pmoRecipients: readonly PmoRecipient[];
  /** Entra mode: the mailbox reminders are sent from (Graph sendMail); null = no reminders by mail. */
  readonly mailFrom: string | null;
  /** The scheduled job sends nothing before this hour (0–23) in the recipient's own time zone. */
  readonly sendHour: number;
}

/** Thrown by loadConfig; `problems` has one line per wrong variable, each naming it. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}


/** Reads and validates the configuration. Throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const given = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === "" ? undefined : raw;
  };

  const v: Parsed = {};
  for (const name of Object.keys(RULES) as (keyof Rules)[]) {
    const raw = given(name);
    if (raw === undefined) continue;
    const rule: Rule<unknown> = RULES[name];
    const result = rule.schema.safeParse(raw);
    if (result.success) (v as Record<string, unknown>)[name] = result.data;
    else problems.push(`${name} must be ${rule.expect} (got '${rule.redact ? rule.redact(raw) : raw}')`);
  }

  const nodeEnv = v.NODE_ENV ?? "development";
  const port = v.PORT ?? 3000;
  const publicUrl = v.PUBLIC_URL ?? `http://localhost:${port}`;
  const host = v.HOST ?? "localhost";
  // Fail closed: the demo sign-in is a default only where it can't be reached from the network.
  const authModeGiven = given("AUTH_MODE") !== undefined;
  const authMode = v.AUTH_MODE ?? (authModeGiven || nodeEnv === "production" ? undefined : "local");
  const entraSet = Object.keys(env).filter((name) => name.startsWith("ENTRA_") && given(name) !== undefined);

  if (!authModeGiven && nodeEnv === "production") {
    problems.push("AUTH_MODE is required in production (NODE_ENV=production): set AUTH_MODE=entra");
  }
  if (authMode === "local" && nodeEnv === "production") {
    problems.push("AUTH_MODE=local is for development only: set AUTH_MODE=entra in production (NODE_ENV=production)");
  }
  if (authMode === "local" && nodeEnv !== "production") {
    const exposed: string[] = [];
    if (!isLoopbackHost(host)) exposed.push(`HOST=${host} is not a loopback address`);
    if (v.PUBLIC_URL !== undefined && !isLoopbackHost(new URL(v.PUBLIC_URL).hostname)) exposed.push(`PUBLIC_URL=${v.PUBLIC_URL} is not on localhost`);
    if (exposed.length > 0) {
      problems.push(
        `${authModeGiven ? "AUTH_MODE=local" : "AUTH_MODE is not set, so the demo sign-in (local)"} would hand anyone who reaches the server a token, and ${exposed.join(" and ")}: ` +
          "set AUTH_MODE=entra for a server others use, or keep HOST and PUBLIC_URL on localhost for the demo",
      );
    }
  }
  if (authMode === "local" && entraSet.length > 0) {
    problems.push(`${entraSet.join(", ")} ${entraSet.length === 1 ? "is" : "are"} set but AUTH_MODE is local: set AUTH_MODE=entra or remove ${entraSet.length === 1 ? "it" : "them"}`);
  }
  // A typo such as ENTRA_ALLOWED_TENANT would otherwise silently allow every tenant.
  for (const name of entraSet) {
    if (!(ENTRA_VARS as readonly string[]).includes(name)) {
      problems.push(`${name} is not a known setting (known: ${ENTRA_VARS.join(", ")})`);
    }
  }
  if (authMode === "entra" && given("ENTRA_CLIENT_ID") === undefined) {
    problems.push("ENTRA_CLIENT_ID is required when AUTH_MODE=entra");
  }
  if (v.ENTRA_AUTHORITY !== undefined && v.ENTRA_AUTHORITY_HOST !== undefined && new URL(v.ENTRA_AUTHORITY).origin !== v.ENTRA_AUTHORITY_HOST) {
    problems.push(`ENTRA_AUTHORITY must be on ENTRA_AUTHORITY_HOST (${v.ENTRA_AUTHORITY_HOST}), got '${v.ENTRA_AUTHORITY}'`);
  }
  if (authMode === "entra" && nodeEnv === "production") {
    for (const name of ["ENTRA_AUTHORITY_HOST", "ENTRA_AUTHORITY", "ENTRA_JWKS_URI", "ENTRA_GRAPH_BASE_URL"] as const) {
      if (v[name]?.startsWith("http:")) problems.push(`${name} must use https in production (got '${v[name]}')`);
    }
  }

  if (v.NOTIFY_MAIL_FROM !== undefined && (authMode !== "entra" || given("ENTRA_CLIENT_SECRET") === undefined)) {
    problems.push("NOTIFY_MAIL_FROM needs AUTH_MODE=entra and ENTRA_CLIENT_SECRET (reminders go by mail through Microsoft Graph); in local mode they go to the outbox");
  }

  // Untenanted PMO_NOTIFY_EMAILS entries belong to the one tenant this server serves; with several
  // tenants they would receive every tenant's summary, so each must name its tenant.
  const singleTenant = authMode === "local" ? DEMO_TENANT_ID : v.ENTRA_ALLOWED_TENANTS?.length === 1 ? v.ENTRA_ALLOWED_TENANTS[0] : undefined;
  const untenanted = (v.PMO_NOTIFY_EMAILS ?? []).filter((r) => r.tenantId === null).map((r) => r.email);
  if (untenanted.length > 0 && singleTenant === undefined) {
    problems.push(
      `PMO_NOTIFY_EMAILS names ${untenanted.join(", ")} without a tenant id, and this server may serve several tenants (ENTRA_ALLOWED_TENANTS does not name exactly one): ` +
        "write each as <tenant-guid>:pmo@example.com, or they would receive every tenant's weekly summary",
    );
  }
  const pmoRecipients: PmoRecipient[] = (v.PMO_NOTIFY_EMAILS ?? []).map((r) => ({ tenantId: r.tenantId ?? singleTenant ?? "", email: r.email }));
  if (v.DEPLOYMENT_MODE === "saas") {
    // One service for many organizations: Entra sign-in, a secret to confirm each tenant's consent
    // and to call Graph, the tenants table as the allow-list, and a contact for the listing's pages.
    if (authMode !== "entra") problems.push("DEPLOYMENT_MODE=saas needs AUTH_MODE=entra");
    if (given("ENTRA_CLIENT_SECRET") === undefined) problems.push("DEPLOYMENT_MODE=saas needs ENTRA_CLIENT_SECRET (it confirms each organization's admin consent)");
    if (given("ENTRA_ALLOWED_TENANTS") !== undefined) {
      problems.push("ENTRA_ALLOWED_TENANTS is for line-of-business deployments: with DEPLOYMENT_MODE=saas, organizations are enabled through /onboarding");
    }
    if (nodeEnv === "production") {
      for (const name of ["SUPPORT_EMAIL", "OPERATOR_NAME"] as const) {
        if (given(name) === undefined) problems.push(`${name} is required with DEPLOYMENT_MODE=saas in production (the privacy, terms and support pages name it)`);
      }
    }
  }

  if (problems.length > 0) throw new ConfigError(problems);

  let entra: EntraConfig | null = null;
  if (authMode === "entra" && v.ENTRA_CLIENT_ID !== undefined) {
    const clientId = v.ENTRA_CLIENT_ID;
    const publicHost = new URL(publicUrl).host;
    const authorityHost = v.ENTRA_AUTHORITY_HOST ?? (v.ENTRA_AUTHORITY ? new URL(v.ENTRA_AUTHORITY).origin : "https://login.microsoftonline.com");
    const allowedTenants = v.ENTRA_ALLOWED_TENANTS ? Object.freeze([...new Set(v.ENTRA_ALLOWED_TENANTS)]) : null;
    entra = Object.freeze({
      clientId,
      audience: Object.freeze(
        v.ENTRA_AUDIENCE ?? [...new Set([clientId, `api://${publicHost}/${clientId}`, `api://${clientId}`])],
      ),
      requiredScope: v.ENTRA_SCOPE ?? "access_as_user",
      allowedTenants,
      authorityHost,
      // Without ENTRA_AUTHORITY: the one allowed tenant, else any work or school account.
      authority: v.ENTRA_AUTHORITY ?? `${authorityHost}/${allowedTenants?.length === 1 ? allowedTenants[0] : "organizations"}`,
      jwksUri: v.ENTRA_JWKS_URI ?? `${authorityHost}/common/discovery/v2.0/keys`,
      clientSecret: v.ENTRA_CLIENT_SECRET ?? null,
      graphBaseUrl: v.ENTRA_GRAPH_BASE_URL ?? "https://graph.microsoft.com/v1.0",
      directoryCacheTtlSec: v.ENTRA_DIRECTORY_CACHE_TTL_SEC ?? 24 * 60 * 60,
    });
  }

  return Object.freeze({
    nodeEnv,
    port,
    host,
    publicUrl,
    dataDir: path.resolve(v.DATA_DIR ?? "data"),
    databaseUrl: v.DATABASE_URL ?? null,
    authMode: authMode ?? "local",
    entra,
    logLevel: v.LOG_LEVEL ?? "info",
    bodyLimitBytes: v.BODY_LIMIT_BYTES ?? 1_048_576,
    demoData: v.DEMO_DATA ?? authMode === "local",
    reminders: Object.freeze({
      // Off in tests unless a test starts the job itself; every 15 minutes otherwise.
      intervalSec: v.REMINDERS_INTERVAL_SEC ?? (nodeEnv === "test" ? 0 : 900),
      dueSoonDays: v.REMINDERS_DUE_SOON_DAYS ?? 3,
      pmoRecipients: Object.freeze(pmoRecipients),
      mailFrom: v.NOTIFY_MAIL_FROM ?? null,
      sendHour: v.REMINDERS_SEND_HOUR ?? 8,
    }),
    deploymentMode: v.DEPLOYMENT_MODE ?? "line-of-business",
    retentionIntervalSec: v.RETENTION_INTERVAL_SEC ?? (nodeEnv === "test" ? 0 : 3600),
    operator: Object.freeze({
      name: v.OPERATOR_NAME ?? null,
      supportEmail: v.SUPPORT_EMAIL ?? null,
      dataLocation: v.DATA_LOCATION ?? null,
      statusUrl: v.STATUS_URL ?? null,
    }),
    // Generous: a person clicking never comes near; a runaway script or a stolen token does.
    rateLimit:
      v.RATE_LIMIT_PER_MINUTE === 0
        ? null
        : Object.freeze({ burst: v.RATE_LIMIT_BURST ?? DEFAULT_RATE_LIMIT.burst, perMinute: v.RATE_LIMIT_PER_MINUTE ?? DEFAULT_RATE_LIMIT.perMinute }),
    trustProxy: Array.isArray(v.TRUST_PROXY) ? Object.freeze([...v.TRUST_PROXY]) : (v.TRUST_PROXY ?? false),
    liveStreams: Object.freeze({
      perUser: v.LIVE_STREAMS_PER_USER ?? DEFAULT_LIVE_STREAMS.perUser,
      // Half of the process's streams unless set: one organisation never takes them all.
      perTenant: v.LIVE_STREAMS_PER_TENANT ?? Math.max(1, Math.floor((v.LIVE_STREAMS_MAX ?? DEFAULT_LIVE_STREAMS.perProcess) / 2)),
      perProcess: v.LIVE_STREAMS_MAX ?? DEFAULT_LIVE_STREAMS.perProcess,
    }),
    // quick_check reads the whole file (in a worker thread): at start, then every 6 hours.
    dbCheckIntervalSec: v.DB_CHECK_INTERVAL_SEC ?? 6 * 60 * 60,
    tenantDefaults: Object.freeze({ timeZone: v.TENANT_TIME_ZONE ?? serverTimeZone(env), language: v.TENANT_LANGUAGE ?? "ja" }),
    logRequests: v.LOG_REQUESTS ?? false,
  });
}
