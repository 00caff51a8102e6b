// Contributions by department for the stage: the agenda's departments in the organizer's order, then
// any department that only appears through a contribution; empty departments are left off the screen.
import type { AgendaView, Contribution } from "../../core/api/contract";
import { departmentKey } from "../../core/meeting/departments";

export interface StageGroup {
  department: string;
  contributions: Contribution[];
}

export function stageGroups(view: AgendaView): StageGroup[] {
  const names = new Map<string, string>();
  const add = (name: string) => {
    const key = departmentKey(name);
    if (key !== "" && !names.has(key)) names.set(key, name.trim());
  };
  view.agenda.departments.forEach((d) => add(d.name));
  view.contributions.forEach((c) => add(c.department));
  return [...names.entries()]
    .map(([key, department]) => ({ department, contributions: view.contributions.filter((c) => departmentKey(c.department) === key) }))
    .filter((g) => g.contributions.length > 0);
}
