// Fan-out of agenda changes to the live streams of this server instance, keyed by tenant + agenda.
// On one instance (SQLite) a write calls agendaChanged directly; with several instances on
// PostgreSQL, pg-live-events.ts carries each change to every instance through LISTEN/NOTIFY and
// delivers it here. Either way the view is loaded once per instance, whatever the number of viewers.
import type { AgendaChangeEvent } from "../../core/api/contract";
import { loadAgendaView } from "../agendas/agenda-view";
import type { Db } from "../db/database";
import type { ChangeKind, LiveEvents } from "../routes/route-deps";

type Listener = (event: AgendaChangeEvent) => void;

const keyOf = (tenantId: string, agendaId: string) => `${tenantId}\u0000${agendaId}`;

export interface InProcessLiveEvents extends LiveEvents {
  /** How many streams listen to one agenda (diagnostics, and tests that streams unsubscribe). */
  subscriberCount(tenantId: string, agendaId: string): number;
}

export interface LocalFanout extends InProcessLiveEvents {
  /** Every agenda someone on this instance watches (to catch them up after a lost connection). */
  watched(): { tenantId: string; agendaId: string }[];
  /** Sends the agenda's current view to its local subscribers; skipped if they already have `revision`. */
  deliver(tenantId: string, agendaId: string, kind: ChangeKind, revision?: number): Promise<void>;
}

export function createLiveEvents(db: Db): InProcessLiveEvents {
  return createLocalFanout(db);
}

export function createLocalFanout(db: Db): LocalFanout {
  const subscribers = new Map<string, { tenantId: string; agendaId: string; listeners: Set<Listener>; delivered: number }>();
  let closed = false;

  const deliver: LocalFanout["deliver"] = async (tenantId, agendaId, kind, revision) => {
    const entry = subscribers.get(keyOf(tenantId, agendaId));
    if (closed || !entry || entry.listeners.size === 0) return;
    // Several notifications of one revision (own write plus a catch-up) load the view once.
    if (revision !== undefined && revision <= entry.delivered) return;
    const view = await loadAgendaView(db, tenantId, agendaId);
    if (!view) return;
    const event: AgendaChangeEvent = { agendaId, revision: view.agenda.revision, kind, view };
    entry.delivered = Math.max(entry.delivered, event.revision);
    for (const listener of [...entry.listeners]) {
      try {
        listener(event);
      } catch {
        // One broken stream must not keep the others from hearing about the change.
      }
    }
  };

  return {
    deliver,
    agendaChanged: (tenantId, agendaId, kind) => deliver(tenantId, agendaId, kind),

    subscribe(tenantId, agendaId, listener) {
      const key = keyOf(tenantId, agendaId);
      let entry = subscribers.get(key);
      if (!entry) {
        entry = { tenantId, agendaId, listeners: new Set(), delivered: 0 };
        subscribers.set(key, entry);
      }
      entry.listeners.add(listener);
      return () => {
        const current = subscribers.get(key);
        if (!current) return;
        current.listeners.delete(listener);
        if (current.listeners.size === 0) subscribers.delete(key);
      };
    },

    subscriberCount(tenantId, agendaId) {
      return subscribers.get(keyOf(tenantId, agendaId))?.listeners.size ?? 0;
    },

    watched() {
      return [...subscribers.values()].map(({ tenantId, agendaId }) => ({ tenantId, agendaId }));
    },

    async close() {
      closed = true;
      subscribers.clear();
    },
  };
}
