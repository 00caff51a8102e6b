// Which Teams meeting thread an agenda may be bound to, decided by the server from proof, never
// from the client's word (src/server/graph/meeting-proof.ts says what Graph proves):
// 1. a join URL that Graph finds among the caller's own online meetings → its thread ('organizer');
// 2. else a thread id (from the Teams context) whose chat lists the caller as a member ('member');
// 3. else the thread id is ignored — not stored — and the agenda is saved without it.
// Unbinding (null) needs no proof. Local mode has no Graph: the client's thread id is taken as is
// ('local'). Who may send these fields at all is the field-rights check's business (organizer only).
import type { FastifyBaseLogger } from "fastify";
import type { Principal } from "../auth/principal";
import type { AuthMode } from "../config";
import { GraphError } from "../graph/graph-error";
import type { MeetingProver } from "../graph/meeting-proof";

export type ThreadProof = "organizer" | "member" | "local";

export interface ThreadClaim {
  teamsThreadId?: string | null;
  joinUrl?: string | null;
}

/** The binding to store: undefined fields leave the agenda's current binding as it is. */
export interface ThreadDecision {
  teamsThreadId?: string | null;
  threadProof?: ThreadProof | null;
}

export interface ThreadProofContext {
  authMode: AuthMode;
  prover: MeetingProver | null;
  principal: Principal;
  callerToken: string | null;
  log: FastifyBaseLogger;
}

/**
 * Decides the binding for a create (`current` undefined) or a patch. Graph failures never fail the
 * save: they are logged and the thread stays unproven.
 */
export async function decideThread(
  ctx: ThreadProofContext,
  claim: ThreadClaim,
  current?: { teamsThreadId: string | null; joinUrl: string | null },
): Promise<ThreadDecision> {
  const creating = current === undefined;
  const threadChanged = claim.teamsThreadId !== undefined && claim.teamsThreadId !== (current?.teamsThreadId ?? null);
  const joinChanged = claim.joinUrl !== undefined && claim.joinUrl !== null && claim.joinUrl !== (current?.joinUrl ?? null);
  if (!threadChanged && !joinChanged) return creating ? { teamsThreadId: null, threadProof: null } : {};

  if (ctx.authMode === "local") {
    if (!threadChanged) return creating ? { teamsThreadId: null, threadProof: null } : {};
    const thread = claim.teamsThreadId ?? null;
    return { teamsThreadId: thread, threadProof: thread ? "local" : null };
  }

  if (threadChanged && claim.teamsThreadId === null && !joinChanged) return { teamsThreadId: null, threadProof: null };

  const { prover, principal, callerToken } = ctx;
  const joinUrl = claim.joinUrl ?? null;
  if (prover && callerToken) {
    if (joinUrl && joinChanged) {
      const thread = await ask(ctx, "find the meeting of the join URL among the organizer's online meetings", () =>
        prover.organizerThread({ tenantId: principal.tenantId, callerToken, joinUrl }),
      );
      if (thread) return { teamsThreadId: thread, threadProof: "organizer" };
    }
    const claimed = claim.teamsThreadId;
    if (claimed && threadChanged) {
      const member = await ask(ctx, "check the caller's membership of the meeting chat", () =>
        prover.isMember({ tenantId: principal.tenantId, callerToken, threadId: claimed, oid: principal.userId }),
      );
      if (member) return { teamsThreadId: claimed, threadProof: "member" };
    }
  }
  if (claim.teamsThreadId) {
    ctx.log.info({ userId: principal.userId }, "ignored a Teams thread id that Microsoft Graph could not prove belongs to the caller's meeting");
  }
  return creating ? { teamsThreadId: null, threadProof: null } : {};
}

async function ask<T>(ctx: ThreadProofContext, what: string, call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    const detail = error instanceof GraphError ? { code: error.code, status: error.status } : {};
    ctx.log.warn({ err: error, ...detail }, `could not ${what} through Microsoft Graph: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
