// The audit record of data-rights actions: who (the verified caller, the command line, or the
// retention job), when, what, and counts — never the data itself, nor the person a removal was for.
import type { Db } from "../db/database";
import { newId } from "../ids";
import type { Principal } from "../auth/principal";
import { withDataRightsTables } from "./data-rights.tables";

export type AuditAction =
  | "export"
  | "delete_tenant"
  | "forget_person"
  | "set_retention"
  | "retention_purge"
  | "tenant_enabled"
  | "tenant_disabled"
  | "set_request_reminders";

export interface Actor {
  /** Entra object id (or the local issuer's subject), or a label such as "cli:alice@host". */
  id: string;
  email: string;
}

export const actorOf = (principal: Principal): Actor => ({ id: principal.userId, email: principal.email });

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  actorEmail: string;
  action: AuditAction;
  details: Record<string, unknown>;
}

export async function recordAudit(db: Db, tenantId: string, actor: Actor, action: AuditAction, details: Record<string, unknown>, at = new Date()): Promise<AuditEntry> {
  const entry = { id: newId(at.getTime()), tenant_id: tenantId, at: at.toISOString(), actor_id: actor.id, actor_email: actor.email, action, details_json: JSON.stringify(details) };
  await withDataRightsTables(db).insertInto("data_rights_audit").values(entry).execute();
  return { id: entry.id, at: entry.at, actorId: actor.id, actorEmail: actor.email, action, details };
}

/** Newest first, at most `limit`. */
export async function listAudit(db: Db, tenantId: string, limit = 200): Promise<AuditEntry[]> {
  const rows = await withDataRightsTables(db)
    .selectFrom("data_rights_audit")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actorEmail: r.actor_email,
    action: r.action as AuditAction,
    details: JSON.parse(r.details_json) as Record<string, unknown>,
  }));
}
