// What the meeting tab's forms share for writing: the offline queue (and its state, for "pending
// (n)", conflicts and sign-in) and the local store their drafts live in, both per user and agenda.
import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from "react";
import type { ApiClient, LocalStore } from "../../../platform/ports";
import type { WriteIntent } from "./queued-write";
import { createWriteQueue, type WriteQueue, type WriteQueueSnapshot } from "./write-queue";

export interface TabWrites {
  queue: WriteQueue;
  snapshot: WriteQueueSnapshot;
  store: LocalStore;
  /** Prefix of this user's drafts on this agenda. */
  draftPrefix: string;
}

const TabWritesContext = createContext<TabWrites | null>(null);

export function useTabWrites(): TabWrites {
  const writes = useContext(TabWritesContext);
  if (!writes) throw new Error("useTabWrites() needs <TabWritesProvider> (the meeting tab sets it up).");
  return writes;
}

/** Storage keys: versioned, per user (the preview runs several users in one browser) and agenda. */
export const tabStorageKey = (email: string, agendaId: string, part: string) =>
  `cp.tab.v1:${email.toLowerCase()}:${agendaId}:${part}`;

export interface TabWritesProviderProps {
  api: ApiClient;
  store: LocalStore;
  email: string;
  agendaId: string;
  onSent(intent: WriteIntent, result: unknown): void;
  children: ReactNode;
}

export function TabWritesProvider({ api, store, email, agendaId, onSent, children }: TabWritesProviderProps) {
  const sent = useRef(onSent);
  sent.current = onSent;
  // Memoized, not created in the effect: the forms need it in their first render. It must therefore
  // outlive the effect's cleanup, which stops it (a restartable stop, not a disposal): under
  // StrictMode the same queue is stopped and started again at once, and must still send.
  const queue = useMemo(
    () =>
      createWriteQueue({
        api,
        store,
        storageKey: tabStorageKey(email, agendaId, "queue"),
        onSent: (intent, result) => sent.current(intent, result),
      }),
    [api, store, email, agendaId],
  );
  useEffect(() => {
    // Writes left from before a reload go out now; more on every reconnect.
    queue.start();
    const online = () => void queue.flush();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      queue.stop();
    };
  }, [queue]);
  const snapshot = useSyncExternalStore(queue.subscribe, queue.snapshot);
  const value = useMemo(
    () => ({ queue, snapshot, store, draftPrefix: tabStorageKey(email, agendaId, "draft") }),
    [queue, snapshot, store, email, agendaId],
  );
  return <TabWritesContext.Provider value={value}>{children}</TabWritesContext.Provider>;
}
