// The current time for what is shown relative to it ("3分前", "open for 2 days"), kept current while
// the page stays open: one minute ticker for the whole page, and a re-render only when the minute
// changes.
import { useMemo, useSyncExternalStore } from "react";

const MINUTE = 60_000;
const listeners = new Set<() => void>();
let ticker: ReturnType<typeof setInterval> | null = null;
let minute = Math.floor(Date.now() / MINUTE);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (ticker === null) {
    // A page hidden for a while (a laptop asleep) comes back at the right minute at the next tick.
    minute = Math.floor(Date.now() / MINUTE);
    ticker = setInterval(() => {
      const next = Math.floor(Date.now() / MINUTE);
      if (next === minute) return;
      minute = next;
      listeners.forEach((l) => l());
    }, MINUTE / 2);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && ticker !== null) {
      clearInterval(ticker);
      ticker = null;
    }
  };
}

const currentMinute = () => minute;

/** Now, as of this minute; the component renders again when the minute changes. */
export function useNow(): Date {
  const at = useSyncExternalStore(subscribe, currentMinute, currentMinute);
  // A new Date when the minute changes (and only then), so memoised children see the change.
  return useMemo(() => new Date(), [at]);
}
