// The list's sort orders as SQL: one NOT NULL column plus the id as tie-break, so a keyset cursor
// (value, id) continues any order without skipping or repeating rows that share a value.
import type { CommitmentSort, CommitmentSortKey } from "../../core/api/commitment-list-contract";
import type { CommitmentRow } from "./commitment.table";

export type SortColumn = "due_date" | "owner_name" | "owner_department" | "status" | "updated_at";

export const DEFAULT_SORT: CommitmentSort = "due";

const COLUMNS: Record<CommitmentSortKey, SortColumn> = {
  due: "due_date",
  owner: "owner_name",
  department: "owner_department",
  status: "status",
  updated: "updated_at",
};

export interface SortOrder {
  column: SortColumn;
  descending: boolean;
}

export function sortOrder(sort: CommitmentSort = DEFAULT_SORT): SortOrder {
  const descending = sort.startsWith("-");
  const key = (descending ? sort.slice(1) : sort) as CommitmentSortKey;
  return { column: COLUMNS[key], descending };
}

/** The sort column's value of a row: what the next page's cursor continues from. */
export function sortValue(row: CommitmentRow, sort: CommitmentSort = DEFAULT_SORT): string {
  return row[sortOrder(sort).column];
}
