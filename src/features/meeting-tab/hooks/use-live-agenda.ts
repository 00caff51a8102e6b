// One agenda, kept current: the first load, then every live change event (the server sends the whole
// view each time). Events are ordered by revision, so a late or duplicate one never rolls back.
import { useCallback, useEffect, useRef, useState } from "react";
import type { AgendaView, Commitment, Contribution } from "../../../core/api/contract";
import { usePorts } from "../../../components/ports-context";

export type LiveStatus = "connecting" | "live" | "reconnecting" | "polling";

export interface LiveAgenda {
  view: AgendaView | null;
  status: LiveStatus;
  loadError: unknown;
  reload(): void;
  /** Shows the result of my own write at once, before its change event arrives. */
  applyContribution(contribution: Contribution): void;
  removeContribution(id: string): void;
  applyCommitment(commitment: Commitment): void;
  applyAgenda(agenda: AgendaView["agenda"]): void;
}

function upsert<T extends { id: string }>(list: T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}

export function useLiveAgenda(agendaId: string): LiveAgenda {
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

  return {
    view,
    status,
    loadError,
    reload: () => setAttempt((n) => n + 1),
    applyContribution: (c) => setView((v) => v && { ...v, contributions: upsert(v.contributions, c) }),
    removeContribution: (id) => setView((v) => v && { ...v, contributions: v.contributions.filter((c) => c.id !== id) }),
    applyCommitment: (c) => setView((v) => v && { ...v, commitments: upsert(v.commitments, c) }),
    applyAgenda: (agenda) => setView((v) => v && { ...v, agenda }),
  };
}
