// Frozen in time: never edit a migration that has shipped; add a new one.
// Who someone is: the Entra object id (`oid`, within the row's tenant) on every row that grants a
// right — the agenda's organizer, its attendees, a contribution's author, a commitment's owner —
// and on the directory cache (resolved from an invitee's SMTP address through Microsoft Graph).
// E-mail stays for display and for matching people invited by address. Existing rows start with
// NULL: each is claimed by the person whose verified identity owns that address when they next sign
// in (src/server/identity/claim-invitations.ts), so no one gains or loses a meeting by this change.
import type { Kysely } from "kysely";

const OID_COLUMNS: readonly [table: string, column: string][] = [
  ["agendas", "organizer_oid"],
  ["agenda_attendees", "oid"],
  ["contributions", "author_oid"],
  ["commitments", "owner_oid"],
  ["directory_users", "oid"],
];

const INDEXES: readonly [name: string, table: string, columns: readonly string[]][] = [
  // "Meetings I organize or attend" and the access checks.
  ["agendas_organizer_oid", "agendas", ["tenant_id", "organizer_oid"]],
  ["agenda_attendees_oid", "agenda_attendees", ["tenant_id", "oid"]],
  // "My commitments" (mine=true).
  ["commitments_owner_oid", "commitments", ["tenant_id", "owner_oid", "due_date"]],
  // Finding unclaimed contributions (author_oid NULL) to claim.
  ["contributions_author_oid", "contributions", ["tenant_id", "author_oid"]],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, column] of OID_COLUMNS) {
    await db.schema.alterTable(table).addColumn(column, "varchar(100)").execute();
  }
  for (const [name, table, columns] of INDEXES) {
    await db.schema.createIndex(name).on(table).columns([...columns]).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of [...INDEXES].reverse()) await db.schema.dropIndex(name).ifExists().execute();
  for (const [table, column] of [...OID_COLUMNS].reverse()) await db.schema.alterTable(table).dropColumn(column).execute();
}
