// Who is signed in, as GET /api/me answers it.
import { z } from "zod";
import { Email } from "./primitives";

export const PMO_ROLE = "PMO";
export const Me = z.object({
  tenantId: z.string(),
  userId: z.string(),
  email: Email,
  name: z.string(),
  roles: z.array(z.string()),
  isPmo: z.boolean(),
  department: z.string(),
});
export type Me = z.infer<typeof Me>;
