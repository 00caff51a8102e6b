// Commitments written straight into the tables (the reminder job only reads them), so tests can seed
// several tenants, owners and due dates quickly, on any database.
import type { Db } from "../../../src/server/db/database";
import { newId } from "../../../src/server/ids";

export interface DueSeed {
  tenantId: string;
  ownerEmail: string;
  ownerName?: string;
  department?: string;
  dueDate: string;
  status?: "open" | "done" | "dropped";
  action?: string;
  updatedAt?: string;
}

export async function seedCommitments(db: Db, seeds: readonly DueSeed[]): Promise<void> {
  const agendas = new Map<string, string>();
  const at = "2026-11-01T00:00:00.000Z";
  for (const s of seeds) {
    let agendaId = agendas.get(s.tenantId);
    if (!agendaId) {
      agendaId = newId();
      agendas.set(s.tenantId, agendaId);
      await db
        .insertInto("agendas")
        .values({
          id: agendaId,
          tenant_id: s.tenantId,
          organizer_email: "organizer@contoso.example",
          subject: "CRM",
          objective_id: null,
          objective_title: "大手企業向けのCRMビジネスを拡大する",
          desired_outcome: "",
          departments_json: "[]",
          obstacles_json: "[]",
          lang: "ja",
          starts_at: null,
          ends_at: null,
          outlook_item_id: null,
          ical_uid: null,
          teams_thread_id: null,
          join_url: null,
          version: 1,
          revision: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    await db
      .insertInto("commitments")
      .values({
        id: newId(),
        tenant_id: s.tenantId,
        agenda_id: agendaId,
        objective_id: null,
        objective_title: "大手企業向けのCRMビジネスを拡大する",
        owner_email: s.ownerEmail,
        owner_name: s.ownerName ?? s.ownerEmail.split("@")[0]!,
        owner_department: s.department ?? "営業部",
        helps_department: null,
        action: s.action ?? `action due ${s.dueDate}`,
        due_date: s.dueDate,
        serves_objective: "",
        status: s.status ?? "open",
        contribution_id: null,
        created_by_email: "organizer@contoso.example",
        created_at: at,
        updated_at: s.updatedAt ?? at,
      })
      .execute();
  }
}

/** Many owners with something due, for the concurrency tests. */
export function manyOwners(tenantId: string, owners: number, dueDate: string): DueSeed[] {
  return Array.from({ length: owners }, (_, i) => [
    { tenantId, ownerEmail: `owner${i}@contoso.example`, dueDate },
    { tenantId, ownerEmail: `owner${i}@contoso.example`, dueDate: "2026-11-01" },
  ]).flat();
}
