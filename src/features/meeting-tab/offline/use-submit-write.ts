// A form's write through the offline queue, with the busy flag and the error the form shows: the
// form keeps its text when the server refused the write (4xx), and lets go of it once it is saved,
// queued or parked as a conflict (the queue then holds the text).
import { useCallback, useState } from "react";
import type { WriteIntent } from "./queued-write";
import { useTabWrites } from "./tab-writes";

export interface SubmitWrite {
  busy: boolean;
  error: unknown;
  clearError(): void;
  submit(intent: WriteIntent): Promise<"done" | "queued" | "conflict" | "failed">;
}

export function useSubmitWrite(): SubmitWrite {
  const { queue } = useTabWrites();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = useCallback(
    async (intent: WriteIntent) => {
      setBusy(true);
      setError(null);
      try {
        const outcome = await queue.submit(intent);
        if (outcome.kind === "failed") setError(outcome.error);
        return outcome.kind;
      } finally {
        setBusy(false);
      }
    },
    [queue],
  );
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, clearError, submit };
}
