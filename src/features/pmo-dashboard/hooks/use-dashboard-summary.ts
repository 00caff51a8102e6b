// Loads the dashboard's aggregates for the current department filter; a stale answer is dropped.
import { useCallback, useEffect, useRef, useState } from "react";
import type { DashboardQuery, DashboardSummary } from "../../../core/api/dashboard-contract";
import { localIsoDate } from "../../../components/dates";
import { usePorts } from "../../../components/ports-context";

export interface DashboardSummaryState {
  summary: DashboardSummary | null;
  loading: boolean;
  error: unknown;
  reload(): void;
}

export function useDashboardSummary(department: string): DashboardSummaryState {
  const { api } = usePorts();
  const [summary, setSummary] = useState<DashboardSummary | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    // "Overdue" is judged on the user's own calendar day, as in the table.
    const query: DashboardQuery = { today: localIsoDate(), ...(department ? { department } : {}) };
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
  }, [api, department, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { summary, loading, error, reload };
}
