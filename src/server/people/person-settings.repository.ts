// SQL of people's time zones and languages (person_settings).
import type { Selectable } from "kysely";
import type { Db } from "../db/database";
import { withPersonSettings, type PersonSettingsTable } from "./person-settings.tables";

export type PersonSettingsRow = Selectable<PersonSettingsTable>;

export interface PersonSettingsInput {
  email: string;
  timeZone: string | null;
  language: "ja" | "en" | null;
}

// Keeps each statement well under SQLite's and PostgreSQL's bound-parameter limits.
const BATCH = 200;

export async function findPersonSettingsRows(db: Db, tenantId: string, emails: readonly string[]): Promise<PersonSettingsRow[]> {
  const unique = [...new Set(emails.map((e) => e.toLowerCase()))];
  const rows: PersonSettingsRow[] = [];
  for (let i = 0; i < unique.length; i += BATCH) {
    rows.push(
      ...(await withPersonSettings(db)
        .selectFrom("person_settings")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("email", "in", unique.slice(i, i + BATCH))
        .execute()),
    );
  }
  return rows;
}

/** Inserts or replaces people's settings; a later entry for the same email wins. */
export async function upsertPersonSettings(
  db: Db,
  tenantId: string,
  people: readonly PersonSettingsInput[],
  source: "directory" | "graph",
  now: string,
): Promise<void> {
  const byEmail = new Map<string, PersonSettingsRow>();
  for (const p of people) {
    const email = p.email.trim().toLowerCase();
    byEmail.set(email, { tenant_id: tenantId, email, time_zone: p.timeZone, language: p.language, source, updated_at: now });
  }
  const rows = [...byEmail.values()];
  for (let i = 0; i < rows.length; i += BATCH) {
    await withPersonSettings(db)
      .insertInto("person_settings")
      .values(rows.slice(i, i + BATCH))
      .onConflict((oc) =>
        oc.columns(["tenant_id", "email"]).doUpdateSet((eb) => ({
          time_zone: eb.ref("excluded.time_zone"),
          language: eb.ref("excluded.language"),
          source: eb.ref("excluded.source"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }
}
