// Frozen in time: never edit a migration that has shipped; add a new one.
// Reminders and To Do / Planner sync:
// - job_leases: which server instance runs a scheduled job, until when (works on SQLite and PostgreSQL);
// - reminder_sends: the ledger that makes every reminder go out at most once — its primary key is the
//   reminder's identity (tenant, recipient, kind, period);
// - outbox_messages: the local-mode Notifier's "sent mail", shown on /preview;
// - commitment_links: the To Do / Planner task a commitment was synced to, so a second sync updates it.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("job_leases")
    .addColumn("name", "varchar(64)", (c) => c.primaryKey())
    .addColumn("holder", "varchar(100)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(40)", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("reminder_sends")
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("recipient", "varchar(320)", (c) => c.notNull())
    .addColumn("kind", "varchar(40)", (c) => c.notNull())
    .addColumn("period", "varchar(20)", (c) => c.notNull())
    .addColumn("channel", "varchar(20)", (c) => c.notNull())
    .addColumn("sent_by", "varchar(100)", (c) => c.notNull())
    .addColumn("sent_at", "varchar(40)", (c) => c.notNull())
    .addPrimaryKeyConstraint("reminder_sends_pk", ["tenant_id", "recipient", "kind", "period"])
    .execute();

  await db.schema
    .createTable("outbox_messages")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("recipient", "varchar(320)", (c) => c.notNull())
    .addColumn("kind", "varchar(40)", (c) => c.notNull())
    .addColumn("period", "varchar(20)", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("body_html", "text", (c) => c.notNull())
    .addColumn("item_count", "integer", (c) => c.notNull())
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("outbox_messages_tenant").on("outbox_messages").columns(["tenant_id", "created_at"]).execute();
  await db.schema.createIndex("outbox_messages_recipient").on("outbox_messages").columns(["tenant_id", "recipient", "created_at"]).execute();

  await db.schema
    .createTable("commitment_links")
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("commitment_id", "varchar(64)", (c) => c.notNull().references("commitments.id").onDelete("cascade"))
    .addColumn("target", "varchar(10)", (c) => c.notNull())
    .addColumn("container_id", "varchar(300)", (c) => c.notNull())
    .addColumn("external_id", "varchar(300)", (c) => c.notNull())
    .addColumn("web_url", "text")
    .addColumn("etag", "text")
    .addColumn("synced_by", "varchar(320)", (c) => c.notNull())
    .addColumn("synced_at", "varchar(40)", (c) => c.notNull())
    .addPrimaryKeyConstraint("commitment_links_pk", ["tenant_id", "commitment_id", "target"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["commitment_links", "outbox_messages", "reminder_sends", "job_leases"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
