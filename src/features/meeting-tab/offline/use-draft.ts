// A form field's value that survives a reload: kept in the local store under this user's agenda,
// restored on load, and cleared once the write it was for is saved (or queued).
import { useCallback, useState } from "react";
import { useTabWrites } from "./tab-writes";

export type Draft<T> = [value: T, set: (next: T) => void, clear: () => void];

function restore<T>(raw: string | null, initial: T): T {
  if (raw === null) return initial;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof initial === "object" && initial !== null) {
      // Fields added later keep their defaults; a value of the wrong type is ignored.
      if (typeof value !== "object" || value === null || Array.isArray(value)) return initial;
      const merged: Record<string, unknown> = { ...(initial as Record<string, unknown>) };
      for (const [k, v] of Object.entries(value)) {
        if (k in merged && typeof v === typeof merged[k]) merged[k] = v;
      }
      return merged as T;
    }
    return typeof value === typeof initial ? (value as T) : initial;
  } catch {
    return initial;
  }
}

/** `name` is unique within the agenda, e.g. "contribution" or "edit:<id>". */
export function useDraft<T>(name: string, initial: T): Draft<T> {
  const { store, draftPrefix } = useTabWrites();
  const key = `${draftPrefix}:${name}`;
  const [value, setValue] = useState<T>(() => restore(store.get(key), initial));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      store.set(key, JSON.stringify(next));
    },
    [store, key],
  );
  const clear = useCallback(() => {
    setValue(initial);
    store.remove(key);
    // `initial` is a fresh literal on each render but always the same value: the first one will do.
  }, [store, key]);
  return [value, set, clear];
}

/** Whether a draft exists, without subscribing to it (e.g. to reopen an editor after a reload). */
export function useHasDraft(name: string): boolean {
  const { store, draftPrefix } = useTabWrites();
  return store.get(`${draftPrefix}:${name}`) !== null;
}
