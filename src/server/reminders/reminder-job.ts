// One run of the reminder job: each owner's digest of commitments due soon or overdue (one per day
// of the owner's own calendar), and each tenant's weekly summary for its PMOs (one per ISO week of
// the PMO's calendar). Every message is in its recipient's language and judges "overdue" by their
// today; people whose time zone or language is not known get the organisation's defaults
// (people/person-settings.ts). A scheduled run sends nothing before REMINDERS_SEND_HOUR in the
// recipient's time zone: a digest at midnight is read with the next morning's anyway, and one at
// 08:00 is read the day it is about.
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
import { addDays, dayIn, hourIn, isoWeekOfDay } from "../../core/text/zoned-time";
import type { Config } from "../config";
import type { Db } from "../db/database";
import type { NotificationMessage, Notifier } from "../notifier/notifier";
import { clocksFor, localPersonSettings, type PersonClock, type PersonSettingsSource } from "../people/person-settings";
import { pmoRecipientsFor } from "./pmo-recipients";
import { renderDigest, renderWeeklySummary, type DigestItem } from "./reminder-messages";
import { utcDay } from "./reminder-period";
import { runRequestReminders } from "../requests/request-reminders";
import { claimSend, dueCommitments, releaseSend, tenantCounts, tenantsWithCommitments, type DueRow, type TenantCounts } from "./reminder.repository";

export interface ReminderJobDeps {
  db: Db;
  config: Pick<Config, "authMode" | "reminders" | "publicUrl" | "tenantDefaults">;
  notifier: Notifier;
  /** Where people's time zones and languages come from; default: what the database holds. */
  people?: PersonSettingsSource;
  /** Who is running (an instance id), recorded with each send. */
  holder: string;
  log?: { warn(obj: object, msg: string): void };
}

export interface ReminderRunOptions {
  now: Date;
  /** Only this tenant (the PMO's "run now"); null = every tenant (the schedule). */
  tenantId?: string | null;
  /** Send whatever the hour (a PMO's "run now"); the schedule waits for REMINDERS_SEND_HOUR. */
  anyHour?: boolean;
}

type Outcome = "sent" | "alreadySent" | "failed";

export async function runReminderJob(deps: ReminderJobDeps, { now, tenantId = null, anyHour = false }: ReminderRunOptions): Promise<ReminderRunResult> {
  const result: ReminderRunResult = { sent: 0, alreadySent: 0, failed: 0 };
  const { dueSoonDays, sendHour } = deps.config.reminders;
  const people = deps.people ?? localPersonSettings(deps.db);
  const awake = (clock: PersonClock) => anyHour || hourIn(clock.timeZone, now) >= sendHour;
  // Calendars run up to 14 hours ahead of UTC: read one day more, then cut per owner.
  const dueByAnywhere = addDays(utcDay(now), dueSoonDays + 1);

  const groups = groupByOwner(await dueCommitments(deps.db, dueByAnywhere, tenantId));
  for (const [tenant, owners] of byTenant(groups)) {
    const clocks = await clocksFor(people, deps.config.tenantDefaults, tenant, owners.map((g) => g.ownerEmail));
    for (const group of owners) {
      const clock = clocks.get(group.ownerEmail.toLowerCase()) ?? deps.config.tenantDefaults;
      if (!awake(clock)) continue;
      const today = dayIn(clock.timeZone, now);
      const dueBy = addDays(today, dueSoonDays);
      const items: DigestItem[] = group.rows
        .filter((r) => r.due_date <= dueBy)
        .map((r) => ({ action: r.action, dueDate: r.due_date, objectiveTitle: r.objective_title, overdue: r.due_date < today }));
      if (items.length === 0) continue;
      const rendered = renderDigest(group.ownerName, items, deps.config.publicUrl, clock.language);
      const message = { tenantId: tenant, recipient: group.ownerEmail, kind: "due-digest" as const, period: today, itemCount: items.length, ...rendered };
      result[await deliver(deps, message, now)]++;
    }
  }

  const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  for (const tenant of await tenantsWithCommitments(deps.db, tenantId)) {
    const recipients = pmoRecipientsFor(deps.config, tenant);
    if (recipients.length === 0) continue;
    const clocks = await clocksFor(people, deps.config.tenantDefaults, tenant, recipients);
    // PMOs in one time zone share one count.
    const countsByDay = new Map<string, Promise<TenantCounts>>();
    for (const recipient of recipients) {
      const clock = clocks.get(recipient.toLowerCase()) ?? deps.config.tenantDefaults;
      if (!awake(clock)) continue;
      const today = dayIn(clock.timeZone, now);
      let counting = countsByDay.get(today);
      if (!counting) {
        counting = tenantCounts(deps.db, tenant, today, addDays(today, dueSoonDays), weekAgo);
        countsByDay.set(today, counting);
      }
      const counts = await counting;
      const week = isoWeekOfDay(today);
      const rendered = renderWeeklySummary({ week, ...counts }, `${deps.config.publicUrl}/pmo`, clock.language);
      const message = { tenantId: tenant, recipient, kind: "pmo-weekly-summary" as ReminderKind, period: week, itemCount: counts.open, ...rendered };
      result[await deliver(deps, message, now)]++;
    }
  }
  // Requests between departments that wait too long for an answer, through the same ledger.
  const requests = await runRequestReminders(deps, { now, tenantId, anyHour }, (message) => deliver(deps, message, now));
  return { sent: result.sent + requests.sent, alreadySent: result.alreadySent + requests.alreadySent, failed: result.failed + requests.failed };
}

function byTenant(groups: readonly OwnerGroup[]): Map<string, OwnerGroup[]> {
  const tenants = new Map<string, OwnerGroup[]>();
  for (const g of groups) tenants.set(g.tenantId, [...(tenants.get(g.tenantId) ?? []), g]);
  return tenants;
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
