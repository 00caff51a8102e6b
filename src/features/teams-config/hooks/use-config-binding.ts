// The config page's logic: find the agendas of this meeting's chat, let the user pick one (or paste a
// link), keep Teams' Save button in step, and answer Save with the tab's content URL.
import { useCallback, useEffect, useRef, useState } from "react";
import { agendaLiveUrl } from "../../../core/agenda/agenda-markers";
import { TeamsThreadId, type Agenda } from "../../../core/api/contract";
import { usePorts } from "../../../components/ports-context";
import type { TeamsContext } from "../../../platform/ports";
import { parseAgendaRef } from "../parse-agenda-ref";

export interface ConfigBinding {
  found: Agenda[];
  loading: boolean;
  error: unknown;
  selected: Agenda | null;
  select(agenda: Agenda): void;
  /** Looks up a pasted link or id; false when it isn't one. */
  choosePasted(text: string): Promise<boolean>;
}

export function useConfigBinding(context: TeamsContext, appBaseUrl: string, tabName: string): ConfigBinding {
  const { api, teams } = usePorts();
  if (!teams) throw new Error("The config page needs the Teams host port.");
  const [found, setFound] = useState<Agenda[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<Agenda | null>(null);
  const selectedRef = useRef<Agenda | null>(null);
  const nameRef = useRef(tabName);
  nameRef.current = tabName;

  useEffect(() => {
    let active = true;
    const chatId = context.chatId;
    if (!chatId || !TeamsThreadId.safeParse(chatId).success) {
      setLoading(false);
      return;
    }
    api.findAgendas({ teamsThreadId: chatId }).then(
      (agendas) => {
        if (!active) return;
        setFound(agendas);
        setLoading(false);
        // The usual case is exactly one agenda per meeting: preselect it, or the one already bound.
        const bound = agendas.find((a) => a.id === context.entityId);
        const only = agendas.length === 1 ? agendas[0] : undefined;
        const initial = bound ?? only;
        if (initial) {
          selectedRef.current = initial;
          setSelected(initial);
        }
      },
      (err: unknown) => {
        if (!active) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => {
      active = false;
    };
  }, [api, context.chatId, context.entityId]);

  useEffect(() => {
    teams.setConfigValid(selected !== null);
  }, [teams, selected]);

  useEffect(() => {
    teams.onConfigSave(async () => {
      const agenda = selectedRef.current;
      if (!agenda) throw new Error("No agenda selected");
      return {
        entityId: agenda.id,
        contentUrl: agendaLiveUrl(appBaseUrl, agenda.id),
        suggestedDisplayName: nameRef.current,
      };
    });
  }, [teams, appBaseUrl]);

  const select = useCallback((agenda: Agenda) => {
    selectedRef.current = agenda;
    setSelected(agenda);
  }, []);

  const choosePasted = useCallback(
    async (text: string) => {
      const id = parseAgendaRef(text);
      if (!id) return false;
      setError(null);
      try {
        const view = await api.getAgenda(id);
        select(view.agenda);
        return true;
      } catch (err) {
        setError(err);
        return true;
      }
    },
    [api, select],
  );

  return { found, loading, error, selected, select, choosePasted };
}
