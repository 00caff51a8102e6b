// Loads the dashboard's aggregates (charts and the strip's totals) for the current filters — every
// filter the table has, so the charts count exactly the rows listed; a stale answer is dropped.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DashboardSummary } from "../../../core/api/dashboard-contract";
import { usePorts } from "../../../components/ports-context";
import { toSummaryQuery, type CommitmentFilters } from "../filters";

export interface DashboardSummaryState {
  summary: DashboardSummary | null;
  loading: boolean;
  error: unknown;
  reload(): void;
}

export function useDashboardSummary(filters: CommitmentFilters): DashboardSummaryState {
  const { api } = usePorts();
  const [summary, setSummary] = useState<DashboardSummary | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);
  // "Overdue" is judged on the user's own calendar day, as in the table.
  const key = JSON.stringify(toSummaryQuery(filters));

  const query = useMemo(() => JSON.parse(key) as ReturnType<typeof toSummaryQuery>, [key]);
  useEffect(() => {
    const mine = ++generation.current;
    setLoading(true);
    setError(null);
    api.dashboardSummary(query).then(
      (s) => {
        if (mine !== generation.current) return;
        setSummary(s);
        setLoading(false);
      },
      (err: unknown) => {
        if (mine !== generation.current) return;
        setError(err);
        setLoading(false);
      },
    );
  }, [api, query, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { summary, loading, error, reload };
}
