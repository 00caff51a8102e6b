// One run of the reminder job: each owner's digest of commitments due soon or overdue (one per UTC
// day), and each tenant's weekly summary for its PMOs (one per ISO week).
//
// Never twice: a reminder is identified by (tenant, recipient, kind, period) — the primary key of
// reminder_sends. It is claimed there before it goes out:
// - outbox (local mode): the claim and the outbox row commit in ONE transaction → exactly once, even
//   with several instances or a crash mid-run (a rolled-back claim leaves no message, and vice versa);
// - Graph mail (Entra mode): the claim commits first, then the mail is sent; a failed send gives the
//   claim back so the next run retries. A crash between claim and send loses that one reminder
//   (at most once): a missed digest is followed by the next day's, while a duplicate mail could not be
//   taken back — so duplicates are ruled out and a rare loss is accepted.
import type { ReminderKind, ReminderRunResult } from "../../core/api/reminders-contract";
import type { Config } from "../config";
import type { Db } from "../db/database";
import type { NotificationMessage, Notifier } from "../notifier/notifier";
import { pmoRecipientsFor } from "./pmo-recipients";
import { renderDigest, renderWeeklySummary, type DigestItem } from "./reminder-messages";
import { addDays, isoWeek, utcDay } from "./reminder-period";
import { claimSend, dueCommitments, releaseSend, tenantCounts, tenantsWithCommitments, type DueRow } from "./reminder.repository";

export interface ReminderJobDeps {
  db: Db;
  config: Pick<Config, "authMode" | "reminders" | "publicUrl">;
  notifier: Notifier;
  /** Who is running (an instance id), recorded with each send. */
  holder: string;
  log?: { warn(obj: object, msg: string): void };
}

export interface ReminderRunOptions {
  now: Date;
  /** Only this tenant (the PMO's "run now"); null = every tenant (the schedule). */
  tenantId?: string | null;
}

type Outcome = "sent" | "alreadySent" | "failed";

export async function runReminderJob(deps: ReminderJobDeps, { now, tenantId = null }: ReminderRunOptions): Promise<ReminderRunResult> {
  const result: ReminderRunResult = { sent: 0, alreadySent: 0, failed: 0 };
  const today = utcDay(now);
  const dueBy = addDays(today, deps.config.reminders.dueSoonDays);

  for (const group of groupByOwner(await dueCommitments(deps.db, dueBy, tenantId))) {
    const items: DigestItem[] = group.rows.map((r) => ({ action: r.action, dueDate: r.due_date, objectiveTitle: r.objective_title, overdue: r.due_date < today }));
    const rendered = renderDigest(group.ownerName, items, deps.config.publicUrl);
    const message = { tenantId: group.tenantId, recipient: group.ownerEmail, kind: "due-digest" as const, period: today, itemCount: items.length, ...rendered };
    result[await deliver(deps, message, now)]++;
  }

  const week = isoWeek(now);
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  for (const tenant of await tenantsWithCommitments(deps.db, tenantId)) {
    const recipients = pmoRecipientsFor(deps.config, tenant);
    if (recipients.length === 0) continue;
    const counts = await tenantCounts(deps.db, tenant, today, dueBy, weekAgo);
    const rendered = renderWeeklySummary({ week, ...counts }, `${deps.config.publicUrl}/pmo`);
    for (const recipient of recipients) {
      const message = { tenantId: tenant, recipient, kind: "pmo-weekly-summary" as ReminderKind, period: week, itemCount: counts.open, ...rendered };
      result[await deliver(deps, message, now)]++;
    }
  }
  return result;
}

async function deliver(deps: ReminderJobDeps, message: NotificationMessage, now: Date): Promise<Outcome> {
  const { db, notifier, holder } = deps;
  const key = { tenantId: message.tenantId, recipient: message.recipient, kind: message.kind, period: message.period };
  const at = now.toISOString();
  try {
    if (notifier.transactional) {
      return await db.transaction().execute(async (trx) => {
        if (!(await claimSend(trx, key, notifier.channel, holder, at))) return "alreadySent";
        await notifier.send(message, trx);
        return "sent";
      });
    }
    if (!(await claimSend(db, key, notifier.channel, holder, at))) return "alreadySent";
  } catch (error) {
    deps.log?.warn({ err: error, kind: message.kind, period: message.period }, "could not record a reminder; it is retried on the next run");
    return "failed";
  }
  try {
    await notifier.send(message, db);
    return "sent";
  } catch (error) {
    deps.log?.warn({ err: error, kind: message.kind, period: message.period }, "could not send a reminder; it is retried on the next run");
    await releaseSend(db, key).catch(() => undefined);
    return "failed";
  }
}

interface OwnerGroup {
  tenantId: string;
  ownerEmail: string;
  ownerName: string;
  rows: DueRow[];
}

/** Rows come sorted by tenant and owner. */
function groupByOwner(rows: readonly DueRow[]): OwnerGroup[] {
  const groups: OwnerGroup[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.tenantId === row.tenant_id && last.ownerEmail === row.owner_email) last.rows.push(row);
    else groups.push({ tenantId: row.tenant_id, ownerEmail: row.owner_email, ownerName: row.owner_name, rows: [row] });
  }
  return groups;
}
