// The Graph reads the app needs: people (department, object id) by address, the caller's own
// addresses, a Teams meeting's chat thread id from its join URL (answered to the meeting's organizer
// only) and whether someone is a member of a meeting chat. OData string literals double their quotes.
import type { GraphClient } from "./graph-client";
import { GraphError } from "./graph-error";

export interface GraphUser {
  /** The user's object id (the `oid` of their tokens). */
  id?: string | null;
  displayName: string | null;
  department: string | null;
  mail: string | null;
  userPrincipalName: string | null;
}

const odataString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The user whose mail or UPN is `email` (case-insensitive in Graph), or null. */
export async function findUserByEmail(graph: GraphClient, token: string, email: string): Promise<GraphUser | null> {
  const filter = `mail eq ${odataString(email)} or userPrincipalName eq ${odataString(email)}`;
  const query = `users?$filter=${encodeURIComponent(filter)}&$select=id,displayName,department,mail,userPrincipalName`;
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

/** The signed-in user's own object id and addresses (mail, UPN, SMTP proxy addresses), lower-case. */
export async function findMyAddresses(graph: GraphClient, token: string): Promise<{ id: string; addresses: string[] }> {
  const me = await graph.get<{ id?: unknown; mail?: unknown; userPrincipalName?: unknown; proxyAddresses?: unknown }>(
    "me?$select=id,mail,userPrincipalName,proxyAddresses",
    token,
  );
  const addresses = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === "string" && value.includes("@")) addresses.add(value.trim().toLowerCase());
  };
  add(me.mail);
  add(me.userPrincipalName);
  // "SMTP:primary@x" and "smtp:alias@x"; other kinds (X500:, SIP:) are not mail addresses.
  if (Array.isArray(me.proxyAddresses)) {
    for (const proxy of me.proxyAddresses) if (typeof proxy === "string" && /^smtp:/i.test(proxy)) add(proxy.slice(5));
  }
  return { id: typeof me.id === "string" ? me.id.toLowerCase() : "", addresses: [...addresses] };
}

/**
 * Whether the user with object id `oid` is a member of the chat `threadId`, asked as the signed-in
 * user (Chat.ReadBasic). Graph answers 404 for a chat the user can't see: that is "no". A 403 (also
 * what a missing permission looks like) stays an error, so the caller logs it for the administrator.
 */
export async function isChatMember(graph: GraphClient, token: string, threadId: string, oid: string): Promise<boolean> {
  let members: { userId?: unknown }[];
  try {
    members = await graph.getAll<{ userId?: unknown }>(`chats/${threadId}/members`, token, 20);
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return false;
    throw error;
  }
  const me = oid.toLowerCase();
  return members.some((m) => typeof m.userId === "string" && m.userId.toLowerCase() === me);
}
