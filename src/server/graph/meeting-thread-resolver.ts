// New Teams short links (/meet/<id>) carry no thread id. In Entra mode the server asks Graph, on
// behalf of the organizer, which online meeting has that join URL, so the Teams tab can bind to the
// agenda by thread id. Without Graph (local mode, no client secret) the agenda keeps the join URL
// alone and the tab binds by join URL.
import type { Config } from "../config";
import { createGraphClient } from "./graph-client";
import { findMeetingThreadId } from "./graph-queries";
import { msalTokenExchanger, type TokenExchanger } from "./token-exchanger";

/** The thread id of the meeting with this join URL, or null when Graph can't say. */
export type MeetingThreadResolver = (request: { tenantId: string; callerToken: string; joinUrl: string }) => Promise<string | null>;

export function meetingThreadResolverFor(config: Config, exchanger?: TokenExchanger): MeetingThreadResolver | null {
  const entra = config.entra;
  if (config.authMode !== "entra" || !entra || entra.clientSecret === null) return null;
  const graph = createGraphClient({ baseUrl: entra.graphBaseUrl });
  const tokens = exchanger ?? msalTokenExchanger(entra);
  const scopes = [`${new URL(entra.graphBaseUrl).origin}/.default`];
  return async ({ tenantId, callerToken, joinUrl }) => {
    const token = await tokens.exchange({ tenantId, assertion: callerToken, scopes });
    return findMeetingThreadId(graph, token, joinUrl);
  };
}
