// "Create the agenda right here" for a meeting scheduled in Teams: the library (objectives,
// departments) for the form, and POST /api/agendas with the meeting's thread id bound.
import { useCallback, useState } from "react";
import type { Agenda, Department, Objective } from "../../../core/api/contract";
import type { Lang } from "../../../core/api/primitives";
import { usePorts } from "../../../components/ports-context";
import { createBlockFromError, type CreateBlock } from "../create-block";
import { useReloadable, type Reloadable } from "./use-reloadable";

export interface NewAgendaInput {
  /** A library objective, or null with `objectiveTitle` for a new one. */
  objectiveId: string | null;
  objectiveTitle: string;
  desiredOutcome: string;
  departments: string[];
}

export interface CreateAgendaState {
  objectives: Reloadable<Objective>;
  departments: Reloadable<Department>;
  creating: boolean;
  error: unknown;
  /** Set when the server says this user can't create the meeting's agenda. */
  block: CreateBlock | null;
  create(input: NewAgendaInput): Promise<Agenda | null>;
}

export function useCreateAgenda(enabled: boolean, chatId: string | null, lang: Lang): CreateAgendaState {
  const { api } = usePorts();
  const loadObjectives = useCallback(() => api.listObjectives(), [api]);
  const loadDepartments = useCallback(() => api.listDepartments(), [api]);
  const objectives = useReloadable(enabled, loadObjectives);
  const departments = useReloadable(enabled, loadDepartments);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [block, setBlock] = useState<CreateBlock | null>(null);

  const create = useCallback(
    async (input: NewAgendaInput): Promise<Agenda | null> => {
      setCreating(true);
      setError(null);
      try {
        const objective = objectives.items.find((o) => o.id === input.objectiveId);
        const missions = new Map(departments.items.map((d) => [d.name, d.mission]));
        return await api.createAgenda({
          objectiveId: objective?.id ?? null,
          objectiveTitle: objective?.title ?? input.objectiveTitle.trim(),
          desiredOutcome: input.desiredOutcome.trim(),
          departments: input.departments.map((name) => ({ name, mission: missions.get(name) ?? "" })),
          teamsThreadId: chatId,
          lang,
        });
      } catch (err) {
        const blocked = createBlockFromError(err);
        if (blocked) setBlock(blocked);
        else setError(err);
        return null;
      } finally {
        setCreating(false);
      }
    },
    [api, chatId, departments.items, lang, objectives.items],
  );

  return { objectives, departments, creating, error, block, create };
}
