// Each environment variable the server reads: how it is parsed and what a valid value is, in words
// for the error message ("<NAME> must be …"). loadConfig (config.ts) applies them and combines them.
import { z } from "zod";
import { trustProxyOf } from "./network-config";
import { isTimeZone } from "./time-zone";

export const ENTRA_VARS = [
  "ENTRA_CLIENT_ID",
  "ENTRA_AUDIENCE",
  "ENTRA_SCOPE",
  "ENTRA_ALLOWED_TENANTS",
  "ENTRA_AUTHORITY_HOST",
  "ENTRA_AUTHORITY",
  "ENTRA_JWKS_URI",
  "ENTRA_CLIENT_SECRET",
  "ENTRA_GRAPH_BASE_URL",
  "ENTRA_DIRECTORY_CACHE_TTL_SEC",
] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const guid = z.string().regex(GUID).transform((s) => s.toLowerCase());
const commaList = <T>(item: z.ZodType<T, string>) =>
  z
    .string()
    .transform((s) => s.split(",").map((part) => part.trim()).filter((part) => part !== ""))
    .pipe(z.array(item).min(1));
const httpUrl = z
  .url({ protocol: /^https?$/ })
  .refine((s) => !s.endsWith("/") && URL.canParse(s) && new URL(s).search === "" && new URL(s).hash === "");
const origin = z.url({ protocol: /^https?$/ }).refine((s) => URL.canParse(s) && new URL(s).origin === s);
const intIn = (min: number, max: number) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));

/** "pmo@x" (every tenant) or "<tenant-guid>:pmo@x" (that tenant only); validated by the pipe after it. */
function pmoRecipientOf(entry: string): { tenantId: string | null; email: string } {
  const cut = entry.indexOf(":");
  return { tenantId: cut < 0 ? null : entry.slice(0, cut), email: entry.slice(cut + 1).toLowerCase() };
}

export interface Rule<T> {
  schema: z.ZodType<T, string>;
  /** Completes "<NAME> must be …". */
  expect: string;
  /** Shown instead of the value in messages, for secrets and URLs that may carry passwords. */
  redact?: (raw: string) => string;
}

