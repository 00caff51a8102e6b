// The tenant's follow-up of requests between departments (お願い): after how many working days
// without an answer the waiting department is reminded; the PMO after twice as many.
import { z } from "zod";

export const REQUEST_REMINDER_DEFAULT_WORKING_DAYS = 5;
export const REQUEST_REMINDER_MAX_WORKING_DAYS = 60;

export const RequestReminderUpdate = z
  .object({
    /** 1 … 60 working days; null goes back to the default. */
    workingDays: z.number().int().min(1).max(REQUEST_REMINDER_MAX_WORKING_DAYS).nullable(),
  })
  .strict();
export type RequestReminderUpdate = z.input<typeof RequestReminderUpdate>;

export const RequestReminderSetting = z.object({
  /** What applies: the tenant's own value, else the default. */
  workingDays: z.number().int().positive(),
  /** When the PMO is told too: twice the threshold. */
  escalationWorkingDays: z.number().int().positive(),
  /** The tenant has not set its own. */
  isDefault: z.boolean(),
});
export type RequestReminderSetting = z.infer<typeof RequestReminderSetting>;
