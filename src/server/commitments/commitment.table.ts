import type { Selectable } from "kysely";
import type { CommitmentHistoryTable, CommitmentsTable } from "../db/database";

/**
 * owner_oid may be left out of rows built in code (NULL: resolved or claimed later); request_id
 * too (NULL: not made by accepting a request).
 */
export type CommitmentRow = Omit<Selectable<CommitmentsTable>, "owner_oid" | "request_id"> & { owner_oid?: string | null; request_id?: string | null };
export type CommitmentHistoryRow = Selectable<CommitmentHistoryTable>;

/** The list filters in domain terms; the repository turns them into SQL. All are ANDed. */
export interface CommitmentFilter {
  objectiveId?: string;
  /** Matches the owner's department OR the department the commitment helps. */
  department?: string;
  ownerEmail?: string;
  /** mine=true: only the commitments this person (object id) owns (separate from `ownerEmail`, both apply). */
  mineOf?: string;
  status?: string;
  /** true: open and due before `today`; false: everything else. */
  overdue?: boolean;
  dueFrom?: string;
  dueTo?: string;
  agendaId?: string;
  /** Case-insensitive substring of the action, how it serves the objective, owner or objective. */
  text?: string;
  /** Today's UTC date (YYYY-MM-DD), for `overdue`. */
  today: string;
}

/** Where the previous page ended under the default sort: pages walk (due_date, id) ascending. */
export interface CommitmentCursor {
  dueDate: string;
  id: string;
}

/** Where the previous page ended under any sort: the sort column's value and the id (tie-break). */
export interface SortCursor {
  value: string;
  id: string;
}
