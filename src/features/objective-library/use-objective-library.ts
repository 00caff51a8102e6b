// The library as a PMO manages it: who is asking (only a PMO may change it), every objective with
// archived ones and usage, and the three changes — each followed by a fresh list, and a stale
// version (another PMO was quicker) answered with that list and a message instead of an error.
import { useCallback, useEffect, useState } from "react";
import type { Objective } from "../../core/api/contract";
import type { ObjectivePatch } from "../../core/api/objective-library-contract";
import { usePorts } from "../../components/ports-context";
import { useAction, type ActionState } from "../../components/status/use-action";
import { ApiError } from "../../platform/ports";

export type LibraryNotice =
  | { kind: "saved" | "archived" | "restored"; title: string }
  | { kind: "merged"; from: string; into: string }
  | { kind: "stale" };

/** true: done; false: failed (the error bar says why); "titleTaken": another active objective has that title. */
export type ChangeOutcome = boolean | "titleTaken";

export interface ObjectiveLibraryModel {
  phase: "loading" | "ready" | "failed" | "notPmo";
  loadError: unknown;
  objectives: Objective[];
  action: ActionState;
  notice: LibraryNotice | null;
  reload(): void;
  change(objective: Objective, patch: ObjectivePatch): Promise<ChangeOutcome>;
  merge(objective: Objective, into: Objective): Promise<boolean>;
}

export function useObjectiveLibrary(): ObjectiveLibraryModel {
  const { api } = usePorts();
  const action = useAction();
  const [phase, setPhase] = useState<ObjectiveLibraryModel["phase"]>("loading");
  const [loadError, setLoadError] = useState<unknown>(null);
  const [objectives, setObjectives] = useState<Objective[]>([]);
  const [notice, setNotice] = useState<LibraryNotice | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setPhase("loading");
    (async () => {
      const me = await api.me();
      const list = me.isPmo ? await api.listObjectives({ include: "all" }) : null;
      if (cancelled) return;
      if (!list) {
        setPhase("notPmo");
        return;
      }
      setObjectives(list);
      setPhase("ready");
    })().catch((err: unknown) => {
      if (cancelled) return;
      setLoadError(err);
      setPhase("failed");
    });
    return () => {
      cancelled = true;
    };
  }, [api, attempt]);

  /** Runs one change; a 412 reloads the list and says so. Resolves true when the change was made. */
  const run = useCallback(
    async (write: () => Promise<LibraryNotice>): Promise<ChangeOutcome> => {
      setNotice(null);
      let done: ChangeOutcome = false;
      await action.run(async () => {
        try {
          const next = await write();
          setNotice(next);
          done = true;
        } catch (err) {
          // A title another objective has (someone added it since the list loaded) belongs next to
          // the title field, with the way out (merge), not in the page's error bar.
          if (err instanceof ApiError && err.status === 409 && err.field === "title") done = "titleTaken";
          else if (err instanceof ApiError && err.status === 412) setNotice({ kind: "stale" });
          else throw err;
        }
        setObjectives(await api.listObjectives({ include: "all" }));
      });
      return done;
    },
    [action, api],
  );

  const change = useCallback(
    (objective: Objective, patch: ObjectivePatch) =>
      run(async () => {
        const updated = await api.updateObjective(objective.id, objective.version ?? 1, patch);
        const kind = patch.archived === true ? "archived" : patch.archived === false ? "restored" : "saved";
        return { kind, title: updated.title };
      }),
    [api, run],
  );

  const merge = useCallback(
    (objective: Objective, into: Objective) =>
      run(async () => {
        const target = await api.mergeObjective(objective.id, { intoId: into.id });
        return { kind: "merged", from: objective.title, into: target.title };
      }).then((outcome) => outcome === true),
    [api, run],
  );

  return { phase, loadError, objectives, action, notice, reload: () => setAttempt((n) => n + 1), change, merge };
}
