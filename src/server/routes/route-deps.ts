import type { AgendaChangeEvent } from "../../core/api/contract";
import type { Config } from "../config";
import type { Db } from "../db/database";
import type { GraphAccess } from "../graph/graph-access";

export type ChangeKind = AgendaChangeEvent["kind"];

/** Live changes of agendas. In-process today; PostgreSQL LISTEN/NOTIFY fans out across instances. */
export interface LiveEvents {
  /** Call after a write has COMMITTED: loads the agenda's view and sends it to its subscribers. */
  agendaChanged(tenantId: string, agendaId: string, kind: ChangeKind): Promise<void>;
  subscribe(tenantId: string, agendaId: string, listener: (event: AgendaChangeEvent) => void): () => void;
  close(): Promise<void>;
}

/** What every route module receives from buildApp. */
export interface RouteDeps {
  db: Db;
  config: Config;
  live: LiveEvents;
  /** Microsoft Graph on behalf of the caller; null/absent without Graph (local mode, no client secret). */
  graph?: GraphAccess | null;
}
