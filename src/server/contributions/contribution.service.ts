// "What can we do for the objective": written by attendees, one department at a time. Every write
// bumps the agenda's revision in the same transaction, so live viewers see one consistent change.
import type { z } from "zod";
import type { Agenda, Contribution, ContributionCreate, ContributionPatch } from "../../core/api/contract";
import { attendeeOf, bumpRevision, isOrganizer, loadAgendaForPrincipal } from "../agendas/agenda-access";
import { isOfDepartment } from "../../core/meeting/departments";
import type { Principal } from "../auth/principal";
import { refreshPurposeScore } from "../coach/purpose-score";
import { assertRoomFor } from "../agendas/agenda-bounds";
import type { Db } from "../db/database";
import { inTransaction } from "../db/in-transaction";
import { HttpError, badRequest, notFound } from "../http/http-error";
import { newId, nowIso } from "../ids";
import { rowToContribution } from "./contribution.mapping";
import {
  deleteContributionRow,
  findContributionRow,
  insertContributionRow,
  updateContributionText,
  type ContributionRow,
  type SlotConfirmation,
} from "./contribution.repository";

export const ONLY_AUTHOR_OR_ORGANIZER = "Only the contribution's author or the meeting's organizer can change it";

/** Someone of the slot's department: their edit (or the same text) confirms the organizer's proposal. */
function ofSlotDepartment(row: ContributionRow, agenda: Agenda, principal: Principal): boolean {
  const me = attendeeOf(agenda, principal);
  return Number(row.slot) === 1 && me !== undefined && isOfDepartment(agenda.attendees, me.email, row.department);
}

/** Departments a person may write for on this agenda: the agenda's own, plus their attendee department. */
export function departmentsFor(agenda: Agenda, principal: Principal): string[] {
  const own = attendeeOf(agenda, principal)?.department ?? "";
  const names = agenda.departments.map((d) => d.name);
  return own !== "" && !names.includes(own) ? [...names, own] : names;
}

export async function addContribution(
  db: Db,
  principal: Principal,
  agendaId: string,
  input: z.output<typeof ContributionCreate>,
): Promise<Contribution> {
  return inTransaction(db, async (trx) => {
    const agenda = await loadAgendaForPrincipal(trx, principal, agendaId);
    await assertRoomFor(trx, principal.tenantId, agenda.id, "contributions");
    const allowed = departmentsFor(agenda, principal);
    if (!allowed.includes(input.department)) {
      throw badRequest(
        allowed.length > 0
          ? `department must be one of this meeting's departments: ${allowed.join(", ")}`
          : "department: this meeting has no departments yet — add them to the agenda first",
        "department",
      );
    }
    const attendee = attendeeOf(agenda, principal);
    const now = nowIso();
    const row: ContributionRow = {
      id: newId(),
      tenant_id: principal.tenantId,
      agenda_id: agenda.id,
      department: input.department,
      author_email: attendee?.email ?? principal.email,
      author_name: attendee?.name || principal.name,
      author_oid: principal.userId,
      text: input.text,
      version: 1,
      created_at: now,
      updated_at: now,
      slot: 0,
      confirmed_by_email: null,
      confirmed_by_name: "",
      confirmed_at: null,
    };
    await insertContributionRow(trx, row);
    await bumpRevision(trx, principal.tenantId, agenda.id);
    await refreshPurposeScore(trx, principal.tenantId, agenda.id);
    return rowToContribution(row);
  });
}

/**
 * Loads a contribution the principal may change (author, organizer, or — for a department slot —
 * someone of that department); 404 / 403 otherwise.
 */
async function loadForChange(db: Db, principal: Principal, id: string): Promise<{ row: ContributionRow; agenda: Agenda }> {
  const row = await findContributionRow(db, principal.tenantId, id);
  if (!row) throw notFound("Contribution");
  const agenda = await loadAgendaForPrincipal(db, principal, row.agenda_id);
  const author = row.author_oid !== null && row.author_oid !== undefined && row.author_oid === principal.userId;
  if (!author && !isOrganizer(agenda, principal) && !ofSlotDepartment(row, agenda, principal)) {
    throw new HttpError("forbidden", ONLY_AUTHOR_OR_ORGANIZER);
  }
  return { row, agenda };
}

/**
 * A slot edited by its department is confirmed by them; changed by anyone else, it is a proposal
 * again. A slot already confirmed keeps its first confirmation, so that a later change by the
 * department shows as an edit (updatedAt after confirmedAt) instead of as a fresh confirmation.
 */
function confirmationAfterEdit(row: ContributionRow, agenda: Agenda, principal: Principal, text: string, now: string): SlotConfirmation {
  if (Number(row.slot) !== 1) return undefined;
  if (ofSlotDepartment(row, agenda, principal)) {
    if (row.confirmed_at) return undefined;
    const name = attendeeOf(agenda, principal)?.name || principal.name;
    return { email: principal.email, name, at: now };
  }
  return text === row.text ? undefined : null;
}

function stale(row: ContributionRow): HttpError {
  return new HttpError("precondition_failed", "The contribution was changed by someone else", {
    current: rowToContribution(row),
  });
}

export async function updateContribution(
  db: Db,
  principal: Principal,
  id: string,
  patch: z.output<typeof ContributionPatch>,
  expectedVersion: number | undefined,
): Promise<Contribution> {
  return inTransaction(db, async (trx) => {
    const { row, agenda } = await loadForChange(trx, principal, id);
    if (expectedVersion !== undefined && Number(row.version) !== expectedVersion) throw stale(row);
    const now = nowIso();
    const confirmation = confirmationAfterEdit(row, agenda, principal, patch.text, now);
    if (!(await updateContributionText(trx, principal.tenantId, id, patch.text, now, Number(row.version), confirmation))) {
      const current = await findContributionRow(trx, principal.tenantId, id);
      throw current ? stale(current) : notFound("Contribution");
    }
    await bumpRevision(trx, principal.tenantId, row.agenda_id);
    await refreshPurposeScore(trx, principal.tenantId, row.agenda_id);
    const confirmed =
      confirmation === undefined
        ? {}
        : { confirmed_by_email: confirmation?.email ?? null, confirmed_by_name: confirmation?.name ?? "", confirmed_at: confirmation?.at ?? null };
    return rowToContribution({ ...row, ...confirmed, text: patch.text, version: Number(row.version) + 1, updated_at: now });
  });
}

/** Deletes the contribution; returns its agenda id (for the live event). */
export async function deleteContribution(
  db: Db,
  principal: Principal,
  id: string,
  expectedVersion: number | undefined,
): Promise<string> {
  return inTransaction(db, async (trx) => {
    const { row } = await loadForChange(trx, principal, id);
    if (expectedVersion !== undefined && Number(row.version) !== expectedVersion) throw stale(row);
    if (!(await deleteContributionRow(trx, principal.tenantId, id))) throw notFound("Contribution");
    await bumpRevision(trx, principal.tenantId, row.agenda_id);
    await refreshPurposeScore(trx, principal.tenantId, row.agenda_id);
    return row.agenda_id;
  });
}
