// Reminders, the local outbox and To Do / Planner sync: the HTTP shapes.
import { z } from "zod";
import { Email, Id, IsoDateTime } from "./primitives";

// request-reminder: to a department's attendees, requests waiting for its answer; request-escalation:
// to the PMO, requests that waited twice as long.
export const REMINDER_KINDS = ["due-digest", "pmo-weekly-summary", "request-reminder", "request-escalation"] as const;
export const ReminderKind = z.enum(REMINDER_KINDS);
export type ReminderKind = z.infer<typeof ReminderKind>;

/** One message the local-mode Notifier "sent" (a row of the outbox table). */
export const OutboxMessage = z.object({
  id: Id,
  recipient: Email,
  kind: ReminderKind,
  /** YYYY-MM-DD (daily digest) or YYYY-Www (ISO week of a weekly summary). */
  period: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  itemCount: z.number().int().min(0),
  createdAt: IsoDateTime,
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;

/** GET /api/outbox: newest first; a PMO sees the whole tenant's outbox, anyone else their own messages. */
export const OutboxQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    kind: ReminderKind.optional(),
  })
  .strict();
export type OutboxQuery = z.input<typeof OutboxQuery>;

/** POST /api/reminders/run: what one run of the reminder job did for the caller's tenant. */
export const ReminderRunResult = z.object({
  /** Reminders sent by this run. */
  sent: z.number().int().min(0),
  /** Reminders this run found already sent in their period (never sent twice). */
  alreadySent: z.number().int().min(0),
  /** Reminders that could not be sent (they are retried on the next run). */
  failed: z.number().int().min(0),
});
export type ReminderRunResult = z.infer<typeof ReminderRunResult>;

export const SYNC_TARGETS = ["todo", "planner"] as const;

/** POST /api/commitments/:id/sync: to the caller's default To Do list, or to a Planner plan (and bucket). */
export const CommitmentSyncRequest = z
  .object({
    target: z.enum(SYNC_TARGETS),
    planId: z.string().trim().min(1).max(200).optional(),
    bucketId: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .refine((r) => r.target !== "planner" || r.planId !== undefined, { message: "planId is required for Planner", path: ["planId"] })
  .refine((r) => r.target === "planner" || (r.planId === undefined && r.bucketId === undefined), {
    message: "planId and bucketId are for Planner only",
    path: ["planId"],
  });
export type CommitmentSyncRequest = z.input<typeof CommitmentSyncRequest>;

export const CommitmentSyncResult = z.object({
  target: z.enum(SYNC_TARGETS),
  externalId: z.string(),
  webUrl: z.string().nullable(),
  /** true: a new task was created; false: the task made by an earlier sync was updated. */
  created: z.boolean(),
  syncedAt: IsoDateTime,
});
export type CommitmentSyncResult = z.infer<typeof CommitmentSyncResult>;
