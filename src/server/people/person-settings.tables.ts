// The table of migration 2026-12-07-301-person-settings, added to the Kysely type where it is used.
import type { Kysely } from "kysely";
import type { Database, Db } from "../db/database";

export interface PersonSettingsTable {
  tenant_id: string;
  email: string;
  time_zone: string | null;
  language: string | null;
  source: string;
  updated_at: string;
}

// A type alias, not an interface: withTables wants an index-signature-compatible record.
export type PersonSettingsTables = { person_settings: PersonSettingsTable };

export const withPersonSettings = (db: Db): Kysely<Database & PersonSettingsTables> => db.withTables<PersonSettingsTables>();
