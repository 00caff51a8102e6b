// Section 2 of the agenda, "what can each of us do for it", has one group per department: the
// agenda's departments in the organizer's order, then attendees' departments, then any department
// that only appears through a contribution. Names are matched the way core matches them.
import type { AgendaView, Contribution } from "../../core/api/contract";
import { departmentKey, spannedDepartments } from "../../core/meeting/departments";

export interface ContributionGroup {
  department: string;
  contributions: Contribution[];
}

export function departmentNames(view: AgendaView, extra: readonly string[] = []): string[] {
  const names = new Map<string, string>();
  const add = (name: string) => {
    const key = departmentKey(name);
    if (key !== "" && !names.has(key)) names.set(key, name.trim());
  };
  view.agenda.departments.forEach((d) => add(d.name));
  spannedDepartments(view.agenda.attendees).forEach(add);
  view.contributions.forEach((c) => add(c.department));
  extra.forEach(add);
  return [...names.values()];
}

/** `extra`: departments that get a group even without contributions (e.g. the viewer's own). */
export function contributionGroups(view: AgendaView, extra: readonly string[] = []): ContributionGroup[] {
  return departmentNames(view, extra).map((department) => ({
    department,
    contributions: view.contributions.filter((c) => departmentKey(c.department) === departmentKey(department)),
  }));
}
