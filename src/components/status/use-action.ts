// Runs user-triggered async work with a busy flag and a captured error, so every screen shows progress
// and failure the same way. Returns undefined when the action failed (the error is in `error`).
import { useCallback, useState } from "react";

export interface ActionState {
  busy: boolean;
  error: unknown;
  run<T>(fn: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
  setError(error: unknown): void;
}

export function useAction(): ActionState {
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    setPending((n) => n + 1);
    setError(null);
    try {
      return await fn();
    } catch (err) {
      setError(err);
      return undefined;
    } finally {
      setPending((n) => n - 1);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { busy: pending > 0, error, run, clearError, setError };
}
