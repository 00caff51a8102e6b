import type { Contribution } from "../../core/api/contract";
import type { ContributionRow } from "./contribution.repository";

export function rowToContribution(row: ContributionRow): Contribution {
  return {
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
}
