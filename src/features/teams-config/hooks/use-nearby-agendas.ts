// Agendas of meetings I attend around now (GET /api/agendas?from&to), loaded only when asked for:
// the config page asks when the meeting's chat matches no agenda.
import { useEffect, useRef, useState } from "react";
import type { Agenda } from "../../../core/api/contract";
import { usePorts } from "../../../components/ports-context";
import { nearbyWindow } from "../nearby-window";

export interface NearbyAgendas {
  agendas: Agenda[];
  loading: boolean;
  error: unknown;
}

export function useNearbyAgendas(enabled: boolean, now: () => Date = () => new Date()): NearbyAgendas {
  const { api } = usePorts();
  const [state, setState] = useState<NearbyAgendas>({ agendas: [], loading: enabled, error: null });
  // A clock, not an input: reading it again must not reload the list.
  const clock = useRef(now);
  clock.current = now;

  useEffect(() => {
    if (!enabled) {
      setState({ agendas: [], loading: false, error: null });
      return;
    }
    let active = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    api.findAgendas(nearbyWindow(clock.current())).then(
      (agendas) => active && setState({ agendas, loading: false, error: null }),
      (error: unknown) => active && setState({ agendas: [], loading: false, error }),
    );
    return () => {
      active = false;
    };
  }, [api, enabled]);

  return state;
}
