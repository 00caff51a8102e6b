// "Collect commitments": read the commitments typed into the body back, show them, and record the
// new ones once the organizer confirms. Each row is marked recorded the moment the server has it,
// and the plan is made against the server's current list, so nothing is ever recorded twice — not
// on a second click, a retry after a failure, or a second read of the same body.
import { useCallback, useState } from "react";
import { collectCommitments } from "../../../core/agenda/collect-commitments";
import type { AgendaView } from "../../../core/api/contract";
import { usePorts } from "../../../components/ports-context";
import { useAction, type ActionState } from "../../../components/status/use-action";
import { planCollected, type CollectedRow } from "../collect-plan";

export interface CollectModel {
  rows: CollectedRow[] | null;
  /** How many the last confirmation recorded. */
  recorded: number | null;
  action: ActionState;
  read(): Promise<void>;
  confirm(): Promise<void>;
}

export function useCollectCommitments(agendaId: string | null, onView: (view: AgendaView) => void): CollectModel {
  const { api, meetingItem } = usePorts();
  const action = useAction();
  const [rows, setRows] = useState<CollectedRow[] | null>(null);
  const [recorded, setRecorded] = useState<number | null>(null);

  const read = useCallback(async () => {
    if (!agendaId || !meetingItem) return;
    setRecorded(null);
    await action.run(async () => {
      const format = await meetingItem.getBodyFormat();
      const found = collectCommitments(await meetingItem.getBody(format), format);
      const view = await api.getAgenda(agendaId);
      onView(view);
      setRows(planCollected(found, view));
    });
  }, [action, agendaId, api, meetingItem, onView]);

  const confirm = useCallback(async () => {
    if (!agendaId || !rows || action.busy) return;
    let count = 0;
    await action.run(async () => {
      for (let i = 0; i < rows.length; i++) {
        const entry = rows[i] as CollectedRow;
        if (entry.state.kind !== "new") continue;
        await api.addCommitment(agendaId, entry.state.input);
        count++;
        const done = i;
        setRows((current) => current && current.map((r, k) => (k === done ? { ...r, state: { kind: "recorded" } } : r)));
      }
      onView(await api.getAgenda(agendaId));
    });
    setRecorded(count);
  }, [action, agendaId, api, onView, rows]);

  return { rows, recorded, action, read, confirm };
}
