// POST /api/commitments/:id/sync in the fake: the same checks as the server, then the server's
// answer in local mode (no Microsoft Graph, so no To Do): 409 with what to configure.
import { CommitmentSyncRequest, type CommitmentSyncResult } from "../../core/api/reminders-contract";
import { ApiError } from "../ports";
import { forbidden, notFound, parseOr400 } from "./fake-api-errors";
import type { FakeRequest } from "./fake-server";

/** The server's words (src/server/sync/commitment-sync.service.ts), which the fake can't import. */
export const FAKE_SYNC_NEEDS_GRAPH =
  "Syncing to Microsoft To Do or Planner isn't set up on this server — ask your administrator to connect Common Purpose to Microsoft 365";

export function taskSyncHandlers({ store, me }: FakeRequest) {
  return {
    syncCommitment(id: string, input: CommitmentSyncRequest): CommitmentSyncResult {
      parseOr400(CommitmentSyncRequest, input);
      const commitment = [...store.views.values()].flatMap((v) => v.commitments).find((c) => c.id === id);
      if (!commitment) throw notFound("The commitment");
      if (!me.isPmo && commitment.ownerEmail !== me.email) throw forbidden("Only the commitment's owner or a PMO can sync it to To Do or Planner");
      throw new ApiError(409, "conflict", FAKE_SYNC_NEEDS_GRAPH);
    },
  };
}
