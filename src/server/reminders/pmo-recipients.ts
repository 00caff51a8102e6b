// Who gets a tenant's weekly summary. The PMO app role lives in Entra ID and can't be listed without
// extra Graph permissions, so the recipients are configured (PMO_NOTIFY_EMAILS, each for one tenant:
// config.ts gives an entry written without a tenant id to the single tenant the server serves).
// Without that setting, local mode sends to the demo tenants' PMOs (the only PMOs it knows: roles in
// local mode come from the dev token, and the demo people are who the preview signs in as).
import { DEMO_PEOPLE, OTHER_TENANT_PERSON } from "../../core/demo/demo-people";
import { PMO_ROLE } from "../../core/api/me-contract";
import type { Config } from "../config";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../demo/demo-ids";

export function pmoRecipientsFor(config: Pick<Config, "authMode" | "reminders">, tenantId: string): string[] {
  const configured = config.reminders.pmoRecipients;
  if (configured.length > 0) {
    return [...new Set(configured.filter((r) => r.tenantId === tenantId).map((r) => r.email))];
  }
  if (config.authMode !== "local") return [];
  const people = tenantId === DEMO_TENANT_ID ? DEMO_PEOPLE : tenantId === OTHER_TENANT_ID ? [OTHER_TENANT_PERSON] : [];
  return people.filter((p) => p.roles.includes(PMO_ROLE)).map((p) => p.email);
}
