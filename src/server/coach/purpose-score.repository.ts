// SQL of the stored purpose-first score (agendas.purpose_score).
import type { Db } from "../db/database";

export async function writePurposeScore(db: Db, tenantId: string, agendaId: string, score: number | null): Promise<void> {
  await db.updateTable("agendas").set({ purpose_score: score }).where("tenant_id", "=", tenantId).where("id", "=", agendaId).execute();
}

export async function readPurposeScores(db: Db, tenantId: string, agendaIds: readonly string[]): Promise<Map<string, number | null>> {
  const ids = [...new Set(agendaIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("agendas")
    .select(["id", "purpose_score"])
    .where("tenant_id", "=", tenantId)
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.purpose_score === null || r.purpose_score === undefined ? null : Number(r.purpose_score)]));
}
