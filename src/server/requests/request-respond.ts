// Answering a request: the asked department accepts (a commitment owned by one of its people, due
// date required, linked both ways), counters or declines an open request; the asking department
// accepts a counter-offer, answers it back (the request is open again, reworded) or withdraws it.
// Everything happens in the caller's transaction: a refused answer writes nothing.
import type { z } from "zod";
import type { Agenda, Attendee } from "../../core/api/contract";
import type { RequestRespond } from "../../core/api/request-contract";
import type { RequestStatus } from "../../core/api/request-view";
import { isPastDue } from "../../core/meeting/commitment-rules";
import { sameDepartment, turnOf, waitingDepartment } from "../../core/meeting/request-rules";
import { attendeeOf, bumpRevision } from "../agendas/agenda-access";
import type { Principal } from "../auth/principal";
import { todayUtc } from "../commitments/commitment-access";
import { createCommitment } from "../commitments/commitment.service";
import { updateCommitmentRow } from "../commitments/commitment.repository";
import type { Db } from "../db/database";
import { HttpError, badRequest } from "../http/http-error";
import { nowIso } from "../ids";
import { rowToRequest } from "./request.mapping";
import { updateRequestRow } from "./request.repository";
import { STALE_REQUEST, assertNotClosed, assertVersion, callerDepartment, loadRequestForChange, type RequestWrite } from "./request.service";
import type { RequestRow } from "./request.table";

type RespondInput = z.output<typeof RequestRespond>;

export interface RequestAnswer extends RequestWrite {
  commitmentId: string | null;
}

/** 403 for people of neither department; 409 naming whose turn it is for the other department. */
function sideOf(row: RequestRow, agenda: Agenda, principal: Principal): "asked" | "asking" {
  const mine = callerDepartment(agenda, principal);
  const side = sameDepartment(mine, row.to_department) ? "asked" : sameDepartment(mine, row.from_department) ? "asking" : null;
  if (side === null) {
    throw new HttpError("forbidden", `Only someone of ${row.to_department} (asked) or ${row.from_department} (asking) can answer this request`);
  }
  assertNotClosed(row, "answered");
  if (turnOf(row.status as RequestStatus) !== side) {
    const waiting = waitingDepartment({ status: row.status as RequestStatus, fromDepartment: row.from_department, toDepartment: row.to_department });
    const state = row.status === "countered" ? `${row.to_department} already answered with a counter-offer` : "This request is open";
    throw new HttpError("conflict", `${state}; it waits for ${waiting}'s answer`, { field: "status" });
  }
  return side;
}

function requiredText(input: RespondInput, what: string): string {
  const text = input.text?.trim() ?? "";
  if (text === "") throw badRequest(`Invalid body: text — ${what} is required`, "text");
  return text;
}

/** The owner of an accepted request: one of the asked department's attendees. */
function ownerOf(agenda: Agenda, row: RequestRow, email: string | undefined): Attendee {
  if (email === undefined) throw badRequest(`Invalid body: owner — accepting needs an owner: someone of ${row.to_department} who will do it`, "owner");
  const attendee = agenda.attendees.find((a) => a.email === email);
  if (!attendee || !sameDepartment(attendee.department, row.to_department)) {
    throw badRequest(`Invalid body: owner — ${email} is not an attendee of ${row.to_department}, the asked department`, "owner");
  }
  return attendee;
}

export async function respondToRequest(
  trx: Db,
  principal: Principal,
  id: string,
  input: RespondInput,
  expectedVersion: number | undefined,
  today: string = todayUtc(),
): Promise<RequestAnswer> {
  const { row, agenda } = await loadRequestForChange(trx, principal, id, input.agendaId);
  const elsewhere = agenda.id !== row.agenda_id;
  assertVersion(row, expectedVersion);
  const side = sideOf(row, agenda, principal);
  const me = attendeeOf(agenda, principal);
  const now = nowIso();
  const answered = {
    answered_by_email: me?.email ?? principal.email,
    answered_by_oid: principal.userId,
    answered_by_name: me?.name || principal.name,
    answered_at: now,
    updated_at: now,
    version: Number(row.version) + 1,
  };
  // The asked department's first answer is kept apart: the PMO measures how fast departments answer.
  const first = side === "asked" && row.first_answered_at === null ? { first_answered_at: now } : {};
  let changes: Partial<RequestRow>;
  let commitmentId: string | null = null;
  if (input.action === "accept") {
    const owner = ownerOf(agenda, row, input.owner);
    if (input.due === undefined) throw badRequest("Invalid body: due — accepting needs a due date for the commitment", "due");
    if (isPastDue(input.due, today)) throw badRequest(`Invalid body: due — ${input.due} is before today (${today})`, "due");
    // What was agreed: the counter-offer when the asking department accepts one, else what was asked.
    const action = input.text?.trim() || (row.status === "countered" ? row.response_text : row.text);
    const written = await createCommitment(
      trx,
      principal,
      agenda.id,
      {
        ownerEmail: owner.email,
        ownerName: owner.name,
        ownerDepartment: owner.department,
        helpsDepartment: row.from_department,
        action,
        dueDate: input.due,
        servesObjective: "",
        contributionId: null,
      },
      today,
    );
    commitmentId = written.commitment.id;
    await updateCommitmentRow(trx, principal.tenantId, commitmentId, { request_id: row.id });
    changes = { status: "accepted", commitment_id: commitmentId, ...answered, ...first };
  } else if (input.action === "counter") {
    const text = requiredText(input, side === "asked" ? "the counter-offer" : "your answer to the counter-offer");
    // The asked department proposes something else; the asking department's answer rewords the request.
    changes = side === "asked" ? { status: "countered", response_text: text, ...answered, ...first } : { status: "open", text, ...answered };
  } else {
    const reason = requiredText(input, "the reason");
    // The asking department declining a counter-offer takes its request back.
    changes = { status: side === "asked" ? "declined" : "withdrawn", response_text: reason, ...answered, ...first };
  }
  if (!(await updateRequestRow(trx, principal.tenantId, id, Number(row.version), changes))) throw new HttpError("precondition_failed", STALE_REQUEST);
  // createCommitment already marked the agenda it was answered in changed; both meetings show the answer.
  if (commitmentId === null || elsewhere) await bumpRevision(trx, principal.tenantId, row.agenda_id);
  if (commitmentId === null && elsewhere) await bumpRevision(trx, principal.tenantId, agenda.id);
  return { request: rowToRequest({ ...row, ...changes }), agendaId: row.agenda_id, commitmentId, ...(elsewhere ? { answeredInAgendaId: agenda.id } : {}) };
}
