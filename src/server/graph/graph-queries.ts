// The two Graph reads the app needs: people's departments, and a Teams meeting's chat thread id from
// its join URL. OData string literals double their single quotes.
import type { GraphClient } from "./graph-client";

export interface GraphUser {
  displayName: string | null;
  department: string | null;
  mail: string | null;
  userPrincipalName: string | null;
}

const odataString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The user whose mail or UPN is `email` (case-insensitive in Graph), or null. */
export async function findUserByEmail(graph: GraphClient, token: string, email: string): Promise<GraphUser | null> {
  const filter = `mail eq ${odataString(email)} or userPrincipalName eq ${odataString(email)}`;
  const query = `users?$filter=${encodeURIComponent(filter)}&$select=displayName,department,mail,userPrincipalName`;
  const users = await graph.getAll<GraphUser>(query, token, 2);
  const lower = email.toLowerCase();
  return users.find((u) => u.mail?.toLowerCase() === lower) ?? users.find((u) => u.userPrincipalName?.toLowerCase() === lower) ?? users[0] ?? null;
}

/**
 * The chat thread id (19:meeting_…@thread.v2) of the signed-in user's online meeting with this join
 * URL, or null when the user has no such meeting (Graph returns an empty list). Needs OnlineMeetings.Read.
 */
export async function findMeetingThreadId(graph: GraphClient, token: string, joinWebUrl: string): Promise<string | null> {
  const filter = `JoinWebUrl eq ${odataString(joinWebUrl)}`;
  const body = await graph.get<{ value?: { chatInfo?: { threadId?: string | null } }[] }>(
    `me/onlineMeetings?$filter=${encodeURIComponent(filter)}`,
    token,
  );
  const threadId = body.value?.[0]?.chatInfo?.threadId;
  return typeof threadId === "string" && threadId !== "" ? threadId : null;
}
