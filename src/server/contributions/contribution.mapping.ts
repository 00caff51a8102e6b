import type { Contribution } from "../../core/api/contract";
import type { ContributionRow } from "./contribution.repository";

export function rowToContribution(row: ContributionRow): Contribution {
  const contribution: Contribution = {
    id: row.id,
    agendaId: row.agenda_id,
    department: row.department,
    authorEmail: row.author_email,
    authorName: row.author_name,
    text: row.text,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (Number(row.slot) !== 1) return contribution;
  return {
    ...contribution,
    proposal: {
      status: row.confirmed_at ? "confirmed" : "proposed",
      confirmedByEmail: row.confirmed_at ? row.confirmed_by_email : null,
      confirmedByName: row.confirmed_at ? row.confirmed_by_name : "",
      confirmedAt: row.confirmed_at,
    },
  };
}
