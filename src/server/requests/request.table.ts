// The table of migration 2026-12-07-601, added to the Kysely type where it is used (as the
// reminder and data-rights tables are), so the shared Database type stays as it is.
import type { Kysely, Selectable } from "kysely";
import type { Database, Db } from "../db/database";

export interface DepartmentRequestsTable {
  id: string;
  tenant_id: string;
  agenda_id: string;
  from_department: string;
  to_department: string;
  text: string;
  needed_by: string | null;
  /** A RequestStatus. */
  status: string;
  asked_by_email: string;
  asked_by_oid: string | null;
  asked_by_name: string;
  response_text: string;
  answered_by_email: string | null;
  answered_by_oid: string | null;
  answered_by_name: string;
  answered_at: string | null;
  first_answered_at: string | null;
  commitment_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export type RequestRow = Selectable<DepartmentRequestsTable>;
export type RequestTables = { department_requests: DepartmentRequestsTable };
export type RequestDb = Kysely<Database & RequestTables>;

export const withRequestTables = (db: Db): RequestDb => db.withTables<RequestTables>();

/** The list filters in domain terms; the repository turns them into SQL. All are ANDed. */
export interface RequestFilter {
  department?: string;
  direction?: "incoming" | "outgoing";
  /** One status, or several (the waiting ones: open and countered). */
  status?: string | readonly string[];
  /** The asking department. */
  fromDepartment?: string;
  /** The asked department. */
  toDepartment?: string;
  /** Needed by a day before this one (YYYY-MM-DD): with the waiting statuses, the overdue ones. */
  neededBefore?: string;
  objectiveId?: string;
  agendaId?: string;
  /** Not a PMO: only requests of meetings this person (object id) organizes or attends. */
  visibleTo?: string;
}

/** Where the previous page ended: pages walk (created_at, id) ascending. */
export interface RequestCursor {
  createdAt: string;
  id: string;
}
