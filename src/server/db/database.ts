// The database schema as Kysely sees it. Column names are snake_case here and never leave the
// repositories: services map rows to the camelCase domain types of src/core/api/contract.ts.
// Timestamps are ISO-8601 UTC strings and due dates YYYY-MM-DD in both SQLite and PostgreSQL, so
// comparisons sort the same way everywhere.
import type { ColumnType, Generated, Kysely } from "kysely";

export interface ObjectivesTable {
  id: string;
  tenant_id: string;
  title: string;
  description: string;
  created_by: string;
  created_at: string;
  /** Migration 2026-12-07-201: archived (or merged into merged_into_id) objectives leave the picker. */
  archived_at: ColumnType<string | null, string | null | undefined, string | null>;
  merged_into_id: ColumnType<string | null, string | null | undefined, string | null>;
  version: Generated<number>;
}

export interface DepartmentsTable {
  id: string;
  tenant_id: string;
  name: string;
  mission: string;
  updated_at: string;
}

/** Local directory of people (local mode; Entra mode asks Microsoft Graph and caches here). */
export interface DirectoryUsersTable {
  tenant_id: string;
  email: string;
  name: string;
  department: string;
  updated_at: string;
  /** Entra object id Graph gave for this address (migration 2026-12-07-101); NULL = not resolved. */
  oid?: string | null;
}

export interface AgendasTable {
  id: string;
  tenant_id: string;
  organizer_email: string;
  subject: string;
  objective_id: string | null;
  objective_title: string;
  desired_outcome: string;
  /** JSON: AgendaDepartment[] (missions snapshotted for the appendix). */
  departments_json: string;
  /** JSON: string[]. */
  obstacles_json: string;
  lang: string;
  starts_at: string | null;
  ends_at: string | null;
  outlook_item_id: string | null;
  ical_uid: string | null;
  teams_thread_id: string | null;
  join_url: string | null;
  version: number;
  revision: number;
  created_at: string;
  updated_at: string;
  /** Purpose-first score 0–100, recomputed on every write (src/server/coach); NULL = not yet scored. */
  purpose_score?: number | null;
  /** The organizer's object id (tid + oid is who someone is); NULL until claimed (migration 2026-12-07-101). */
  organizer_oid?: string | null;
  /** How the Teams thread binding was proven: organizer | member | local; NULL = before proofs. */
  thread_proof?: string | null;
}

/** One row per attendee (and the organizer): who may read and write the agenda. */
export interface AgendaAttendeesTable {
  tenant_id: string;
  agenda_id: string;
  email: string;
  name: string;
  department: string;
  role: string;
  position: number;
  /** The attendee's object id: resolved from the address when saved, or claimed at sign-in; NULL = not yet. */
  oid?: string | null;
}

export interface ContributionsTable {
  id: string;
  tenant_id: string;
  agenda_id: string;
  department: string;
  author_email: string;
  author_name: string;
  /** The author's object id; NULL only on rows from before migration 2026-12-07-101, until claimed. */
  author_oid?: string | null;
  text: string;
  version: number;
  created_at: string;
  updated_at: string;
  /** Migration 2026-12-07-202: 1 = the organizer's department slot (proposed until confirmed). */
  slot: Generated<number>;
  confirmed_by_email: ColumnType<string | null, string | null | undefined, string | null>;
  confirmed_by_name: Generated<string>;
  confirmed_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CommitmentsTable {
  id: string;
  tenant_id: string;
  agenda_id: string;
  objective_id: string | null;
  objective_title: string;
  owner_email: string;
  owner_name: string;
  /** The owner's object id (from the owner's attendee row); NULL until resolved or claimed. */
  owner_oid?: string | null;
  owner_department: string;
  helps_department: string | null;
  action: string;
  due_date: string;
  serves_objective: string;
  status: string;
  contribution_id: string | null;
  created_by_email: string;
  created_at: string;
  updated_at: string;
  /** Optimistic concurrency (migration 006): +1 on every change; inserts may omit it (default 1). */
  version: Generated<number>;
  /** Migration 2026-12-07-601: the request (お願い) whose acceptance made it. */
  request_id?: string | null;
}

export interface CommitmentHistoryTable {
  id: string;
  tenant_id: string;
  commitment_id: string;
  at: string;
  by_email: string;
  field: string;
  from_value: string | null;
  to_value: string | null;
  note: string;
}

/** Responses of writes sent with an Idempotency-Key, replayed on retry instead of re-applied. */
export interface IdempotencyKeysTable {
  tenant_id: string;
  user_id: string;
  key: string;
  method: string;
  path: string;
  status_code: number;
  response_json: string;
  created_at: string;
}

export interface Database {
  objectives: ObjectivesTable;
  departments: DepartmentsTable;
  directory_users: DirectoryUsersTable;
  agendas: AgendasTable;
  agenda_attendees: AgendaAttendeesTable;
  contributions: ContributionsTable;
  commitments: CommitmentsTable;
  commitment_history: CommitmentHistoryTable;
  idempotency_keys: IdempotencyKeysTable;
}

export type Db = Kysely<Database>;
