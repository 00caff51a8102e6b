// Who may ask and answer a request between departments, shared by the server (which enforces it)
// and the tab (which shows only the buttons that will work).
import type { Agenda } from "../api/contract";
import type { DepartmentRequest, RequestStatus } from "../api/request-view";
import { departmentKey } from "./departments";

/** The meeting's departments: the agenda's own, then the attendees' not among them, first spelling kept. */
export function meetingDepartments(agenda: Pick<Agenda, "departments" | "attendees">): string[] {
  const seen = new Map<string, string>();
  for (const name of [...agenda.departments.map((d) => d.name), ...agenda.attendees.map((a) => a.department)]) {
    const key = departmentKey(name);
    if (key !== "" && !seen.has(key)) seen.set(key, name.trim());
  }
  return [...seen.values()];
}

/** The meeting's spelling of `name`, or undefined when the department is not in the meeting. */
export function meetingDepartmentNamed(agenda: Pick<Agenda, "departments" | "attendees">, name: string): string | undefined {
  const key = departmentKey(name);
  return meetingDepartments(agenda).find((d) => departmentKey(d) === key);
}

export const sameDepartment = (a: string, b: string): boolean => departmentKey(a) !== "" && departmentKey(a) === departmentKey(b);

/** Whose turn it is: the asked department answers an open request, the asking one a counter-offer. */
export function turnOf(status: RequestStatus): "asked" | "asking" | null {
  if (status === "open") return "asked";
  if (status === "countered") return "asking";
  return null;
}

/** The department whose answer the request waits for, or null when it is closed. */
export function waitingDepartment(request: Pick<DepartmentRequest, "status" | "fromDepartment" | "toDepartment">): string | null {
  const turn = turnOf(request.status);
  return turn === "asked" ? request.toDepartment : turn === "asking" ? request.fromDepartment : null;
}

/** Whole days a request has been open, from its creation to `now` (0 on its first day). */
export function daysOpen(createdAt: string, now: Date): number {
  const ms = now.getTime() - new Date(createdAt).getTime();
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 86_400_000) : 0;
}

/** Working days (Monday–Friday) after `fromDay` up to and including `toDay` (YYYY-MM-DD); 0 when not after. */
export function workingDaysBetween(fromDay: string, toDay: string): number {
  const from = Date.parse(`${fromDay}T00:00:00Z`);
  const to = Date.parse(`${toDay}T00:00:00Z`);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return 0;
  let count = 0;
  for (let t = from + 86_400_000; t <= to; t += 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

/** Since when a request has waited for its current answer: its creation, or the last answer that handed the turn over. */
export function waitingSince(request: Pick<DepartmentRequest, "status" | "createdAt" | "answeredAt">): string {
  return request.answeredAt ?? request.createdAt;
}
