// The list cursor is opaque to clients: base64url of the last row's (due_date, id), so the next
// page starts strictly after it even when rows are added or changed between requests.
import { IsoDate, Id } from "../../core/api/contract";
import { badRequest } from "../http/http-error";
import type { CommitmentCursor } from "./commitment.table";

export function encodeCursor(c: CommitmentCursor): string {
  return Buffer.from(JSON.stringify([c.dueDate, c.id]), "utf8").toString("base64url");
}

/** A cursor this server did not make is a 400 naming the `cursor` field. */
export function decodeCursor(raw: string): CommitmentCursor {
  const invalid = () => badRequest("Invalid query: cursor — not a cursor from this list; start again without it", "cursor");
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
  const [dueDate, id] = parsed as unknown[];
  if (!IsoDate.safeParse(dueDate).success || !Id.safeParse(id).success) throw invalid();
  return { dueDate: dueDate as string, id: id as string };
}
