// Each person's time zone and language, with the organisation's defaults where a person's are not
// known. Local mode: what the directory says (person_settings, filled by the demo data and the
// directory CSV import). Entra mode with a client secret: Exchange mailbox settings through
// Microsoft Graph (app-only), cached in person_settings for ENTRA_DIRECTORY_CACHE_TTL_SEC; a Graph
// failure is logged and the cached or default values answer, so a reminder never waits on Graph.
import type { Config, TenantDefaults } from "../config";
import type { Db } from "../db/database";
import { createGraphClient, type GraphClient } from "../graph/graph-client";
import { GraphError } from "../graph/graph-error";
import { msalAppTokenProvider, type AppTokenProvider } from "../graph/app-token-provider";
import { readMailboxSettings } from "./graph-mailbox-settings";
import { findPersonSettingsRows, upsertPersonSettings, type PersonSettingsRow } from "./person-settings.repository";

export interface PersonClock {
  timeZone: string;
  language: "ja" | "en";
}

export interface PersonSettingsSource {
  /** What is known of these people (lower-case emails); people with nothing known are left out. */
  find(tenantId: string, emails: readonly string[]): Promise<PersonSettingsRow[]>;
}

export interface SettingsLog {
  warn(details: object, message: string): void;
}

export function localPersonSettings(db: Db): PersonSettingsSource {
  return { find: (tenantId, emails) => findPersonSettingsRows(db, tenantId, emails) };
}

export interface GraphPersonSettingsOptions {
  db: Db;
  graph: GraphClient;
  tokens: AppTokenProvider;
  ttlSec: number;
  log?: SettingsLog;
  now?: () => number;
}

export function graphPersonSettings(options: GraphPersonSettingsOptions): PersonSettingsSource {
  const now = options.now ?? Date.now;
  return {
    async find(tenantId, emails) {
      const rows = await findPersonSettingsRows(options.db, tenantId, emails);
      const byEmail = new Map(rows.map((r) => [r.email, r]));
      const freshAfter = now() - options.ttlSec * 1000;
      const stale = [...new Set(emails.map((e) => e.toLowerCase()))].filter((e) => {
        const row = byEmail.get(e);
        return !row || Date.parse(row.updated_at) <= freshAfter;
      });
      if (stale.length === 0) return rows;
      try {
        const token = await options.tokens.tokenFor(tenantId);
        const read = [];
        for (const email of stale) {
          try {
            read.push({ email, ...(await readMailboxSettings(options.graph, token, email)) });
          } catch (error) {
            // No mailbox (a guest, a room) or no permission for this one: remember "unknown" for
            // the cache time rather than ask again on every run.
            if (!(error instanceof GraphError) || (error.status !== 404 && error.status !== 403)) throw error;
            options.log?.warn({ code: error.code, status: error.status }, `mailbox settings unavailable for a person: ${error.message}`);
            read.push({ email, timeZone: null, language: null });
          }
        }
        const at = new Date(now()).toISOString();
        await upsertPersonSettings(options.db, tenantId, read, "graph", at);
        for (const r of read) byEmail.set(r.email, { tenant_id: tenantId, email: r.email, time_zone: r.timeZone, language: r.language, source: "graph", updated_at: at });
      } catch (error) {
        if (!(error instanceof GraphError)) throw error;
        options.log?.warn({ code: error.code, status: error.status }, `reading mailbox settings through Microsoft Graph failed: ${error.message}`);
      }
      return [...byEmail.values()];
    },
  };
}

/** The source the configuration calls for (see the file comment). */
export function personSettingsFor(config: Config, db: Db, log?: SettingsLog, tokens?: AppTokenProvider): PersonSettingsSource {
  const entra = config.entra;
  if (config.authMode !== "entra" || !entra || entra.clientSecret === null) return localPersonSettings(db);
  return graphPersonSettings({
    db,
    graph: createGraphClient({ baseUrl: entra.graphBaseUrl }),
    tokens: tokens ?? msalAppTokenProvider(entra),
    ttlSec: entra.directoryCacheTtlSec,
    ...(log ? { log } : {}),
  });
}

/** Every asked person's clock: their own settings where known, the tenant's defaults elsewhere. */
export async function clocksFor(
  source: PersonSettingsSource,
  defaults: TenantDefaults,
  tenantId: string,
  emails: readonly string[],
): Promise<Map<string, PersonClock>> {
  const known = new Map((await source.find(tenantId, emails)).map((r) => [r.email, r]));
  const clocks = new Map<string, PersonClock>();
  for (const email of emails) {
    const row = known.get(email.toLowerCase());
    const language = row?.language === "ja" || row?.language === "en" ? row.language : defaults.language;
    clocks.set(email.toLowerCase(), { timeZone: row?.time_zone ?? defaults.timeZone, language });
  }
  return clocks;
}

/** One person's clock from what the table already holds (request paths never wait on Graph). */
export async function storedClockOf(db: Db, defaults: TenantDefaults, tenantId: string, email: string): Promise<PersonClock> {
  const clocks = await clocksFor(localPersonSettings(db), defaults, tenantId, [email]);
  return clocks.get(email.toLowerCase()) ?? { timeZone: defaults.timeZone, language: defaults.language };
}
