// The list cursor is opaque to clients: base64url of the last row's sort value and id, so the next
// page starts strictly after it even when rows are added or changed between requests. The default
// (due date) sort keeps its original two-element form, [dueDate, id]; other sorts carry their name,
// [sort, value, id], so a cursor is never read under a sort it was not made for.
import { Id, IsoDate } from "../../core/api/primitives";
import { CommitmentSort } from "../../core/api/commitment-list-contract";
import { badRequest } from "../http/http-error";
import { DEFAULT_SORT } from "./commitment-sort";
import type { CommitmentCursor, SortCursor } from "./commitment.table";

// Names are at most 200 characters; anything longer was not made here.
const MAX_VALUE = 1000;

export function encodeCursor(c: CommitmentCursor): string {
  return Buffer.from(JSON.stringify([c.dueDate, c.id]), "utf8").toString("base64url");
}

export function encodeSortCursor(sort: CommitmentSort, c: SortCursor): string {
  if (sort === DEFAULT_SORT) return encodeCursor({ dueDate: c.value, id: c.id });
  return Buffer.from(JSON.stringify([sort, c.value, c.id]), "utf8").toString("base64url");
}

const invalid = () => badRequest("Invalid query: cursor — not a cursor from this list; start again without it", "cursor");

function parse(raw: string): unknown[] {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed)) throw invalid();
  return parsed as unknown[];
}

/** A cursor this server did not make is a 400 naming the `cursor` field. */
export function decodeCursor(raw: string): CommitmentCursor {
  const parsed = parse(raw);
  if (parsed.length !== 2) throw invalid();
  const [dueDate, id] = parsed;
  if (!IsoDate.safeParse(dueDate).success || !Id.safeParse(id).success) throw invalid();
  return { dueDate: dueDate as string, id: id as string };
}

/** Decodes a cursor for `sort`; one made under another sort is a 400 naming `cursor`. */
export function decodeSortCursor(raw: string, sort: CommitmentSort): SortCursor {
  if (sort === DEFAULT_SORT) {
    const c = decodeCursor(raw);
    return { value: c.dueDate, id: c.id };
  }
  const parsed = parse(raw);
  if (parsed.length !== 3) throw invalid();
  const [madeFor, value, id] = parsed;
  if (madeFor !== sort || typeof value !== "string" || value.length > MAX_VALUE || !Id.safeParse(id).success) throw invalid();
  return { value, id: id as string };
}
