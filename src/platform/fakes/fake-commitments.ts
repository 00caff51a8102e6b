// The commitment rules of the fake API: defaults on create, history on every change, the list
// filters and cursor paging of GET /api/commitments, and the CSV export (UTF-8 with BOM for Excel).
import type { z } from "zod";
import type { Agenda, Commitment, CommitmentCreate, CommitmentPatch, DirectoryEntry, Page } from "../../core/api/contract";
import type { Me } from "../../core/api/me-contract";
import type { CommitmentListQuery } from "../../core/api/commitment-list-contract";
import { helpsOwnDepartment, isPastDue } from "../../core/meeting/commitment-rules";
import { badRequest } from "./fake-api-errors";

type CreateInput = z.output<typeof CommitmentCreate>;
type PatchInput = z.output<typeof CommitmentPatch>;
type ListQuery = z.output<typeof CommitmentListQuery>;

/** The owner must be one of the meeting's people; name and department default from there. */
export function newCommitment(
  input: CreateInput,
  agenda: Agenda,
  me: Me,
  directory: DirectoryEntry[],
  id: string,
  now: string,
): Commitment {
  const attendee = agenda.attendees.find((a) => a.email === input.ownerEmail);
  if (!attendee && agenda.organizerEmail !== input.ownerEmail) {
    throw badRequest("Invalid body: ownerEmail — the owner must be one of the meeting's attendees", "ownerEmail");
  }
  const person = attendee ?? directory.find((d) => d.email === input.ownerEmail);
  const ownerDepartment = input.ownerDepartment ?? person?.department ?? "";
  checkRules(input, ownerDepartment, now.slice(0, 10));
  return {
    id,
    agendaId: agenda.id,
    objectiveId: agenda.objectiveId,
    objectiveTitle: agenda.objectiveTitle,
    ownerEmail: input.ownerEmail,
    ownerName: input.ownerName || person?.name || "",
    ownerDepartment,
    helpsDepartment: input.helpsDepartment === "" ? null : input.helpsDepartment,
    action: input.action,
    dueDate: input.dueDate,
    servesObjective: input.servesObjective,
    status: "open",
    contributionId: input.contributionId,
    createdByEmail: me.email,
    createdAt: now,
    updatedAt: now,
    history: [{ at: now, byEmail: me.email, field: "created", from: null, to: "open", note: "" }],
    version: 1,
  };
}

const PATCHABLE = ["status", "action", "dueDate", "helpsDepartment", "servesObjective"] as const;

/** The owner, the meeting's organizer and PMOs may change a commitment. */
export const mayChange = (c: Commitment, agenda: Agenda, me: Me) =>
  me.isPmo || c.ownerEmail === me.email || agenda.organizerEmail === me.email;

/** Applies a patch: one history entry per field that really changes, all carrying the note. */
/** The server's commitment rules (core/meeting/commitment-rules.ts), with the server's field names. */
function checkRules(input: { dueDate?: string; helpsDepartment?: string | null; confirmPastDue?: boolean }, ownerDepartment: string, today: string): void {
  if (input.dueDate !== undefined && isPastDue(input.dueDate, today) && input.confirmPastDue !== true) {
    throw badRequest(`Invalid body: dueDate — ${input.dueDate} is before today (${today}); send confirmPastDue: true to record a date in the past`, "dueDate");
  }
  if (helpsOwnDepartment(input.helpsDepartment, ownerDepartment)) {
    throw badRequest(`Invalid body: helpsDepartment — ${ownerDepartment} is the owner's own department; a commitment helps another department, or none`, "helpsDepartment");
  }
}

