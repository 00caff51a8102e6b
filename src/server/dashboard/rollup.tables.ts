// The rollup tables of migration 2026-11-28-007, kept by database triggers: read-only here.
import type { Kysely } from "kysely";
import type { Database, Db } from "../db/database";

export interface RollupDepartmentsTable {
  tenant_id: string;
  /** YYYY-MM of the due date. */
  due_month: string;
  owner_department: string;
  /** "" when the commitment helps no other department. */
  helps_department: string;
  status: string;
  n: number;
}

export interface RollupCreatedTable {
  tenant_id: string;
  /** "*": the whole tenant; "d:<name>": the commitments involving that department (owner's or helped). */
  scope: string;
  due_month: string;
  /** YYYY-MM-DD of created_at. */
  created_day: string;
  status: string;
  n: number;
}

export interface RollupObjectivesTable {
  tenant_id: string;
  scope: string;
  due_month: string;
  /** "" for commitments without an objective id. */
  objective_key: string;
  objective_title: string;
  owner_department: string;
  status: string;
  n: number;
}

// A type alias, not an interface: withTables wants an index-signature-compatible record.
export type RollupTables = {
  commitment_rollup_departments: RollupDepartmentsTable;
  commitment_rollup_created: RollupCreatedTable;
  commitment_rollup_objectives: RollupObjectivesTable;
};

export type RollupDb = Kysely<Database & RollupTables>;

/** The same connection (or transaction) typed with the rollup tables. */
export const withRollupTables = (db: Db): RollupDb => db.withTables<RollupTables>();
