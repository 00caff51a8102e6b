// A small known dataset for the dashboard aggregates, written straight into the tables so the
// dates (created_at, starts_at) are exactly what the expectations below count on.
import type { Db } from "../../../src/server/db/database";

export const NOW = "2026-11-20T09:00:00.000Z";

let seq = 0;
const nextId = (prefix: string) => `${prefix}_${++seq}`;

export async function insertAgenda(
  db: Db,
  tenantId: string,
  o: { objectiveId?: string | null; startsAt?: string | null; createdAt?: string; score?: number | null } = {},
): Promise<string> {
  const id = nextId("ag");
  await db
    .insertInto("agendas")
    .values({
      id,
      tenant_id: tenantId,
      organizer_email: "hanako.sato@contoso.example",
      subject: "S",
      objective_id: o.objectiveId ?? null,
      objective_title: "",
      desired_outcome: "",
      departments_json: "[]",
      obstacles_json: "[]",
      lang: "ja",
      starts_at: o.startsAt ?? null,
      ends_at: null,
      outlook_item_id: null,
      ical_uid: null,
      teams_thread_id: null,
      join_url: null,
      version: 1,
      revision: 1,
      created_at: o.createdAt ?? NOW,
      updated_at: o.createdAt ?? NOW,
      purpose_score: o.score ?? null,
    })
    .execute();
  return id;
}

export interface CommitmentSeed {
  agendaId: string;
  from: string;
  to?: string | null;
  status?: "open" | "done" | "dropped";
  due?: string;
  createdAt?: string;
  objectiveId?: string | null;
  objectiveTitle?: string;
}

export async function insertCommitment(db: Db, tenantId: string, s: CommitmentSeed): Promise<void> {
  await db
    .insertInto("commitments")
    .values({
      id: nextId("cm"),
      tenant_id: tenantId,
      agenda_id: s.agendaId,
      objective_id: s.objectiveId ?? null,
      objective_title: s.objectiveTitle ?? "",
      owner_email: "ichiro.suzuki@contoso.example",
      owner_name: "鈴木 一郎",
      owner_department: s.from,
      helps_department: s.to ?? null,
      action: "a",
      due_date: s.due ?? "2099-01-01",
      serves_objective: "",
      status: s.status ?? "open",
      contribution_id: null,
      created_by_email: "hanako.sato@contoso.example",
      created_at: s.createdAt ?? NOW,
      updated_at: s.createdAt ?? NOW,
    })
    .execute();
}

/**
 * Tenant A: objective o1 (CRM) with 営業部 → 企画部 (2: one done) and 企画部 → 営業部 (1 overdue open),
 * objective o2 with 営業部 (1 dropped, no helped department). Created over two weeks.
 * Meetings scored 60 and 80 in the week of 2026-11-09, 90 in the week of 2026-11-16; one unscored.
 */
export async function seedTenant(db: Db, tenantId: string): Promise<void> {
  const a1 = await insertAgenda(db, tenantId, { objectiveId: "o1", startsAt: "2026-11-10T10:00:00+09:00", score: 60 });
  const a2 = await insertAgenda(db, tenantId, { objectiveId: "o1", startsAt: "2026-11-15T10:00:00Z", score: 80 });
  await insertAgenda(db, tenantId, { objectiveId: "o2", startsAt: null, createdAt: "2026-11-17T01:00:00.000Z", score: 90 });
  await insertAgenda(db, tenantId, { objectiveId: "o2", startsAt: "2026-11-17T01:00:00Z", score: null });
  const crm = { objectiveId: "o1", objectiveTitle: "CRMを拡大する" };
  await insertCommitment(db, tenantId, { agendaId: a1, from: "営業部", to: "企画部", status: "done", createdAt: "2026-11-10T01:00:00.000Z", ...crm });
  await insertCommitment(db, tenantId, { agendaId: a1, from: "営業部", to: "企画部", createdAt: "2026-11-11T01:00:00.000Z", ...crm });
  await insertCommitment(db, tenantId, { agendaId: a2, from: "企画部", to: "営業部", due: "2026-11-01", createdAt: "2026-11-16T01:00:00.000Z", ...crm });
  await insertCommitment(db, tenantId, {
    agendaId: a2,
    from: "営業部",
    status: "dropped",
    due: "2026-12-31",
    createdAt: "2026-11-18T01:00:00.000Z",
    objectiveId: "o2",
    objectiveTitle: "解約を減らす",
  });
}
