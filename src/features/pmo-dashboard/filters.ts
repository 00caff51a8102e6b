import type { CommitmentStatus } from "../../core/api/contract";
import type { CommitmentListQuery, CommitmentSort } from "../../core/api/commitment-list-contract";
import { localIsoDate } from "../../components/dates";

export interface CommitmentFilters {
  status: CommitmentStatus | "";
  department: string;
  /** A shared objective's id (set from the per-objective chart); "" means any. */
  objective: string;
  /** Its title, only to show the applied filter. */
  objectiveTitle: string;
  overdue: boolean;
  /** Free text (action, how it serves, owner, objective); sent as `q` once typing pauses. */
  q: string;
  sort: CommitmentSort;
}

export const NO_FILTERS: CommitmentFilters = { status: "", department: "", objective: "", objectiveTitle: "", overdue: false, q: "", sort: "due" };

/** The API query for the filters ("" means "any"); the exports use the same query without a cursor. */
export function toQuery(filters: CommitmentFilters, page?: { cursor?: string | null; limit?: number }): CommitmentListQuery {
  const query: CommitmentListQuery = {};
  if (filters.status) query.status = filters.status;
  if (filters.department) query.department = filters.department;
  if (filters.objective) query.objective = filters.objective;
  if (filters.overdue) {
    query.overdue = "true";
    // "Overdue" is judged on the user's own calendar day, the same day the table's badge uses.
    query.today = localIsoDate();
  }
  const text = filters.q.trim();
  if (text) query.q = text;
  // The default order needs no parameter, which keeps older servers' cursors and queries as they were.
  if (filters.sort !== "due") query.sort = filters.sort;
  if (page?.cursor) query.cursor = page.cursor;
  if (page?.limit) query.limit = page.limit;
  return query;
}
