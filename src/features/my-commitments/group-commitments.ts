// "My commitments" reads best as a to-do list: what is late first, then what is coming by due date,
// then what is closed. Overdue compares with the user's local day (due dates have no time zone).
import type { Commitment } from "../../core/api/contract";
import { isOverdue, localIsoDate } from "../../components/dates";

export type MineGroupKey = "overdue" | "open" | "closed";

export interface MineGroup {
  key: MineGroupKey;
  items: Commitment[];
}

const byDue = (a: Commitment, b: Commitment) => a.dueDate.localeCompare(b.dueDate) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The non-empty groups in display order, each sorted by due date. */
export function groupMine(items: readonly Commitment[], today: string = localIsoDate()): MineGroup[] {
  const groups: Record<MineGroupKey, Commitment[]> = { overdue: [], open: [], closed: [] };
  for (const c of items) {
    if (c.status !== "open") groups.closed.push(c);
    else if (isOverdue(c.dueDate, c.status, today)) groups.overdue.push(c);
    else groups.open.push(c);
  }
  return (["overdue", "open", "closed"] as const)
    .map((key) => ({ key, items: groups[key].sort(byDue) }))
    .filter((g) => g.items.length > 0);
}
