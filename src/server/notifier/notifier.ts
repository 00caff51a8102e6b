// The Notifier port: how a reminder reaches a person. Local mode writes it to the outbox table (shown
// on /preview); Entra mode sends it as mail through Microsoft Graph (graph-mail-notifier.ts).
import type { ReminderKind } from "../../core/api/reminders-contract";
import type { Db } from "../db/database";

export interface NotificationMessage {
  tenantId: string;
  recipient: string;
  kind: ReminderKind;
  /** The reminder's period (YYYY-MM-DD or YYYY-Www): with kind and recipient, its identity. */
  period: string;
  subject: string;
  bodyText: string;
  /** Every user string in it is escaped. */
  bodyHtml: string;
  itemCount: number;
}

export interface Notifier {
  readonly channel: "outbox" | "graph-mail";
  /**
   * true: send() only writes through `db`, so it commits or rolls back with the caller's transaction
   * (the reminder job then gets exactly-once delivery). false: send() leaves the process (network),
   * and cannot be undone by a rollback.
   */
  readonly transactional: boolean;
  /** Rejects when the message was not delivered. */
  send(message: NotificationMessage, db: Db): Promise<void>;
}
