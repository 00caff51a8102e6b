// Follow-up of requests between departments that wait for an answer: after the tenant's threshold
// (request-settings.ts, default 5 working days) the waiting department's attendees get a daily
// reminder of them, and after twice that the tenant's PMOs get one too. Part of the reminder job's
// run (same recipients' clocks, same send-once ledger: a reminder is one per recipient, kind and day).
import type { ReminderKind, ReminderRunResult } from "../../core/api/reminders-contract";
import { departmentKey } from "../../core/meeting/departments";
import { waitingDepartment, workingDaysBetween } from "../../core/meeting/request-rules";
import type { RequestStatus } from "../../core/api/request-view";
import { dayIn, hourIn } from "../../core/text/zoned-time";
import { listAttendeeRows } from "../agendas/agenda.repository";
import type { NotificationMessage } from "../notifier/notifier";
import { clocksFor, localPersonSettings, type PersonClock } from "../people/person-settings";
import { pmoRecipientsFor } from "../reminders/pmo-recipients";
import type { ReminderJobDeps, ReminderRunOptions } from "../reminders/reminder-job";
import { renderRequestEscalation, renderRequestReminder, type WaitingItem } from "./request-reminder-messages";
import { requestReminderSetting } from "./request-settings";
import { waitingRequestRows } from "./request.repository";
import type { RequestRow } from "./request.table";

const IN_BATCH = 500;

type Send = (message: NotificationMessage) => Promise<"sent" | "alreadySent" | "failed">;

interface Waiting {
  row: RequestRow;
  waitingFor: string;
}

function byTenant(rows: readonly RequestRow[]): Map<string, RequestRow[]> {
  const out = new Map<string, RequestRow[]>();
  for (const r of rows) out.set(r.tenant_id, [...(out.get(r.tenant_id) ?? []), r]);
  return out;
}

/** Who of each department attends each agenda: agenda id → department key → [email, name][]. */
async function attendeesByDepartment(deps: ReminderJobDeps, tenantId: string, agendaIds: readonly string[]) {
  const out = new Map<string, Map<string, [string, string][]>>();
  for (let i = 0; i < agendaIds.length; i += IN_BATCH) {
    for (const a of await listAttendeeRows(deps.db, tenantId, agendaIds.slice(i, i + IN_BATCH))) {
      const departments = out.get(a.agenda_id) ?? new Map<string, [string, string][]>();
      const key = departmentKey(a.department);
      departments.set(key, [...(departments.get(key) ?? []), [a.email, a.name]]);
      out.set(a.agenda_id, departments);
    }
  }
  return out;
}

export async function runRequestReminders(deps: ReminderJobDeps, { now, tenantId = null, anyHour = false }: ReminderRunOptions, send: Send): Promise<ReminderRunResult> {
  const result: ReminderRunResult = { sent: 0, alreadySent: 0, failed: 0 };
  const people = deps.people ?? localPersonSettings(deps.db);
  const awake = (clock: PersonClock) => anyHour || hourIn(clock.timeZone, now) >= deps.config.reminders.sendHour;
  for (const [tenant, rows] of byTenant(await waitingRequestRows(deps.db, tenantId))) {
    const days = (await requestReminderSetting(deps.db, tenant)).workingDays;
    const waiting: Waiting[] = rows.map((row) => ({
      row,
      waitingFor: waitingDepartment({ status: row.status as RequestStatus, fromDepartment: row.from_department, toDepartment: row.to_department }) ?? row.to_department,
    }));
    const attendees = await attendeesByDepartment(deps, tenant, [...new Set(rows.map((r) => r.agenda_id))]);
    const perRecipient = new Map<string, { name: string; items: Waiting[] }>();
    for (const w of waiting) {
      for (const [email, name] of attendees.get(w.row.agenda_id)?.get(departmentKey(w.waitingFor)) ?? []) {
        const entry = perRecipient.get(email) ?? { name, items: [] };
        entry.items.push(w);
        perRecipient.set(email, entry);
      }
    }
    const pmos = pmoRecipientsFor(deps.config, tenant);
    const clocks = await clocksFor(people, deps.config.tenantDefaults, tenant, [...perRecipient.keys(), ...pmos]);
    const clockOf = (email: string) => clocks.get(email.toLowerCase()) ?? deps.config.tenantDefaults;
    /** The requests that have waited at least `min` working days in this recipient's calendar. */
    const due = (items: readonly Waiting[], clock: PersonClock, min: number): WaitingItem[] => {
      const today = dayIn(clock.timeZone, now);
      return items.flatMap((w) => {
        const workingDays = workingDaysBetween(dayIn(clock.timeZone, new Date(w.row.answered_at ?? w.row.created_at)), today);
        return workingDays >= min ? [{ from: w.row.from_department, to: w.row.to_department, text: w.row.text, waitingFor: w.waitingFor, workingDays }] : [];
      });
    };
    const deliver = async (recipient: string, kind: ReminderKind, clock: PersonClock, items: WaitingItem[], rendered: { subject: string; bodyText: string; bodyHtml: string }) => {
      result[await send({ tenantId: tenant, recipient, kind, period: dayIn(clock.timeZone, now), itemCount: items.length, ...rendered })]++;
    };
    for (const [email, { name, items }] of perRecipient) {
      const clock = clockOf(email);
      if (!awake(clock)) continue;
      const list = due(items, clock, days);
      if (list.length > 0) await deliver(email, "request-reminder", clock, list, renderRequestReminder(name || email, list, deps.config.publicUrl, clock.language));
    }
    for (const pmo of pmos) {
      const clock = clockOf(pmo);
      if (!awake(clock)) continue;
      const list = due(waiting, clock, 2 * days);
      if (list.length > 0) await deliver(pmo, "request-escalation", clock, list, renderRequestEscalation(list, `${deps.config.publicUrl}/pmo`, clock.language));
    }
  }
  return result;
}
