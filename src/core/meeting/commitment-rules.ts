// Rules every commitment keeps, shared by the server (which enforces them) and the forms (which
// offer only what the server accepts):
// - the department a commitment helps is another department than its owner's: help between
//   departments is what the cross-department matrix counts, and a department helping itself isn't;
// - a due date before today is recorded only when the person confirmed it (recording last week's
//   commitment is fine, typing a wrong year is not).
import { departmentKey } from "./departments";

/** True when `helps` names the owner's own department (after NFKC, trimming and case folding). */
export function helpsOwnDepartment(helps: string | null | undefined, ownerDepartment: string): boolean {
  if (helps === null || helps === undefined) return false;
  const key = departmentKey(helps);
  return key !== "" && key === departmentKey(ownerDepartment);
}

/** The departments a commitment of an owner in `ownerDepartment` may help: every other one. */
export function helpableDepartments(departments: readonly string[], ownerDepartment: string): string[] {
  return departments.filter((d) => !helpsOwnDepartment(d, ownerDepartment));
}

/** True when the due date lies before `today` (both YYYY-MM-DD in the person's calendar). */
export function isPastDue(dueDate: string, today: string): boolean {
  return dueDate < today;
}
