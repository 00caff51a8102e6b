// One part of the create form's library (objectives, or departments), loaded when asked for and
// loadable again after a failure: each part has its own state, so a part that did arrive stays
// usable while the other is retried.
import { useCallback, useEffect, useState } from "react";

export type LoadStatus = "loading" | "ready" | "failed";

export interface Reloadable<T> {
  status: LoadStatus;
  /** Empty until the part has arrived. */
  items: T[];
  error: unknown;
  retry(): void;
}

export function useReloadable<T>(enabled: boolean, load: () => Promise<T[]>): Reloadable<T> {
  const [state, setState] = useState<{ status: LoadStatus; items: T[]; error: unknown }>({ status: "loading", items: [], error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    let active = true;
    setState((s) => (s.status === "loading" ? s : { ...s, status: "loading", error: null }));
    load().then(
      (items) => active && setState({ status: "ready", items, error: null }),
      (error: unknown) => active && setState({ status: "failed", items: [], error }),
    );
    return () => {
      active = false;
    };
  }, [enabled, load, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