export function patchCommitment(c: Commitment, patch: PatchInput, me: Me, now: string): { next: Commitment; changed: boolean } {
  checkRules({ ...patch, dueDate: patch.dueDate === c.dueDate ? undefined : patch.dueDate }, c.ownerDepartment, now.slice(0, 10));
  const next: Commitment = { ...c, history: [...c.history] };
  for (const field of PATCHABLE) {
    let value = patch[field];
    if (value === undefined) continue;
    if (field === "helpsDepartment" && value === "") value = null;
    if (value === c[field]) continue;
    next.history.push({ at: now, byEmail: me.email, field, from: c[field], to: value, note: patch.note ?? "" });
    (next as Record<string, unknown>)[field] = value;
  }
  const changed = next.history.length !== c.history.length;
  if (changed) {
    next.updatedAt = now;
    next.version = c.version + 1;
  }
  return { next, changed };
}

/** The server's list filters (department matches the owner's or the helped department). */
export function filterCommitments(all: Commitment[], q: ListQuery, me: Me, today: string): Commitment[] {
  const text = q.q?.toLowerCase();
  return all
    .filter(
      (c) =>
        (!q.mine || c.ownerEmail === me.email) &&
        (!q.agenda || c.agendaId === q.agenda) &&
        (!q.objective || c.objectiveId === q.objective) &&
        (!q.department || c.ownerDepartment === q.department || c.helpsDepartment === q.department) &&
        (!q.owner || c.ownerEmail === q.owner) &&
        (!q.status || c.status === q.status) &&
        (q.overdue === undefined || q.overdue === (c.status === "open" && c.dueDate < today)) &&
        (!q.dueFrom || c.dueDate >= q.dueFrom) &&
        (!q.dueTo || c.dueDate <= q.dueTo) &&
        (!text ||
          [c.action, c.servesObjective, c.ownerName, c.objectiveTitle].some((s) =>
            s.toLowerCase().includes(text),
          )),
    )
    .sort(bySort(q.sort ?? "due"));
}

const SORT_FIELDS = { due: "dueDate", owner: "ownerName", department: "ownerDepartment", status: "status", updated: "updatedAt" } as const;

/** The server's sorts: one column, then the id, both in the sort's direction. */
function bySort(sort: NonNullable<ListQuery["sort"]>): (a: Commitment, b: Commitment) => number {
  const descending = sort.startsWith("-");
  const field = SORT_FIELDS[(descending ? sort.slice(1) : sort) as keyof typeof SORT_FIELDS];
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (a, b) => (descending ? -1 : 1) * (cmp(a[field], b[field]) || cmp(a.id, b.id));
}

/** Cursor = the offset of the next page, opaque to clients. */
export function pageOf(list: Commitment[], cursor: string | undefined, limit: number): Page<Commitment> {
  const offset = cursor === undefined ? 0 : Number(cursor);
  if (!Number.isInteger(offset) || offset < 0) throw badRequest("cursor: not a cursor from this list", "cursor");
  const items = list.slice(offset, offset + limit);
  const next = offset + limit;
  return { items, nextCursor: next < list.length ? String(next) : null };
}

const CSV_COLUMNS: Array<[string, (c: Commitment) => string]> = [
  ["objective", (c) => c.objectiveTitle],
  ["owner", (c) => c.ownerName],
  ["ownerEmail", (c) => c.ownerEmail],
  ["ownerDepartment", (c) => c.ownerDepartment],
  ["helpsDepartment", (c) => c.helpsDepartment ?? ""],
  ["action", (c) => c.action],
  ["dueDate", (c) => c.dueDate],
  ["status", (c) => c.status],
  ["servesObjective", (c) => c.servesObjective],
  ["agendaId", (c) => c.agendaId],
  ["id", (c) => c.id],
];

function csvCell(value: string): string {
  // A leading = + - @ would run as a formula in Excel.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function commitmentsCsv(list: Commitment[]): string {
  const rows = [CSV_COLUMNS.map(([h]) => h), ...list.map((c) => CSV_COLUMNS.map(([, get]) => csvCell(get(c))))];
  return `\uFEFF${rows.map((r) => r.join(",")).join("\r\n")}\r\n`;
}
