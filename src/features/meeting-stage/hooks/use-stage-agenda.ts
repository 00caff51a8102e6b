// The stage shows one agenda and follows every change live (the shared subscription; read-only).
import type { AgendaView } from "../../../core/api/contract";
import { useAgendaSubscription } from "../../../components/live/use-agenda-subscription";

export interface StageAgenda {
  view: AgendaView | null;
  error: unknown;
  reload(): void;
}

export function useStageAgenda(agendaId: string): StageAgenda {
  const { view, loadError, reload } = useAgendaSubscription(agendaId);
  return { view, error: loadError, reload };
}
