// Rows ↔ the contract's DepartmentRequest. snake_case stops here.
import type { DepartmentRequest, RequestStatus } from "../../core/api/request-view";
import type { RequestRow } from "./request.table";

export function rowToRequest(row: RequestRow): DepartmentRequest {
  return {
    id: row.id,
    agendaId: row.agenda_id,
    fromDepartment: row.from_department,
    toDepartment: row.to_department,
    text: row.text,
    neededBy: row.needed_by,
    status: row.status as RequestStatus,
    askedByEmail: row.asked_by_email,
    askedByName: row.asked_by_name,
    responseText: row.response_text,
    answeredByEmail: row.answered_by_email,
    answeredByName: row.answered_by_name,
    answeredAt: row.answered_at,
    firstAnsweredAt: row.first_answered_at,
    commitmentId: row.commitment_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    // PostgreSQL drivers may hand integers back as strings; the contract wants a number.
    version: Number(row.version),
  };
}
