// Local mode's Notifier: a message is "sent" when its outbox row is committed. GET /api/outbox and the
// preview's outbox panel read these rows.
import type { OutboxMessage, OutboxQuery, ReminderKind } from "../../core/api/reminders-contract";
import type { z } from "zod";
import type { Db } from "../db/database";
import { newId, nowIso } from "../ids";
import { withReminderTables, type OutboxMessagesTable } from "../reminders/reminder.tables";
import type { NotificationMessage, Notifier } from "./notifier";

export function createOutboxNotifier(now: () => string = nowIso): Notifier {
  return {
    channel: "outbox",
    transactional: true,
    async send(message: NotificationMessage, db: Db) {
      await withReminderTables(db)
        .insertInto("outbox_messages")
        .values({
          id: newId(),
          tenant_id: message.tenantId,
          recipient: message.recipient,
          kind: message.kind,
          period: message.period,
          subject: message.subject,
          body_text: message.bodyText,
          body_html: message.bodyHtml,
          item_count: message.itemCount,
          created_at: now(),
        })
        .execute();
    },
  };
}

/** Newest first. `recipient` null = the whole tenant (the caller is a PMO). */
export async function listOutbox(
  db: Db,
  tenantId: string,
  recipient: string | null,
  query: z.output<typeof OutboxQuery>,
): Promise<OutboxMessage[]> {
  let q = withReminderTables(db).selectFrom("outbox_messages").selectAll().where("tenant_id", "=", tenantId);
  if (recipient !== null) q = q.where("recipient", "=", recipient);
  if (query.kind !== undefined) q = q.where("kind", "=", query.kind);
  const rows = await q.orderBy("created_at", "desc").orderBy("id", "desc").limit(query.limit).execute();
  return rows.map(toOutboxMessage);
}

function toOutboxMessage(row: OutboxMessagesTable): OutboxMessage {
  return {
    id: row.id,
    recipient: row.recipient,
    kind: row.kind as ReminderKind,
    period: row.period,
    subject: row.subject,
    bodyText: row.body_text,
    itemCount: row.item_count,
    createdAt: row.created_at,
  };
}
