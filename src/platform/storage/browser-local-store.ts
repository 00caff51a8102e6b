// LocalStore over window.localStorage. Storage can be missing (some embedded webviews), disabled by
// policy, or full: every failure degrades to "nothing kept" rather than breaking the tab.
import type { LocalStore } from "../ports";
import { createMemoryLocalStore } from "./memory-local-store";

function available(storage: Storage | undefined): storage is Storage {
  try {
    if (!storage) return false;
    const probe = "cp.probe";
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** localStorage when it works, otherwise memory (kept until the page is closed). */
export function createBrowserLocalStore(storage: Storage | undefined = safeLocalStorage()): LocalStore {
  if (!available(storage)) return createMemoryLocalStore();
  return {
    get(key) {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        storage.setItem(key, value);
      } catch {
        // Quota exceeded or blocked: the value lives on in the UI's state until reload.
      }
    },
    remove(key) {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to do: an unreadable store holds nothing we could remove.
      }
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    // Reading the property itself throws when storage is blocked (e.g. third-party iframes).
    return undefined;
  }
}
