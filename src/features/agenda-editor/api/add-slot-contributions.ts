// The organizer's "what can we do for it" slots become the first contributions of their
// departments, once the agenda exists. A slot whose text is already there (a retry) is skipped.
import type { AgendaDepartment, AgendaView } from "../../../core/api/contract";
import { departmentKey } from "../../../core/meeting/departments";
import type { ApiClient } from "../../../platform/ports";

const same = (a: string, b: string) => a.normalize("NFKC").trim() === b.normalize("NFKC").trim();

/** Adds one contribution per non-blank slot; returns how many were added. */
export async function addSlotContributions(
  api: ApiClient,
  view: AgendaView,
  departments: readonly AgendaDepartment[],
  slots: Readonly<Record<string, string>>,
): Promise<number> {
  let added = 0;
  for (const d of departments) {
    const text = (slots[departmentKey(d.name)] ?? "").trim();
    if (text === "") continue;
    const exists = view.contributions.some((c) => departmentKey(c.department) === departmentKey(d.name) && same(c.text, text));
    if (exists) continue;
    await api.addContribution(view.agenda.id, { department: d.name.trim(), text });
    added++;
  }
  return added;
}
