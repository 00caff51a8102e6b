// Carry-forward in the task pane: as soon as a library objective is chosen, what earlier meetings
// on it still owe, so the preview shows the block exactly as it will be inserted. A saved agenda on
// the same objective already carries them in its view (the server computed them); otherwise they
// are asked for by objective, up to this meeting's start.
import { useEffect, useState } from "react";
import type { AgendaView, CarriedForward } from "../../../core/api/contract";
import type { ApiClient } from "../../../platform/ports";

export interface CarriedForwardState {
  carried: CarriedForward | null;
  loading: boolean;
  error: unknown;
}

export function useCarriedForward(
  api: ApiClient,
  objectiveId: string | null,
  startsAt: string | null,
  saved: AgendaView | null,
): CarriedForwardState {
  const fromSaved = saved && saved.agenda.objectiveId === objectiveId ? saved.carriedForward : undefined;
  const [fetched, setFetched] = useState<{ key: string; carried: CarriedForward | null; error: unknown } | null>(null);
  const key = `${objectiveId ?? ""}|${startsAt ?? ""}`;
  const needed = objectiveId !== null && fromSaved === undefined;

  useEffect(() => {
    if (!needed || objectiveId === null) return;
    let cancelled = false;
    api.openCommitmentsForObjective(objectiveId, startsAt ?? undefined).then(
      (carried) => !cancelled && setFetched({ key, carried, error: null }),
      (error: unknown) => !cancelled && setFetched({ key, carried: null, error }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, needed, objectiveId, startsAt, key]);

  if (objectiveId === null) return { carried: null, loading: false, error: null };
  if (fromSaved !== undefined) return { carried: fromSaved, loading: false, error: null };
  if (fetched?.key !== key) return { carried: null, loading: true, error: null };
  return { carried: fetched.carried, loading: false, error: fetched.error };
}
