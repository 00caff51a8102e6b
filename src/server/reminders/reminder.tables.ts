// The tables of migration 2026-11-28-004-reminders as Kysely sees them. They are added to the shared
// Database type with `withTables` where used, so this feature needs no edit of db/database.ts.
import type { Kysely } from "kysely";
import type { Database, Db } from "../db/database";

export interface JobLeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** One row per reminder that went out (or is going out): the primary key is the reminder's identity. */
export interface ReminderSendsTable {
  tenant_id: string;
  recipient: string;
  kind: string;
  /** YYYY-MM-DD for daily digests, YYYY-Www (ISO week) for weekly summaries. */
  period: string;
  channel: string;
  sent_by: string;
  sent_at: string;
}

export interface OutboxMessagesTable {
  id: string;
  tenant_id: string;
  recipient: string;
  kind: string;
  period: string;
  subject: string;
  body_text: string;
  body_html: string;
  item_count: number;
  created_at: string;
}

export interface CommitmentLinksTable {
  tenant_id: string;
  commitment_id: string;
  target: string;
  /** The To Do list id or the Planner plan id the task lives in. */
  container_id: string;
  external_id: string;
  web_url: string | null;
  /** Planner's @odata.etag, sent back as If-Match on update; null for To Do. */
  etag: string | null;
  synced_by: string;
  synced_at: string;
}

// A type alias, not an interface: withTables wants an index-signature-compatible record.
export type RemindersTables = {
  job_leases: JobLeasesTable;
  reminder_sends: ReminderSendsTable;
  outbox_messages: OutboxMessagesTable;
  commitment_links: CommitmentLinksTable;
};

export type RemindersDb = Kysely<Database & RemindersTables>;

/** The same connection (or transaction) typed with this feature's tables. */
export const withReminderTables = (db: Db): RemindersDb => db.withTables<RemindersTables>();
