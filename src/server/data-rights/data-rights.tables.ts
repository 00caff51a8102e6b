// The tables of migrations 2026-12-07-401 and -402, added to the Kysely type where they are used
// (as the reminder tables are), so the shared Database type stays as it is.
import type { Kysely } from "kysely";
import type { Database, Db } from "../db/database";

export interface TenantsTable {
  tenant_id: string;
  /** "enabled" | "disabled" */
  status: string;
  enabled_at: string | null;
  disabled_at: string | null;
  changed_by: string;
  updated_at: string;
}

export interface TenantSettingsTable {
  tenant_id: string;
  finished_agenda_retention_days: number | null;
  updated_by: string;
  updated_at: string;
}

export interface DataRightsAuditTable {
  id: string;
  tenant_id: string;
  at: string;
  actor_id: string;
  actor_email: string;
  action: string;
  details_json: string;
}

export type DataRightsTables = {
  tenants: TenantsTable;
  tenant_settings: TenantSettingsTable;
  data_rights_audit: DataRightsAuditTable;
};

export type DataRightsDb = Kysely<Database & DataRightsTables>;

export const withDataRightsTables = (db: Db): DataRightsDb => db.withTables<DataRightsTables>();
