// The meeting tab's live agenda: the shared subscription, plus my own writes shown at once.
import type { AgendaView, Commitment, Contribution } from "../../../core/api/contract";
import { isRequestClosed, type DepartmentRequest } from "../../../core/api/request-view";
import { useAgendaSubscription, type LiveStatus } from "../../../components/live/use-agenda-subscription";

export type { LiveStatus };

export interface LiveAgenda {
  view: AgendaView | null;
  status: LiveStatus;
  loadError: unknown;
  reload(): void;
  /** Shows the result of my own write at once, before its change event arrives. */
  applyContribution(contribution: Contribution): void;
  removeContribution(id: string): void;
  applyCommitment(commitment: Commitment): void;
  applyRequest(request: DepartmentRequest): void;
  applyAgenda(agenda: AgendaView["agenda"]): void;
}

function upsert<T extends { id: string }>(list: T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}

export function useLiveAgenda(agendaId: string): LiveAgenda {
  const { view, setView, status, loadError, reload } = useAgendaSubscription(agendaId);
  return {
    view,
    status,
    loadError,
    reload,
    applyContribution: (c) => setView((v) => v && { ...v, contributions: upsert(v.contributions, c) }),
    removeContribution: (id) => setView((v) => v && { ...v, contributions: v.contributions.filter((c) => c.id !== id) }),
    applyCommitment: (c) => setView((v) => v && { ...v, commitments: upsert(v.commitments, c) }),
    // A request of an earlier meeting answered here: carried while it still waits for an answer.
    applyRequest: (r) =>
      setView((v) => {
        if (!v) return v;
        if (r.agendaId === v.agenda.id) return { ...v, requests: upsert(v.requests ?? [], r) };
        const carried = (v.carriedRequests ?? []).flatMap((c) => (c.id !== r.id ? [c] : isRequestClosed(r.status) ? [] : [{ ...r, meeting: c.meeting }]));
        return { ...v, carriedRequests: carried };
      }),
    applyAgenda: (agenda) => setView((v) => v && { ...v, agenda }),
  };
}
