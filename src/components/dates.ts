// Due dates are calendar dates (YYYY-MM-DD) with no time zone: "today" must be the user's local day,
// not UTC's, or a commitment due today would show as overdue in Japan every morning.

export function localIsoDate(date: Date = new Date()): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

export function isOverdue(dueDate: string, status: string, today: string = localIsoDate()): boolean {
  return status === "open" && dueDate < today;
}
