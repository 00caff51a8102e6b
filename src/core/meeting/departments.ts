// Which departments a meeting spans: the add-in only proposes the shared-objective agenda when
// attendees come from at least two departments.
import type { Attendee } from "../api/contract";

/**
 * The identity of a department name: directories and people write the same department as
 * "ＩＴ部" and "IT部", or "Sales" and "sales ", so names are compared after NFKC, trimming and
 * case folding. The first spelling seen is the one shown.
 */
export function departmentKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

export interface DepartmentGroup {
  /** The department's name as first seen; "" for attendees whose department is unknown. */
  department: string;
  attendees: Attendee[];
}

/** Attendees grouped by department in order of first appearance; the unknown ("") group comes last. */
export function groupAttendeesByDepartment(attendees: readonly Attendee[]): DepartmentGroup[] {
  const groups = new Map<string, DepartmentGroup>();
  const unknown: DepartmentGroup = { department: "", attendees: [] };
  for (const attendee of attendees) {
    const key = departmentKey(attendee.department);
    if (key === "") {
      unknown.attendees.push(attendee);
      continue;
    }
    let group = groups.get(key);
    if (!group) {
      group = { department: attendee.department.trim(), attendees: [] };
      groups.set(key, group);
    }
    group.attendees.push(attendee);
  }
  const result = [...groups.values()];
  if (unknown.attendees.length > 0) result.push(unknown);
  return result;
}

/** The distinct known departments of the attendees, in order of first appearance. */
export function spannedDepartments(attendees: readonly Attendee[]): string[] {
  return groupAttendeesByDepartment(attendees)
    .map((g) => g.department)
    .filter((d) => d !== "");
}

/** True when the attendees come from at least two known departments. */
export function isCrossDepartment(attendees: readonly Attendee[]): boolean {
  return spannedDepartments(attendees).length >= 2;
}

/** Whether the attendee with this email belongs to the department, as the agenda records attendees. */
export function isOfDepartment(attendees: readonly Pick<Attendee, "email" | "department">[], email: string, department: string): boolean {
  const key = departmentKey(department);
  const me = email.trim().toLowerCase();
  return key !== "" && attendees.some((a) => a.email === me && departmentKey(a.department) === key);
}
