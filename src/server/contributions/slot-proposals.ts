// The organizer's department slots, written inside the agenda's own transaction (one request, one
// live event). A slot is that department's contribution, "proposed" by the organizer until someone
// of the department edits or confirms it; from then on it is theirs and the organizer's slots leave
// it alone. A proposal still unconfirmed follows the organizer: new text replaces it, empty text
// withdraws it, and it goes when its department leaves the agenda.
import type { Agenda, AgendaSlot } from "../../core/api/contract";
import { departmentKey, isOfDepartment } from "../../core/meeting/departments";
import type { Principal } from "../auth/principal";
import type { Db } from "../db/database";
import { badRequest } from "../http/http-error";
import { newId, nowIso } from "../ids";
import { deleteContributionRow, insertContributionRow, listSlotRows, updateContributionText, type ContributionRow } from "./contribution.repository";

/** Each slot's department as the agenda spells it; 400 naming the slot when it is not one of them or repeats. */
function slotDepartments(agenda: Agenda, slots: readonly AgendaSlot[]): string[] {
  const seen = new Set<string>();
  return slots.map((slot, i) => {
    const key = departmentKey(slot.department);
    const department = agenda.departments.find((d) => departmentKey(d.name) === key)?.name;
    const field = `slots.${i}.department`;
    if (!department) throw badRequest(`${field}: "${slot.department}" is not one of this meeting's departments — add it to the agenda's departments first`, field);
    if (seen.has(key)) throw badRequest(`${field}: "${slot.department}" has two slots — send one per department`, field);
    seen.add(key);
    return department;
  });
}

/** The organizer's words for each department, applied to the agenda's slot contributions. */
export async function writeSlotProposals(db: Db, principal: Principal, agenda: Agenda, slots: readonly AgendaSlot[]): Promise<void> {
  const departments = slotDepartments(agenda, slots);
  const existing = await listSlotRows(db, principal.tenantId, agenda.id);
  const email = principal.email;
  const name = agenda.attendees.find((a) => a.email === email)?.name || principal.name;
  const now = nowIso();
  for (const [i, slot] of slots.entries()) {
    const department = departments[i] as string;
    // The organizer's own department needs nobody else's confirmation.
    const own = isOfDepartment(agenda.attendees, email, department) ? { email, name, at: now } : null;
    const row = existing.find((r) => departmentKey(r.department) === departmentKey(department));
    if (!row) {
      if (slot.text !== "") await insertContributionRow(db, newSlotRow(principal, agenda.id, department, name, slot.text, now, own));
      continue;
    }
    if (row.confirmed_at && row.confirmed_by_email !== email) continue;
    if (slot.text === "") await deleteContributionRow(db, principal.tenantId, row.id);
    else if (slot.text !== row.text) await updateContributionText(db, principal.tenantId, row.id, slot.text, now, undefined, own);
  }
}

/** After the organizer changed the departments: unconfirmed proposals of departments no longer there go. */
export async function dropOrphanProposals(db: Db, tenantId: string, agenda: Agenda): Promise<void> {
  const keys = new Set(agenda.departments.map((d) => departmentKey(d.name)));
  for (const row of await listSlotRows(db, tenantId, agenda.id)) {
    if (!row.confirmed_at && !keys.has(departmentKey(row.department))) await deleteContributionRow(db, tenantId, row.id);
  }
}

function newSlotRow(
  principal: Principal,
  agendaId: string,
  department: string,
  authorName: string,
  text: string,
  now: string,
  own: { email: string; name: string; at: string } | null,
): ContributionRow {
  return {
    id: newId(),
    tenant_id: principal.tenantId,
    agenda_id: agendaId,
    department,
    author_email: principal.email,
    author_oid: principal.userId,
    author_name: authorName,
    text,
    version: 1,
    created_at: now,
    updated_at: now,
    slot: 1,
    confirmed_by_email: own?.email ?? null,
    confirmed_by_name: own?.name ?? "",
    confirmed_at: own?.at ?? null,
  };
}
