// The table's rows under their shared objective: groups in the order their first row comes in the
// server's sort, rows inside a group in that same order, so grouping never reorders what was asked.
import type { Commitment } from "../../core/api/contract";

export interface ObjectiveGroup {
  /** The objective's id, or its title for commitments without one ("" when neither). */
  key: string;
  title: string;
  rows: Commitment[];
}

export function groupByObjective(items: readonly Commitment[]): ObjectiveGroup[] {
  const groups = new Map<string, ObjectiveGroup>();
  for (const c of items) {
    const key = c.objectiveId ?? `title:${c.objectiveTitle}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, title: c.objectiveTitle, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(c);
  }
  return [...groups.values()];
}
