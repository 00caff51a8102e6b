// Keeps agendas.purpose_score in step with the agenda: every writer of an agenda, a contribution or
// a commitment calls refreshPurposeScore inside its transaction, so the stored score never lags.
// The texts' analysis is memoised (text-check-cache.ts): a write changes one text, not all of them.
import { scoreAgenda } from "../../core/coach/score-agenda";
import { rowToAgenda } from "../agendas/agenda.mapping";
import { findAgendaRow } from "../agendas/agenda.repository";
import { listCommitmentRowsForAgenda } from "../commitments/commitment.repository";
import { listContributionRows } from "../contributions/contribution.repository";
import type { Db } from "../db/database";
import { readPurposeScores, writePurposeScore } from "./purpose-score.repository";
import { sharedTextChecks } from "./text-check-cache";

/** Recomputes and stores the agenda's purpose-first score; returns it (null if the agenda is gone). */
export async function refreshPurposeScore(trx: Db, tenantId: string, agendaId: string): Promise<number | null> {
  const row = await findAgendaRow(trx, tenantId, agendaId);
  if (!row) return null;
  // The score reads no attendee: skip loading them (one query less on every write).
  const agenda = rowToAgenda(row, []);
  const [contributions, commitments] = await Promise.all([
    listContributionRows(trx, tenantId, agendaId),
    listCommitmentRowsForAgenda(trx, tenantId, agendaId),
  ]);
  const { score } = scoreAgenda({
    agenda,
    contributions: contributions.map((c) => ({ department: c.department, text: c.text })),
    commitments: commitments.map((c) => ({
      ownerEmail: c.owner_email,
      dueDate: c.due_date,
      servesObjective: c.serves_objective,
      action: c.action,
      status: c.status as "open" | "done" | "dropped",
    })),
  }, sharedTextChecks);
  await writePurposeScore(trx, tenantId, agendaId, score);
  return score;
}

/** Stored scores of several agendas (for the commitments the PMO lists). */
export async function purposeScoresOf(db: Db, tenantId: string, agendaIds: readonly string[]): Promise<Map<string, number | null>> {
  return readPurposeScores(db, tenantId, agendaIds);
}
