// The PMO's list: first page for the current filters, "load more" by cursor, and rows replaced in
// place after a status change. A response for filters that are no longer current is dropped.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Commitment } from "../../../core/api/contract";
import { usePorts } from "../../../components/ports-context";
import { toQuery, type CommitmentFilters } from "../filters";

export interface CommitmentList {
  items: Commitment[];
  nextCursor: string | null;
  loading: boolean;
  error: unknown;
  loadMore(): void;
  reload(): void;
  replace(commitment: Commitment): void;
}

export function useCommitments(filters: CommitmentFilters, pageSize: number): CommitmentList {
  const { api } = usePorts();
  const [items, setItems] = useState<Commitment[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);
  // Only what the server is asked changes the list: folding the charts or grouping rows doesn't.
  const key = JSON.stringify(toQuery(filters));
  const query = useMemo(() => JSON.parse(key) as ReturnType<typeof toQuery>, [key]);

  const fetchPage = useCallback(
    async (cursor: string | null, append: boolean) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(null);
      try {
        const page = await api.listCommitments({ ...query, ...(cursor ? { cursor } : {}), limit: pageSize });
        if (mine !== generation.current) return;
        setItems((list) => (append ? [...list, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
      } catch (err) {
        if (mine === generation.current) setError(err);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [api, query, pageSize],
  );

  useEffect(() => {
    setItems([]);
    setNextCursor(null);
    void fetchPage(null, false);
  }, [fetchPage, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return {
    items,
    nextCursor,
    loading,
    error,
    loadMore: () => {
      if (nextCursor) void fetchPage(nextCursor, true);
    },
    reload,
    replace: (c) => setItems((list) => list.map((x) => (x.id === c.id ? c : x))),
  };
}
