// All SQL of the agenda tables. `db` comes first so every function also runs inside a transaction.
// Every query names the tenant: rows of another tenant are invisible, never merely forbidden.
import { sql } from "kysely";
import type { Db } from "../db/database";
import type { AgendaRow, AgendaRowUpdate, AttendeeRow, NewAgendaRow, NewAttendeeRow } from "./agenda.table";

export async function findAgendaRow(db: Db, tenantId: string, id: string): Promise<AgendaRow | undefined> {
  return db.selectFrom("agendas").selectAll().where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
}

export async function listAttendeeRows(db: Db, tenantId: string, agendaIds: readonly string[]): Promise<AttendeeRow[]> {
  if (agendaIds.length === 0) return [];
  return db
    .selectFrom("agenda_attendees")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("agenda_id", "in", agendaIds)
    .orderBy("agenda_id")
    .orderBy("position")
    .execute();
}

export async function insertAgendaRow(db: Db, row: NewAgendaRow): Promise<void> {
  await db.insertInto("agendas").values(row).execute();
}

/** Replaces the agenda's attendee rows with `rows` (in their order). */
export async function replaceAttendeeRows(db: Db, tenantId: string, agendaId: string, rows: NewAttendeeRow[]): Promise<void> {
  await db.deleteFrom("agenda_attendees").where("tenant_id", "=", tenantId).where("agenda_id", "=", agendaId).execute();
  // Chunked: SQLite allows at most 32766 bound parameters per statement (7 per row).
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto("agenda_attendees").values(rows.slice(i, i + 500)).execute();
  }
}

/**
 * Applies `changes` only if the agenda is still at `expectedVersion`, bumping version and revision.
 * Returns false when the version moved on (or the agenda is gone): the caller answers 412.
 */
export async function updateAgendaIfVersion(
  db: Db,
  tenantId: string,
  id: string,
  expectedVersion: number,
  changes: AgendaRowUpdate,
  updatedAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable("agendas")
    .set({
      ...changes,
      version: sql<number>`version + 1`,
      revision: sql<number>`revision + 1`,
      updated_at: updatedAt,
    })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Increments the revision (not the version) and returns the new revision; undefined if missing. */
export async function incrementRevision(db: Db, tenantId: string, id: string, updatedAt: string): Promise<number | undefined> {
  await db
    .updateTable("agendas")
    .set({ revision: sql<number>`revision + 1`, updated_at: updatedAt })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .execute();
  const row = await db
    .selectFrom("agendas")
    .select("revision")
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? Number(row.revision) : undefined;
}

export type AgendaFilter =
  | { mode: "teamsThreadId"; teamsThreadId: string }
  | { mode: "joinUrl"; joinUrl: string }
  | { mode: "range"; from: string; to: string };

export const AGENDA_LIST_LIMIT = 500;

/** Agendas the person (object id) organizes or attends, matching one filter, earliest first. */
export async function listAgendaRowsForPerson(db: Db, tenantId: string, oid: string, filter: AgendaFilter): Promise<AgendaRow[]> {
  let query = db
    .selectFrom("agendas as a")
    .selectAll("a")
    .where("a.tenant_id", "=", tenantId)
    .where((eb) =>
      eb.or([
        eb("a.organizer_oid", "=", oid),
        eb.exists(
          eb
            .selectFrom("agenda_attendees as p")
            .select("p.agenda_id")
            .whereRef("p.agenda_id", "=", "a.id")
            .where("p.tenant_id", "=", tenantId)
            .where("p.oid", "=", oid),
        ),
      ]),
    );
  if (filter.mode === "teamsThreadId") query = query.where("a.teams_thread_id", "=", filter.teamsThreadId);
  else if (filter.mode === "joinUrl") query = query.where("a.join_url", "=", filter.joinUrl);
  else query = query.where("a.starts_at", ">=", filter.from).where("a.starts_at", "<", filter.to);
  // Unscheduled agendas last in both dialects (SQLite sorts NULL first, PostgreSQL last), so every
  // database returns the same first agenda for a thread id.
  return query
    .orderBy(sql`case when a.starts_at is null then 1 else 0 end`)
    .orderBy("a.starts_at")
    .orderBy("a.created_at")
    .orderBy("a.id")
    .limit(AGENDA_LIST_LIMIT)
    .execute();
}

/**
 * The agenda holding a Teams thread: the first created with it (agendas from before the binding
 * rule may share one; the oldest keeps it).
 */
export async function findThreadHolderRow(db: Db, tenantId: string, threadId: string): Promise<AgendaRow | undefined> {
  return db
    .selectFrom("agendas")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("teams_thread_id", "=", threadId)
    .orderBy("created_at")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
}

export async function isAgendaAttendee(db: Db, tenantId: string, agendaId: string, oid: string): Promise<boolean> {
  const row = await db
    .selectFrom("agenda_attendees")
    .select("agenda_id")
    .where("tenant_id", "=", tenantId)
    .where("agenda_id", "=", agendaId)
    .where("oid", "=", oid)
    .executeTakeFirst();
  return row !== undefined;
}

/** Unbinds the agenda from its Teams thread (a stronger proof took the thread); bumps version and revision. */
export async function clearThreadBinding(db: Db, tenantId: string, agendaId: string, updatedAt: string): Promise<void> {
  await db
    .updateTable("agendas")
    .set({
      teams_thread_id: null,
      thread_proof: null,
      version: sql<number>`version + 1`,
      revision: sql<number>`revision + 1`,
      updated_at: updatedAt,
    })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", agendaId)
    .execute();
}

export async function departmentMissions(db: Db, tenantId: string, names: readonly string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const rows = await db
    .selectFrom("departments")
    .select(["name", "mission"])
    .where("tenant_id", "=", tenantId)
    .where("name", "in", names)
    .execute();
  return new Map(rows.map((r) => [r.name, r.mission]));
}

export async function directoryDepartment(db: Db, tenantId: string, email: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("directory_users")
    .select("department")
    .where("tenant_id", "=", tenantId)
    .where("email", "=", email)
    .executeTakeFirst();
  return row?.department;
}
