// Who may not create a meeting's agenda from the config page, and why: guests and anonymous
// participants (Teams' hint), a server that answers 403, or a thread another person's agenda holds.
import { ThreadBoundConflict } from "../../core/api/thread-binding-contract";
import { ApiError, type TeamsContext } from "../../platform/ports";

export type CreateBlock =
  | { kind: "guest" }
  | { kind: "anonymous" }
  | { kind: "forbidden" }
  /** The meeting already has an agenda; organizerEmail can add the user or share it. */
  | { kind: "bound"; conflict: ThreadBoundConflict };

export function createBlockOf(context: TeamsContext): CreateBlock | null {
  const kind = context.userHint.kind;
  return kind === "guest" || kind === "anonymous" ? { kind } : null;
}

/** A failed create that means "you can't create it here" (not a retryable failure), or null. */
export function createBlockFromError(error: unknown): CreateBlock | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 403) return { kind: "forbidden" };
  if (error.status === 409 && error.field === "teamsThreadId") {
    const conflict = ThreadBoundConflict.safeParse(error.current);
    if (conflict.success) return { kind: "bound", conflict: conflict.data };
  }
  return null;
}