export const RULES = {
  NODE_ENV: { schema: z.enum(["development", "test", "production"]), expect: "development, test or production" },
  PORT: { schema: intIn(1, 65535), expect: "an integer from 1 to 65535" },
  HOST: { schema: z.string().regex(/^[^\s/]+$/), expect: "a host name or IP address to listen on" },
  PUBLIC_URL: { schema: httpUrl, expect: "an http(s) URL without a trailing slash or query, e.g. https://app.example.com" },
  DATA_DIR: { schema: z.string().min(1), expect: "a directory path" },
  DATABASE_URL: {
    schema: z.string().regex(/^postgres(ql)?:\/\/\S+$/).refine((s) => URL.canParse(s)),
    expect: "a postgres:// or postgresql:// URL",
    redact: (raw: string) => `${raw.split(":")[0] ?? ""}:…`,
  },
  AUTH_MODE: { schema: z.enum(["local", "entra"]), expect: "local or entra" },
  ENTRA_CLIENT_ID: { schema: guid, expect: "the app registration's client id (a GUID)" },
  ENTRA_AUDIENCE: { schema: commaList(z.string().regex(/^\S+$/)), expect: "a comma-separated list of accepted audiences" },
  ENTRA_SCOPE: {
    schema: z.string().regex(/^[A-Za-z0-9._-]+$/),
    expect: "a scope name such as access_as_user (without the api:// prefix)",
  },
  ENTRA_ALLOWED_TENANTS: { schema: commaList(guid), expect: "a comma-separated list of tenant ids (GUIDs)" },
  ENTRA_AUTHORITY_HOST: { schema: origin, expect: "an http(s) origin without a path, e.g. https://login.microsoftonline.com" },
  ENTRA_AUTHORITY: {
    schema: httpUrl.refine((s) => /^\/[A-Za-z0-9.-]+$/.test(new URL(s).pathname)),
    expect: "the sign-in authority: the authority host and one tenant segment, e.g. https://login.microsoftonline.com/<tenant id> or …/organizations",
  },
  ENTRA_JWKS_URI: { schema: httpUrl, expect: "an http(s) URL of the signing keys (JWKS)" },
  ENTRA_CLIENT_SECRET: { schema: z.string().min(1), expect: "the client secret", redact: () => "…" },
  ENTRA_GRAPH_BASE_URL: { schema: httpUrl, expect: "the Microsoft Graph root URL, e.g. https://graph.microsoft.com/v1.0" },
  ENTRA_DIRECTORY_CACHE_TTL_SEC: { schema: intIn(0, 31_536_000), expect: "a number of seconds from 0 to 31536000" },
  LOG_LEVEL: {
    schema: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
    expect: "one of fatal, error, warn, info, debug, trace, silent",
  },
  BODY_LIMIT_BYTES: { schema: intIn(1, 1_073_741_824), expect: "a number of bytes from 1 to 1073741824" },
  REMINDERS_INTERVAL_SEC: { schema: intIn(0, 86_400), expect: "a number of seconds from 0 (off) to 86400" },
  REMINDERS_DUE_SOON_DAYS: { schema: intIn(0, 60), expect: "a number of days from 0 to 60" },
  REMINDERS_SEND_HOUR: { schema: intIn(0, 23), expect: "an hour of the day from 0 to 23" },
  PMO_NOTIFY_EMAILS: {
    schema: commaList(z.string().transform(pmoRecipientOf).pipe(z.object({ tenantId: guid.nullable(), email: z.email() }))),
    expect: "a comma-separated list of emails, each optionally prefixed with a tenant id and a colon (<tenant-guid>:pmo@example.com)",
  },
  NOTIFY_MAIL_FROM: { schema: z.email().transform((s) => s.toLowerCase()), expect: "the email address of the mailbox reminders are sent from" },
  DEMO_DATA: {
    schema: z.enum(["true", "false", "1", "0"]).transform((s) => s === "true" || s === "1"),
    expect: "true or false",
  },
  RATE_LIMIT_PER_MINUTE: { schema: intIn(0, 10_000_000), expect: "a number of requests per minute from 0 (no limit) to 10000000" },
  RATE_LIMIT_BURST: { schema: intIn(1, 10_000_000), expect: "a number of requests from 1 to 10000000" },
  TRUST_PROXY: {
    schema: z.string().transform(trustProxyOf).pipe(z.union([z.literal(false), z.number().int().min(1).max(20), z.array(z.string()).min(1)])),
    expect: "off, a number of proxy hops from 1 to 20, or a comma-separated list of proxy addresses or CIDR ranges (e.g. 10.0.0.0/8)",
  },
  LIVE_STREAMS_PER_USER: { schema: intIn(1, 1000), expect: "a number of streams from 1 to 1000" },
  LIVE_STREAMS_PER_TENANT: { schema: intIn(1, 1_000_000), expect: "a number of streams from 1 to 1000000" },
  LIVE_STREAMS_MAX: { schema: intIn(1, 1_000_000), expect: "a number of streams from 1 to 1000000" },
  DB_CHECK_INTERVAL_SEC: { schema: intIn(0, 31_536_000), expect: "a number of seconds from 0 (only at start) to 31536000" },
  TENANT_TIME_ZONE: { schema: z.string().refine(isTimeZone), expect: "an IANA time zone name such as Asia/Tokyo or Europe/Berlin" },
  TENANT_LANGUAGE: { schema: z.enum(["ja", "en"]), expect: "ja or en" },
  LOG_REQUESTS: {
    schema: z.enum(["true", "false", "1", "0"]).transform((s) => s === "true" || s === "1"),
    expect: "true or false",
  },
  DEPLOYMENT_MODE: { schema: z.enum(["line-of-business", "saas"]), expect: "line-of-business or saas" },
  RETENTION_INTERVAL_SEC: { schema: intIn(0, 86_400), expect: "a number of seconds from 0 (off) to 86400" },
  OPERATOR_NAME: { schema: z.string().max(120), expect: "the name of the organization that runs this server (at most 120 characters)" },
  SUPPORT_EMAIL: { schema: z.email().transform((s) => s.toLowerCase()), expect: "the email address for support and privacy requests" },
  DATA_LOCATION: { schema: z.string().max(200), expect: "where the data is kept, e.g. 'Microsoft Azure, Japan East' (at most 200 characters)" },
  STATUS_URL: { schema: z.url({ protocol: /^https$/ }), expect: "an https URL of the service's status page" },
} satisfies Record<string, Rule<unknown>>;

export type Rules = typeof RULES;
export type Parsed = { -readonly [K in keyof Rules]?: z.output<Rules[K]["schema"]> };
