// A thin bar while any request of a surface is in flight. The HTTP client reports its in-flight count
// (onProgress); this store turns that into something React can subscribe to.
import { ProgressBar, makeStyles } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";

export interface ProgressSource {
  inFlight(): number;
  subscribe(listener: () => void): () => void;
}

export interface ProgressReporter extends ProgressSource {
  report(inFlight: number): void;
}

export function createProgressSource(): ProgressReporter {
  let count = 0;
  const listeners = new Set<() => void>();
  return {
    inFlight: () => count,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report(n) {
      count = Math.max(0, n);
      for (const listener of [...listeners]) listener();
    },
  };
}

const useStyles = makeStyles({
  // Reserve the bar's height so the layout doesn't jump when requests start and end.
  slot: { height: "2px" },
});

export function RequestProgress({ source, label }: { source: ProgressSource; label: string }) {
  const styles = useStyles();
  const busy = useSyncExternalStore(source.subscribe, () => source.inFlight() > 0);
  return (
    <div className={styles.slot} data-testid="request-progress" data-busy={busy ? "true" : "false"}>
      {busy && <ProgressBar thickness="medium" aria-label={label} />}
    </div>
  );
}
