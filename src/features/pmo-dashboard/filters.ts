import type { CommitmentListQuery, CommitmentStatus } from "../../core/api/contract";
import { localIsoDate } from "../../components/dates";

export interface CommitmentFilters {
  status: CommitmentStatus | "";
  department: string;
  overdue: boolean;
}

export const NO_FILTERS: CommitmentFilters = { status: "", department: "", overdue: false };

/** The API query for the filters ("" means "any"); the export uses the same query without a cursor. */
export function toQuery(filters: CommitmentFilters, page?: { cursor?: string | null; limit?: number }): CommitmentListQuery {
  const query: CommitmentListQuery = {};
  if (filters.status) query.status = filters.status;
  if (filters.department) query.department = filters.department;
  if (filters.overdue) {
    query.overdue = "true";
    // "Overdue" is judged on the user's own calendar day, the same day the table's badge uses.
    query.today = localIsoDate();
  }
  if (page?.cursor) query.cursor = page.cursor;
  if (page?.limit) query.limit = page.limit;
  return query;
}
