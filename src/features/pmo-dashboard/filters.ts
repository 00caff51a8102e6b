// What the PMO is looking at: the filters (the list's and the charts' query), the order and the
// grouping of the table, and whether the charts are open — all of it in the page's URL
// (url-state.ts), so a view can be bookmarked, shared and gone back to.
import { COMMITMENT_STATUSES, type CommitmentStatus } from "../../core/api/contract";
import { COMMITMENT_SORTS, type CommitmentListQuery, type CommitmentSort } from "../../core/api/commitment-list-contract";
import type { DashboardQuery } from "../../core/api/dashboard-contract";
import { localIsoDate } from "../../components/dates";

export type Grouping = "objective" | "none";

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
  /** Due dates from / to (YYYY-MM-DD, inclusive); "" means open-ended. "Due this week" sets both. */
  dueFrom: string;
  dueTo: string;
  sort: CommitmentSort;
  /** Rows under their shared objective (default) or one flat list. */
  group: Grouping;
  /** The charts' section is open (default) or folded away. */
  charts: boolean;
}

export const NO_FILTERS: CommitmentFilters = {
  status: "",
  department: "",
  objective: "",
  objectiveTitle: "",
  overdue: false,
  q: "",
  dueFrom: "",
  dueTo: "",
  sort: "due",
  group: "objective",
  charts: true,
};

/** Only the filters, with the view's order, grouping and charts kept: what "clear all" leaves. */
export const cleared = (f: CommitmentFilters): CommitmentFilters => ({ ...NO_FILTERS, sort: f.sort, group: f.group, charts: f.charts });

/** True when some filter (not the order, grouping or charts) narrows the list. */
export const isFiltered = (f: CommitmentFilters): boolean =>
  f.status !== "" || f.department !== "" || f.objective !== "" || f.overdue || f.q.trim() !== "" || f.dueFrom !== "" || f.dueTo !== "";

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
  if (filters.dueFrom) query.dueFrom = filters.dueFrom;
  if (filters.dueTo) query.dueTo = filters.dueTo;
  const text = filters.q.trim();
  if (text) query.q = text;
  // The default order needs no parameter, which keeps older servers' cursors and queries as they were.
  if (filters.sort !== "due") query.sort = filters.sort;
  if (page?.cursor) query.cursor = page.cursor;
  if (page?.limit) query.limit = page.limit;
  return query;
}

/** The charts' query: every filter of the table (the summary counts exactly the rows listed). */
export function toSummaryQuery(filters: CommitmentFilters, today: string = localIsoDate()): DashboardQuery {
  const query: DashboardQuery = { today };
  if (filters.status) query.status = filters.status;
  if (filters.department) query.department = filters.department;
  if (filters.objective) query.objective = filters.objective;
  if (filters.overdue) query.overdue = "true";
  if (filters.dueFrom) query.dueFrom = filters.dueFrom;
  if (filters.dueTo) query.dueTo = filters.dueTo;
  const text = filters.q.trim();
  if (text) query.q = text;
  return query;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const param = (p: URLSearchParams, key: string, max = 200) => (p.get(key) ?? "").trim().slice(0, max);

/** The view a URL's query describes; anything unreadable falls back to the default. */
export function filtersFromSearch(search: string): CommitmentFilters {
  const p = new URLSearchParams(search);
  const status = param(p, "status");
  const sort = param(p, "sort");
  const dueFrom = param(p, "dueFrom");
  const dueTo = param(p, "dueTo");
  return {
    status: (COMMITMENT_STATUSES as readonly string[]).includes(status) ? (status as CommitmentStatus) : "",
    department: param(p, "department"),
    objective: param(p, "objective", 100),
    objectiveTitle: param(p, "objectiveTitle", 500),
    overdue: p.get("overdue") === "true",
    q: param(p, "q"),
    dueFrom: DAY.test(dueFrom) ? dueFrom : "",
    dueTo: DAY.test(dueTo) ? dueTo : "",
    sort: (COMMITMENT_SORTS as readonly string[]).includes(sort) ? (sort as CommitmentSort) : "due",
    group: p.get("group") === "none" ? "none" : "objective",
    charts: p.get("charts") !== "hidden",
  };
}

const VIEW_KEYS = ["status", "overdue", "dueFrom", "dueTo", "department", "objective", "objectiveTitle", "q", "sort", "group", "charts"];

/**
 * The URL query of a view: only what differs from the default, in a stable order. Parameters the
 * view doesn't own (?theme=, ?lang=) are kept from `keep`.
 */
export function searchOf(f: CommitmentFilters, keep = ""): string {
  const p = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(keep)) if (!VIEW_KEYS.includes(key)) p.append(key, value);
  if (f.status) p.set("status", f.status);
  if (f.overdue) p.set("overdue", "true");
  if (f.dueFrom) p.set("dueFrom", f.dueFrom);
  if (f.dueTo) p.set("dueTo", f.dueTo);
  if (f.department) p.set("department", f.department);
  if (f.objective) {
    p.set("objective", f.objective);
    if (f.objectiveTitle) p.set("objectiveTitle", f.objectiveTitle);
  }
  if (f.q.trim()) p.set("q", f.q.trim());
  if (f.sort !== "due") p.set("sort", f.sort);
  if (f.group !== "objective") p.set("group", f.group);
  if (!f.charts) p.set("charts", "hidden");
  const s = p.toString();
  return s ? `?${s}` : "";
}
