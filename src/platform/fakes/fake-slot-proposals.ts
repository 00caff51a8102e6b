// The organizer's department slots in the fake API, mirroring src/server/contributions/slot-proposals.ts:
// a slot is the department's contribution, proposed by the organizer until someone of the
// department edits or confirms it; a confirmed slot is theirs and the organizer's slots leave it.
import type { AgendaSlot, AgendaView, Contribution, ContributionProposal } from "../../core/api/contract";
import type { Me } from "../../core/api/me-contract";
import { departmentKey, isOfDepartment } from "../../core/meeting/departments";
import { badRequest } from "./fake-api-errors";
import type { FakeRequest } from "./fake-server";

const PROPOSED: ContributionProposal = { status: "proposed", confirmedByEmail: null, confirmedByName: "", confirmedAt: null };

function confirmedBy(view: AgendaView, me: Me, at: string): ContributionProposal {
  const name = view.agenda.attendees.find((a) => a.email === me.email)?.name || me.name;
  return { status: "confirmed", confirmedByEmail: me.email, confirmedByName: name, confirmedAt: at };
}

/** Someone of the slot's department (by the agenda's attendees). */
export const ofSlotDepartment = (view: AgendaView, c: Contribution, me: Me) =>
  c.proposal !== undefined && isOfDepartment(view.agenda.attendees, me.email, c.department);

/**
 * The proposal after an edit: confirmed by the department's editor (a confirmed one keeps its first
 * confirmation, so later changes show as edits), a proposal again otherwise when the text changed.
 */
export function proposalAfterEdit(view: AgendaView, c: Contribution, me: Me, text: string, at: string): ContributionProposal | undefined {
  if (!c.proposal) return undefined;
  if (ofSlotDepartment(view, c, me)) return c.proposal.status === "confirmed" ? c.proposal : confirmedBy(view, me, at);
  return text === c.text ? c.proposal : PROPOSED;
}

export function writeSlotProposals({ me, nowIso, newId }: FakeRequest, view: AgendaView, slots: readonly AgendaSlot[]): void {
  const seen = new Set<string>();
  const departments = slots.map((slot, i) => {
    const key = departmentKey(slot.department);
    const department = view.agenda.departments.find((d) => departmentKey(d.name) === key)?.name;
    const field = `slots.${i}.department`;
    if (!department) throw badRequest(`${field}: "${slot.department}" is not one of this meeting's departments — add it to the agenda's departments first`, field);
    if (seen.has(key)) throw badRequest(`${field}: "${slot.department}" has two slots — send one per department`, field);
    seen.add(key);
    return department;
  });
  const now = nowIso();
  const name = view.agenda.attendees.find((a) => a.email === me.email)?.name || me.name;
  slots.forEach((slot, i) => {
    const department = departments[i] as string;
    const proposal = isOfDepartment(view.agenda.attendees, me.email, department) ? confirmedBy(view, me, now) : PROPOSED;
    const index = view.contributions.findIndex((c) => c.proposal && departmentKey(c.department) === departmentKey(department));
    const row = view.contributions[index];
    if (!row) {
      if (slot.text !== "") {
        view.contributions.push({ id: newId("con"), agendaId: view.agenda.id, department, authorEmail: me.email, authorName: name, text: slot.text, version: 1, createdAt: now, updatedAt: now, proposal });
      }
      return;
    }
    if (row.proposal?.status === "confirmed" && row.proposal.confirmedByEmail !== me.email) return;
    if (slot.text === "") view.contributions.splice(index, 1);
    else if (slot.text !== row.text) view.contributions[index] = { ...row, text: slot.text, version: row.version + 1, updatedAt: now, proposal };
  });
}

/** Unconfirmed proposals of departments that left the agenda go with them. */
export function dropOrphanProposals(view: AgendaView): void {
  const keys = new Set(view.agenda.departments.map((d) => departmentKey(d.name)));
  view.contributions = view.contributions.filter((c) => !(c.proposal?.status === "proposed" && !keys.has(departmentKey(c.department))));
}
