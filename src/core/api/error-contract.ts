// The body of every API error: a code the client maps to a status and a message, and the field
// that was wrong.
import { z } from "zod";

export const ERROR_CODES = [
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "precondition_failed",
  "precondition_required",
  "payload_too_large",
  "rate_limited",
  "internal",
  "unavailable",
  // 403 for a whole organization: a multi-tenant deployment its administrator has not enabled (or disabled).
  "tenant_not_enabled",
] as const;
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    /** The field path of the first invalid field, e.g. "departments.0.name". */
    field: z.string().optional(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** On 412: the current state, so the client can show both versions. */
    current: z.unknown().optional(),
    /**
     * On 403 for someone of the agenda's tenant who is not an attendee: who organizes the meeting, so
     * the page can say whom to ask to be added (other tenants get 404 and learn nothing).
     */
    organizer: z.object({ name: z.string() }).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
