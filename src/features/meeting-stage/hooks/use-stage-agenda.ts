// The stage shows one agenda and follows every change live. Change events carry the whole view and
// are ordered by revision, so a late or duplicate one never rolls the screen back.
import { useCallback, useEffect, useRef, useState } from "react";
import type { AgendaView } from "../../../core/api/contract";
import { usePorts } from "../../../components/ports-context";

export interface StageAgenda {
  view: AgendaView | null;
  error: unknown;
  reload(): void;
}

export function useStageAgenda(agendaId: string): StageAgenda {
  const { api } = usePorts();
  const [view, setView] = useState<AgendaView | null>(null);
  const [error, setError] = useState<unknown>(null);
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
    setError(null);
    // Subscribe before loading so nothing between the two is missed.
    const subscription = api.subscribeAgenda(agendaId, { onChange: (event) => active && accept(event.view) });
    api.getAgenda(agendaId).then(
      (v) => active && accept(v),
      (err: unknown) => active && setError(err),
    );
    return () => {
      active = false;
      subscription.close();
    };
  }, [api, agendaId, accept, attempt]);

  return { view, error, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}
