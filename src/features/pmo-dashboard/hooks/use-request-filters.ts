// The PMO's list of requests between departments keeps its filters in the page's URL (req* keys,
// beside the commitment view's own), so a view can be shared and gone back to; off (plain state)
// where the dashboard is one part of a bigger page (/preview).
import { useCallback, useEffect, useState } from "react";
import { REQUEST_STATUSES } from "../../../core/api/request-view";
import type { RequestListQuery, RequestStatusFilter } from "../../../core/api/request-contract";
import { localIsoDate } from "../../../components/dates";

export interface RequestFilters {
  from: string;
  to: string;
  /** "" is any status; the default is "waiting" (open or countered). */
  status: RequestStatusFilter | "";
  objective: string;
  overdue: boolean;
}

export const DEFAULT_REQUEST_FILTERS: RequestFilters = { from: "", to: "", status: "waiting", objective: "", overdue: false };

const KEYS = { from: "reqFrom", to: "reqTo", status: "reqStatus", objective: "reqObjective", overdue: "reqOverdue" } as const;
const STATUSES: readonly string[] = [...REQUEST_STATUSES, "waiting"];
const param = (p: URLSearchParams, key: string, max = 200) => (p.get(key) ?? "").trim().slice(0, max);

export function requestFiltersFromSearch(search: string): RequestFilters {
  const p = new URLSearchParams(search);
  const status = p.get(KEYS.status);
  return {
    from: param(p, KEYS.from),
    to: param(p, KEYS.to),
    status: status === null ? "waiting" : status === "any" ? "" : STATUSES.includes(status) ? (status as RequestStatusFilter) : "waiting",
    objective: param(p, KEYS.objective, 100),
    overdue: p.get(KEYS.overdue) === "true",
  };
}

/** `search` with the list's keys set to `f` (defaults left out); every other parameter kept. */
export function searchWithRequestFilters(f: RequestFilters, search: string): string {
  const p = new URLSearchParams(search);
  for (const key of Object.values(KEYS)) p.delete(key);
  if (f.from) p.set(KEYS.from, f.from);
  if (f.to) p.set(KEYS.to, f.to);
  if (f.status !== "waiting") p.set(KEYS.status, f.status === "" ? "any" : f.status);
  if (f.objective) p.set(KEYS.objective, f.objective);
  if (f.overdue) p.set(KEYS.overdue, "true");
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** The API query of the filters (the exports take the same, without paging). */
export function requestQueryOf(f: RequestFilters): RequestListQuery {
  return {
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.objective ? { objective: f.objective } : {}),
    // "Past the needed-by date" on the PMO's own calendar day.
    ...(f.overdue ? { overdue: "true" as const, today: localIsoDate() } : {}),
  };
}

export function useRequestFilters(inUrl: boolean): [RequestFilters, (next: RequestFilters) => void] {
  const [filters, setState] = useState<RequestFilters>(() => (inUrl ? requestFiltersFromSearch(window.location.search) : DEFAULT_REQUEST_FILTERS));
  useEffect(() => {
    if (!inUrl) return;
    const onPop = () => setState(requestFiltersFromSearch(window.location.search));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [inUrl]);
  const set = useCallback(
    (next: RequestFilters) => {
      if (inUrl) {
        const search = searchWithRequestFilters(next, window.location.search);
        if (search !== window.location.search) window.history.pushState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
      }
      setState(next);
    },
    [inUrl],
  );
  return [filters, set];
}
