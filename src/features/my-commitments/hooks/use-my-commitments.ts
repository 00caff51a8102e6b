// My own commitments across meetings (mine=true): the first page, "load more" by cursor, and an item
// replaced in place after I mark it done or reopen it.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Commitment } from "../../../core/api/contract";
import { usePorts } from "../../../components/ports-context";

export interface MyCommitmentList {
  items: Commitment[];
  nextCursor: string | null;
  loading: boolean;
  /** True once the first page has answered (so "nothing yet" is not shown while loading). */
  loaded: boolean;
  error: unknown;
  loadMore(): void;
  reload(): void;
  replace(commitment: Commitment): void;
}

export function useMyCommitments(pageSize: number): MyCommitmentList {
  const { api } = usePorts();
  const [items, setItems] = useState<Commitment[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (cursor: string | null) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(null);
      try {
        const page = await api.listCommitments({ mine: "true", limit: pageSize, ...(cursor ? { cursor } : {}) });
        if (mine !== generation.current) return;
        // A page boundary can shift when an item changes; never show the same commitment twice.
        setItems((list) => (cursor ? [...list, ...page.items.filter((c) => !list.some((x) => x.id === c.id))] : page.items));
        setNextCursor(page.nextCursor);
        setLoaded(true);
      } catch (err) {
        if (mine === generation.current) setError(err);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [api, pageSize],
  );

  useEffect(() => {
    setItems([]);
    setNextCursor(null);
    setLoaded(false);
    void fetchPage(null);
  }, [fetchPage, attempt]);

  return {
    items,
    nextCursor,
    loading,
    loaded,
    error,
    loadMore: () => {
      if (nextCursor) void fetchPage(nextCursor);
    },
    reload: useCallback(() => setAttempt((n) => n + 1), []),
    replace: (c) => setItems((list) => list.map((x) => (x.id === c.id ? c : x))),
  };
}
