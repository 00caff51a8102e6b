import { describe, expect, it } from "vitest";
import { createBrowserLocalStore } from "../../../src/platform/storage/browser-local-store";
import { createMemoryLocalStore } from "../../../src/platform/storage/memory-local-store";

/** A Storage like the browser's, that can be made full or blocked. */
function fakeStorage(mode: { full?: boolean; blocked?: boolean } = {}): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => {
      if (mode.blocked) throw new Error("SecurityError");
      return map.get(k) ?? null;
    },
    setItem: (k, v) => {
      if (mode.blocked) throw new Error("SecurityError");
      if (mode.full && k !== "cp.probe") throw new Error("QuotaExceededError");
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

describe("LocalStore adapters", () => {
  it("keeps, reads and removes values in the browser's storage", () => {
    const storage = fakeStorage();
    const store = createBrowserLocalStore(storage);
    store.set("a", "1");
    expect(storage.getItem("a")).toBe("1");
    expect(createBrowserLocalStore(storage).get("a")).toBe("1"); // another page load sees it
    store.remove("a");
    expect(store.get("a")).toBeNull();
    expect(storage.getItem("cp.probe")).toBeNull();
  });

  it("never throws when storage is full, and falls back to memory when it is blocked or missing", () => {
    const full = createBrowserLocalStore(fakeStorage({ full: true }));
    expect(() => full.set("a", "1")).not.toThrow();
    expect(full.get("a")).toBeNull();
    for (const store of [createBrowserLocalStore(fakeStorage({ blocked: true })), createBrowserLocalStore(undefined)]) {
      store.set("a", "1");
      expect(store.get("a")).toBe("1");
    }
  });

  it("the memory store starts from a seed and shows its entries", () => {
    const store = createMemoryLocalStore({ x: "y" });
    expect(store.get("x")).toBe("y");
    store.set("z", "w");
    store.remove("x");
    expect([...store.entries]).toEqual([["z", "w"]]);
  });
});
