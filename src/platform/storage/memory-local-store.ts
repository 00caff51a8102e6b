// LocalStore in memory: the fake for tests, and the fallback when the browser keeps nothing.
import type { LocalStore } from "../ports";

export interface MemoryLocalStore extends LocalStore {
  /** Everything stored, for tests. */
  readonly entries: Map<string, string>;
}

export function createMemoryLocalStore(initial: Record<string, string> = {}): MemoryLocalStore {
  const entries = new Map(Object.entries(initial));
  return {
    entries,
    get: (key) => entries.get(key) ?? null,
    set: (key, value) => void entries.set(key, value),
    remove: (key) => void entries.delete(key),
  };
}
