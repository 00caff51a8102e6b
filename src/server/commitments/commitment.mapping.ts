// Rows ↔ the contract's Commitment. snake_case stops here.
import type { Commitment, CommitmentHistoryEntry, CommitmentStatus } from "../../core/api/contract";
import type { CommitmentHistoryRow, CommitmentRow } from "./commitment.table";

/** The fields a PATCH may change, in the order their history entries are listed. */
export const PATCHABLE_FIELDS = ["status", "action", "dueDate", "helpsDepartment", "servesObjective"] as const;
export type PatchableField = (typeof PATCHABLE_FIELDS)[number];

export const PATCHABLE_COLUMNS = {
  status: "status",
  action: "action",
  dueDate: "due_date",
  helpsDepartment: "helps_department",
  servesObjective: "serves_objective",
} as const satisfies Record<PatchableField, keyof CommitmentRow>;

/** History field name of the row written when a commitment is created. */
export const CREATED_FIELD = "created";

/**
 * How many of a commitment's latest changes its views carry. Bounded, so that a commitment changed
 * thousands of times cannot make its meeting's view (and every live event of it) megabytes long.
 */
export const HISTORY_SHOWN = 20;

/** `history`: the commitment's latest rows (any order); `total`: how many it has in all. */
export function commitmentRowToCommitment(row: CommitmentRow, history: readonly CommitmentHistoryRow[], total = history.length): Commitment {
  return {
    id: row.id,
    agendaId: row.agenda_id,
    objectiveId: row.objective_id,
    objectiveTitle: row.objective_title,
    ownerEmail: row.owner_email,
    ownerName: row.owner_name,
    ownerDepartment: row.owner_department,
    helpsDepartment: row.helps_department,
    action: row.action,
    dueDate: row.due_date,
    servesObjective: row.serves_objective,
    status: row.status as CommitmentStatus,
    contributionId: row.contribution_id,
    createdByEmail: row.created_by_email,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    history: sortHistory(history).slice(-HISTORY_SHOWN).map(historyRowToEntry),
    historyTotal: Math.max(total, history.length),
    // PostgreSQL drivers may hand integers back as strings; the contract wants a number.
    version: Number(row.version),
    // Only on commitments that answer a request, so the others read exactly as before.
    ...(row.request_id ? { requestId: row.request_id } : {}),
  };
}

function historyRowToEntry(row: CommitmentHistoryRow): CommitmentHistoryEntry {
  return { at: row.at, byEmail: row.by_email, field: row.field, from: row.from_value, to: row.to_value, note: row.note };
}

// Rows of one request share `at` and random-suffixed ids, so within the same millisecond the
// order is made explicit: "created" first, then the fields in PATCHABLE_FIELDS order.
function sortHistory(rows: readonly CommitmentHistoryRow[]): CommitmentHistoryRow[] {
  const rank = (field: string) => (field === CREATED_FIELD ? -1 : PATCHABLE_FIELDS.indexOf(field as PatchableField));
  return [...rows].sort((a, b) => a.at.localeCompare(b.at) || rank(a.field) - rank(b.field) || a.id.localeCompare(b.id));
}
