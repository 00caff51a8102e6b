// In-process fan-out of agenda changes to the live streams of this server instance, keyed by
// tenant + agenda. With several instances behind a load balancer, PostgreSQL LISTEN/NOTIFY would
// call agendaChanged on every instance; the subscriber side stays as it is.
import type { AgendaChangeEvent } from "../../core/api/contract";
import { loadAgendaView } from "../agendas/agenda-view";
import type { Db } from "../db/database";
import type { LiveEvents } from "../routes/route-deps";

type Listener = (event: AgendaChangeEvent) => void;

const keyOf = (tenantId: string, agendaId: string) => `${tenantId}\u0000${agendaId}`;

export interface InProcessLiveEvents extends LiveEvents {
  /** How many streams listen to one agenda (diagnostics, and tests that streams unsubscribe). */
  subscriberCount(tenantId: string, agendaId: string): number;
}

export function createLiveEvents(db: Db): InProcessLiveEvents {
  const subscribers = new Map<string, Set<Listener>>();
  let closed = false;

  return {
    async agendaChanged(tenantId, agendaId, kind) {
      const listeners = subscribers.get(keyOf(tenantId, agendaId));
      if (closed || !listeners || listeners.size === 0) return;
      // Loaded once, whatever the number of viewers.
      const view = await loadAgendaView(db, tenantId, agendaId);
      if (!view) return;
      const event: AgendaChangeEvent = { agendaId, revision: view.agenda.revision, kind, view };
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          // One broken stream must not keep the others from hearing about the change.
        }
      }
    },

    subscribe(tenantId, agendaId, listener) {
      const key = keyOf(tenantId, agendaId);
      let listeners = subscribers.get(key);
      if (!listeners) {
        listeners = new Set();
        subscribers.set(key, listeners);
      }
      listeners.add(listener);
      return () => {
        const current = subscribers.get(key);
        if (!current) return;
        current.delete(listener);
        if (current.size === 0) subscribers.delete(key);
      };
    },

    subscriberCount(tenantId, agendaId) {
      return subscribers.get(keyOf(tenantId, agendaId))?.size ?? 0;
    },

    async close() {
      closed = true;
      subscribers.clear();
    },
  };
}

