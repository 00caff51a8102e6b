// The data-rights and tenant-administration API (/api/admin/*): tenant status, export, deletion,
// removing one person's data, retention of finished agendas, and the audit of all of them.
import { z } from "zod";

export const MAX_RETENTION_DAYS = 3650;

export const TenantAdminStatus = z.object({
  tenantId: z.string(),
  deploymentMode: z.enum(["line-of-business", "saas"]),
  /** SaaS: whether the organization is enabled; line-of-business: always "enabled". */
  status: z.enum(["enabled", "disabled"]),
  /** Finished agendas are deleted this many days after the meeting; null = kept. */
  finishedAgendaRetentionDays: z.number().int().nullable(),
});
export type TenantAdminStatus = z.infer<typeof TenantAdminStatus>;

export const DeleteTenantDataRequest = z
  .object({
    /** The tenant id typed again, so nobody deletes everything by accident. */
    confirmTenantId: z.string().min(1).max(100),
  })
  .strict();

export const ForgetPersonRequest = z
  .object({
    email: z.email().max(320).nullable().optional(),
    objectId: z.string().min(1).max(100).nullable().optional(),
    /** anonymise: keep their contributions and commitments without their name; delete: remove those too. */
    mode: z.enum(["anonymise", "delete"]),
    /** Your reference for the request (e.g. a ticket number), kept in the audit. */
    reference: z.string().max(200).nullable().optional(),
  })
  .strict()
  .refine((r) => Boolean(r.email || r.objectId), { message: "Name the person by email or objectId", path: ["email"] });

export const RetentionUpdate = z
  .object({
    finishedAgendaDays: z.number().int().min(1).max(MAX_RETENTION_DAYS).nullable(),
  })
  .strict();

const Counts = z.record(z.string(), z.number().int());

export const DeleteTenantDataResult = z.object({ deleted: Counts });
export const ForgetPersonResult = z.object({ anonymised: Counts, deleted: Counts });

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorEmail: z.string(),
  action: z.enum(["export", "delete_tenant", "forget_person", "set_retention", "retention_purge", "tenant_enabled", "tenant_disabled", "set_request_reminders"]),
  details: z.record(z.string(), z.unknown()),
});
