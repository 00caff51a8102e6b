// One agenda, kept current: the first load, then every live change event (the server sends the whole
// view each time). Events are ordered by revision, so a late or duplicate one never rolls back.
// Shared by the features that show an agenda live (meeting tab, stage).
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import type { AgendaView } from "../../core/api/contract";
import { usePorts } from "../ports-context";

/** "refused": the server said 403/404; nothing retries (the load error says what to do). */
export type LiveStatus = "connecting" | "live" | "reconnecting" | "polling" | "refused";

export interface AgendaSubscription {
  view: AgendaView | null;
  /** For showing the result of one's own write before its change event arrives. */
  setView: Dispatch<SetStateAction<AgendaView | null>>;
  status: LiveStatus;
  loadError: unknown;
  reload(): void;
}

export function useAgendaSubscription(agendaId: string): AgendaSubscription {
  const { api } = usePorts();
  const [view, setView] = useState<AgendaView | null>(null);
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const revision = useRef(0);

  const accept = useCallback((next: AgendaView) => {
    if (next.agenda.revision < revision.current) return;
    revision.current = next.agenda.revision;
    setView(next);
  }, []);

  useEffect(() => {
    let active = true;
    revision.current = 0;
    setView(null);
    setLoadError(null);
    setStatus("connecting");
    // Subscribe first so no change between the load and the subscription is missed.
    const subscription = api.subscribeAgenda(agendaId, {
      onChange: (event) => active && accept(event.view),
      onStatus: (s) => active && setStatus(s),
    });
    api.getAgenda(agendaId).then(
      (v) => active && accept(v),
      (err: unknown) => active && setLoadError(err),
    );
    return () => {
      active = false;
      subscription.close();
    };
  }, [api, agendaId, accept, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { view, setView, status, loadError, reload };
}
