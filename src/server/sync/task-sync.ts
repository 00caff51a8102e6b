// The To Do / Planner sync port: a commitment becomes a task in the user's Microsoft To Do or in a
// Planner plan, and a later sync updates that same task. Graph adapter: graph-task-sync.ts.

export type SyncTarget = "todo" | "planner";

/** What the task says: the commitment as its owner would write it on a to-do list. */
export interface TaskContent {
  title: string;
  /** YYYY-MM-DD */
  dueDate: string;
  notes: string;
  done: boolean;
}

/** Where an earlier sync put the task (a commitment_links row). */
export interface TaskLink {
  /** The To Do list id, or the Planner plan id. */
  containerId: string;
  externalId: string;
  webUrl: string | null;
  /** Planner's @odata.etag for If-Match; null for To Do. */
  etag: string | null;
}

export interface TaskSyncRequest {
  /** A Microsoft Graph token of the user, on whose behalf the task is written. */
  token: string;
  tenantId: string;
  target: SyncTarget;
  planId?: string;
  bucketId?: string;
  task: TaskContent;
  existing: TaskLink | null;
}

export interface TaskSync {
  /** Creates the task, or updates `existing` (re-creating it when it was deleted in To Do/Planner). */
  upsert(request: TaskSyncRequest): Promise<TaskLink & { created: boolean }>;
}
