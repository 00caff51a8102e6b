// "Sync to To Do" for commitment rows: POST /api/commitments/:id/sync per row, its progress, and the
// last outcome (the task's link, or the failure) for the page to report.
import { useCallback, useState } from "react";
import type { Commitment } from "../../../core/api/contract";
import type { CommitmentSyncResult } from "../../../core/api/reminders-contract";
import { usePorts } from "../../../components/ports-context";

export type TaskSyncOutcome =
  | { kind: "synced"; commitment: Commitment; result: CommitmentSyncResult }
  | { kind: "failed"; commitment: Commitment; error: unknown };

export interface TaskSync {
  /** Rows whose sync is running. */
  syncingIds: ReadonlySet<string>;
  /** Rows synced since the page opened. */
  syncedIds: ReadonlySet<string>;
  /** The latest finished sync, until dismissed. */
  outcome: TaskSyncOutcome | null;
  sync(commitment: Commitment): Promise<void>;
  dismiss(): void;
}

export function useTaskSync(): TaskSync {
  const { api } = usePorts();
  const [syncingIds, setSyncingIds] = useState<ReadonlySet<string>>(new Set());
  const [syncedIds, setSyncedIds] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<TaskSyncOutcome | null>(null);

  const sync = useCallback(
    async (commitment: Commitment) => {
      setOutcome(null);
      setSyncingIds((s) => new Set(s).add(commitment.id));
      try {
        // One Idempotency-Key per click (the client keeps it across retries): a retried request
        // never makes a second task, and a later click updates the task the first one made.
        const result = await api.syncCommitment(commitment.id, { target: "todo" });
        setSyncedIds((s) => new Set(s).add(commitment.id));
        setOutcome({ kind: "synced", commitment, result });
      } catch (error) {
        setOutcome({ kind: "failed", commitment, error });
      } finally {
        setSyncingIds((s) => {
          const next = new Set(s);
          next.delete(commitment.id);
          return next;
        });
      }
    },
    [api],
  );

  return { syncingIds, syncedIds, outcome, sync, dismiss: useCallback(() => setOutcome(null), []) };
}
