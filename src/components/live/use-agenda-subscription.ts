// One agenda, kept current: the first load, then every live change event (the server sends the whole
// view each time). Events are ordered by revision, so a late or duplicate one never rolls back.
// Shared by the features that show an agenda live (meeting tab, stage, the task pane's requests).
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

/**
 * `known`: a view of this agenda the caller has already read (the task pane's saved agenda). It is
 * shown at once and not read again — the stream's first event catches up from it — and a newer one
 * passed later is taken like a change event.
 */
export function useAgendaSubscription(agendaId: string, known?: AgendaView | null): AgendaSubscription {
  const { api } = usePorts();
  const knownView = known && known.agenda.id === agendaId ? known : null;
  const startFrom = useRef(knownView);
  startFrom.current = knownView;
  const [view, setView] = useState<AgendaView | null>(knownView);
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
    const start = startFrom.current;
    revision.current = start?.agenda.revision ?? 0;
    setView(start);
    setLoadError(null);
    setStatus("connecting");
    // Subscribe first so no change between the load and the subscription is missed.
    const subscription = api.subscribeAgenda(agendaId, {
      onChange: (event) => active && accept(event.view),
      onStatus: (s) => active && setStatus(s),
    });
    if (!start) {
      api.getAgenda(agendaId).then(
        (v) => active && accept(v),
        (err: unknown) => active && setLoadError(err),
      );
    }
    return () => {
      active = false;
      subscription.close();
    };
  }, [api, agendaId, accept, attempt]);

  useEffect(() => {
    if (knownView) accept(knownView);
  }, [knownView, accept]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { view, setView, status, loadError, reload };
}
