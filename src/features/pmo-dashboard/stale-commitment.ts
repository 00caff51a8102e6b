// A 412 on a commitment write carries the server's current commitment: the dashboard shows it in
// place of the stale row, so the PMO can apply the change again on top of it.
import { Commitment } from "../../core/api/contract";
import { ApiError } from "../../platform/ports";

/** The fresh commitment from a 412, or null for any other error (or an unreadable body). */
export function staleCommitmentOf(err: unknown): Commitment | null {
  if (!(err instanceof ApiError) || err.status !== 412) return null;
  const parsed = Commitment.safeParse(err.current);
  return parsed.success ? parsed.data : null;
}
