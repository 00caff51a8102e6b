// The view kept in the page's URL: read once at start, written on every change (a new history entry,
// so Back returns to the previous view; typing a search replaces the entry instead of adding one per
// word), and read again when the user goes back or forward. Off (plain state) where the dashboard is
// one part of a bigger page (/preview), whose URL is not its own.
import { useCallback, useEffect, useRef, useState, type SetStateAction } from "react";
import { NO_FILTERS, filtersFromSearch, searchOf, type CommitmentFilters } from "../filters";

export function useUrlFilters(inUrl: boolean): [CommitmentFilters, (next: SetStateAction<CommitmentFilters>) => void] {
  const [filters, setState] = useState<CommitmentFilters>(() => (inUrl ? filtersFromSearch(window.location.search) : NO_FILTERS));
  const latest = useRef(filters);
  latest.current = filters;

  useEffect(() => {
    if (!inUrl) return;
    const onPop = () => setState(filtersFromSearch(window.location.search));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [inUrl]);

  const setFilters = useCallback(
    (next: SetStateAction<CommitmentFilters>) => {
      const current = latest.current;
      const value = typeof next === "function" ? next(current) : next;
      latest.current = value;
      if (inUrl) {
        const search = searchOf(value, window.location.search);
        if (search !== window.location.search) {
          const url = `${window.location.pathname}${search}${window.location.hash}`;
          // Typing refines one search: one history entry for it, not one per pause.
          const onlyText = searchOf({ ...value, q: current.q }) === searchOf(current);
          if (onlyText && current.q.trim() !== "") window.history.replaceState(null, "", url);
          else window.history.pushState(null, "", url);
        }
      }
      setState(value);
    },
    [inUrl],
  );
  return [filters, setFilters];
}
