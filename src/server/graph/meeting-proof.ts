// Proof that a Teams meeting thread belongs to a meeting, asked of Microsoft Graph on behalf of the
// caller. Thread ids are not secrets (every join link carries one), so a client's word is not enough:
// - GET /me/onlineMeetings?$filter=JoinWebUrl eq '…' answers only the meeting's organizer, and its
//   chatInfo.threadId is the meeting's thread (OnlineMeetings.Read);
// - GET /chats/{threadId}/members lists the chat's members to a member only (Chat.ReadBasic).
// Null without Graph (local mode, or Entra without ENTRA_CLIENT_SECRET).
import type { GraphAccess } from "./graph-access";
import { findMeetingThreadId, isChatMember } from "./graph-queries";

export interface MeetingProver {
  /** The thread of the online meeting with this join URL that the caller organizes, or null. */
  organizerThread(request: { tenantId: string; callerToken: string; joinUrl: string }): Promise<string | null>;
  /** Whether the caller (object id `oid`) is a member of the meeting chat `threadId`. */
  isMember(request: { tenantId: string; callerToken: string; threadId: string; oid: string }): Promise<boolean>;
}

export function graphMeetingProver(graph: GraphAccess | null): MeetingProver | null {
  if (!graph) return null;
  return {
    async organizerThread({ tenantId, callerToken, joinUrl }) {
      return findMeetingThreadId(graph.client, await graph.tokenFor(tenantId, callerToken), joinUrl);
    },
    async isMember({ tenantId, callerToken, threadId, oid }) {
      return isChatMember(graph.client, await graph.tokenFor(tenantId, callerToken), threadId, oid);
    },
  };
}
