// What "Collect commitments" would record: each row read from the body, matched to an attendee
// (the API needs the owner's email), and left out when it is already recorded — same owner, same
// action, same due date — so collecting twice never records anything twice.
import type { CollectedCommitment } from "../../core/agenda/collect-commitments";
import type { AgendaView, Attendee, CommitmentCreate } from "../../core/api/contract";

export type CollectedRowState =
  | { kind: "new"; input: CommitmentCreate }
  | { kind: "recorded" }
  | { kind: "problem"; problem: "owner" | "due" | "action" };

export interface CollectedRow {
  row: CollectedCommitment;
  state: CollectedRowState;
}

const norm = (s: string): string => s.normalize("NFKC").replace(/[\s\u3000]+/g, " ").trim().toLowerCase();
const compact = (s: string): string => norm(s).replace(/ /g, "");

/** The attendee a written owner names: by email, or by name ignoring spaces and width. */
export function matchOwner(owner: string, attendees: readonly Attendee[]): Attendee | null {
  const k = compact(owner);
  if (k === "") return null;
  return attendees.find((a) => compact(a.email) === k) ?? attendees.find((a) => a.name !== "" && compact(a.name) === k) ?? null;
}

function sameCommitment(row: CollectedCommitment, view: AgendaView): boolean {
  const owner = compact(row.owner);
  const action = norm(row.action);
  return view.commitments.some(
    (c) => (compact(c.ownerName) === owner || compact(c.ownerEmail) === owner) && norm(c.action) === action && c.dueDate === row.dueDate,
  );
}

export function planCollected(rows: readonly CollectedCommitment[], view: AgendaView): CollectedRow[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    if (row.action === "") return { row, state: { kind: "problem", problem: "action" } };
    if (row.dueDate === null) return { row, state: { kind: "problem", problem: "due" } };
    if (sameCommitment(row, view)) return { row, state: { kind: "recorded" } };
    const owner = matchOwner(row.owner, view.agenda.attendees);
    if (!owner) return { row, state: { kind: "problem", problem: "owner" } };
    const id = `${owner.email}\u0000${norm(row.action)}\u0000${row.dueDate}`;
    // The same row twice in the body is one commitment.
    if (seen.has(id)) return { row, state: { kind: "recorded" } };
    seen.add(id);
    const input: CommitmentCreate = {
      ownerEmail: owner.email,
      ownerName: owner.name,
      action: row.action,
      dueDate: row.dueDate,
      servesObjective: row.servesObjective,
      helpsDepartment: row.helpsDepartment,
      ...(row.ownerDepartment ? { ownerDepartment: row.ownerDepartment } : {}),
    };
    return { row, state: { kind: "new", input } };
  });
}
