// All SQL about commitments and their history. Tenant-scoped; `db` first so it runs in transactions.
import { sql, type Insertable, type SelectQueryBuilder, type Updateable } from "kysely";
import type { CommitmentHistoryTable, CommitmentsTable, Database, Db } from "../db/database";
import type { CommitmentSort } from "../../core/api/commitment-list-contract";
import { DEFAULT_SORT, sortOrder, sortValue } from "./commitment-sort";
import type { CommitmentCursor, CommitmentFilter, CommitmentHistoryRow, CommitmentRow, SortCursor } from "./commitment.table";

// Keeps `in (…)` lists well under both databases' bound-parameter limits.
const IN_BATCH = 500;

export async function insertCommitmentRow(db: Db, row: Insertable<CommitmentsTable>): Promise<void> {
  await db.insertInto("commitments").values(row).execute();
}

export async function findCommitmentRow(db: Db, tenantId: string, id: string): Promise<CommitmentRow | undefined> {
  return db.selectFrom("commitments").selectAll().where("tenant_id", "=", tenantId).where("id", "=", id).executeTakeFirst();
}

/**
 * Takes the row's write lock for the rest of the transaction (a no-op update works the same in
 * PostgreSQL and SQLite, which has no SELECT … FOR UPDATE), so concurrent PATCHes of one
 * commitment run one after the other instead of overwriting each other's fields.
 */
export async function lockCommitmentRow(db: Db, tenantId: string, id: string): Promise<void> {
  await db
    .updateTable("commitments")
    .set((eb) => ({ updated_at: eb.ref("updated_at") }))
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .execute();
}

export async function updateCommitmentRow(
  db: Db,
  tenantId: string,
  id: string,
  changes: Updateable<Omit<CommitmentsTable, "id" | "tenant_id" | "agenda_id">>,
): Promise<void> {
  await db.updateTable("commitments").set(changes).where("tenant_id", "=", tenantId).where("id", "=", id).execute();
}

export async function insertHistoryRows(db: Db, rows: readonly Insertable<CommitmentHistoryTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto("commitment_history").values([...rows]).execute();
}

/** The history of these commitments, grouped by commitment id (order is the service's job). */
export async function historyByCommitment(
  db: Db,
  tenantId: string,
  commitmentIds: readonly string[],
): Promise<Map<string, CommitmentHistoryRow[]>> {
  const byId = new Map<string, CommitmentHistoryRow[]>();
  for (let i = 0; i < commitmentIds.length; i += IN_BATCH) {
    const rows = await db
      .selectFrom("commitment_history")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .where("commitment_id", "in", commitmentIds.slice(i, i + IN_BATCH))
      .orderBy("at")
      .orderBy("id")
      .execute();
    for (const row of rows) {
      const list = byId.get(row.commitment_id) ?? [];
      list.push(row);
      byId.set(row.commitment_id, list);
    }
  }
  return byId;
}

/** One agenda's commitments in due-date order. */
export async function listCommitmentRowsForAgenda(db: Db, tenantId: string, agendaId: string): Promise<CommitmentRow[]> {
  return db
    .selectFrom("commitments")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("agenda_id", "=", agendaId)
    .orderBy("due_date")
    .orderBy("id")
    .execute();
}

/**
 * One page of the tenant's commitments matching `filter`, strictly after `after`, in `sort` order
 * (default: due_date, id ascending). Asks for `limit` rows; the caller asks for one more to learn
 * whether another page exists. The id breaks ties in the sort's direction, so the keyset
 * (value, id) is total and pages never skip or repeat a row.
 */
export async function queryCommitmentRows(
  db: Db,
  tenantId: string,
  filter: CommitmentFilter,
  after: CommitmentCursor | SortCursor | null,
  limit: number,
  sort: CommitmentSort = DEFAULT_SORT,
): Promise<CommitmentRow[]> {
  const { column, descending } = sortOrder(sort);
  const direction = descending ? "desc" : "asc";
  let query = applyFilter(db.selectFrom("commitments").selectAll().where("tenant_id", "=", tenantId), filter);
  if (after) {
    const value = "dueDate" in after ? after.dueDate : after.value;
    // A row-value comparison, not `a > x or (a = x and id > y)`: PostgreSQL turns it into one index
    // range (seek to the cursor, read on), where the OR form made it re-read from the first row,
    // so a 1,000,000-row export slowed with every batch. SQLite reads it the same way.
    query = query.where((eb) => eb(eb.refTuple(column, "id"), descending ? "<" : ">", eb.tuple(value, after.id)));
  }
  return query.orderBy(column, direction).orderBy("id", direction).limit(limit).execute();
}

/** The organizer of an agenda of this tenant, or undefined when there is no such agenda. */
export async function findAgendaOrganizer(db: Db, tenantId: string, agendaId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("agendas")
    .select("organizer_email")
    .where("tenant_id", "=", tenantId)
    .where("id", "=", agendaId)
    .executeTakeFirst();
  return row?.organizer_email;
}

/** True when the contribution exists on that agenda of that tenant. */
export async function contributionBelongsToAgenda(db: Db, tenantId: string, agendaId: string, contributionId: string): Promise<boolean> {
  const row = await db
    .selectFrom("contributions")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("agenda_id", "=", agendaId)
    .where("id", "=", contributionId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Escapes LIKE wildcards so user text matches literally (with `escape '\'`, in both dialects). */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function applyFilter<O>(
  query: SelectQueryBuilder<Database, "commitments", O>,
  f: CommitmentFilter,
): SelectQueryBuilder<Database, "commitments", O> {
  let q = query;
  if (f.objectiveId !== undefined) q = q.where("objective_id", "=", f.objectiveId);
  if (f.department !== undefined) {
    const d = f.department;
    q = q.where((eb) => eb.or([eb("owner_department", "=", d), eb("helps_department", "=", d)]));
  }
  if (f.ownerEmail !== undefined) q = q.where("owner_email", "=", f.ownerEmail);
  if (f.mineOf !== undefined) q = q.where("owner_email", "=", f.mineOf);
  if (f.status !== undefined) q = q.where("status", "=", f.status);
  if (f.overdue === true) q = q.where("status", "=", "open").where("due_date", "<", f.today);
  if (f.overdue === false) {
    q = q.where((eb) => eb.or([eb("status", "<>", "open"), eb("due_date", ">=", f.today)]));
  }
  if (f.dueFrom !== undefined) q = q.where("due_date", ">=", f.dueFrom);
  if (f.dueTo !== undefined) q = q.where("due_date", "<=", f.dueTo);
  if (f.agendaId !== undefined) q = q.where("agenda_id", "=", f.agendaId);
  if (f.text !== undefined && f.text !== "") {
    const pattern = likePattern(f.text);
    const like = (column: "action" | "serves_objective" | "owner_name" | "owner_email" | "objective_title") =>
      sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
    q = q.where((eb) =>
      eb.or([like("action"), like("serves_objective"), like("owner_name"), like("owner_email"), like("objective_title")]),
    );
  }
  return q;
}

/** Every matching row, `batchSize` at a time, walking the same keyset cursor as the list. */
export async function* commitmentRowBatches(
  db: Db,
  tenantId: string,
  filter: CommitmentFilter,
  batchSize: number,
  sort: CommitmentSort = DEFAULT_SORT,
): AsyncGenerator<CommitmentRow[]> {
  let after: SortCursor | null = null;
  for (;;) {
    const rows = await queryCommitmentRows(db, tenantId, filter, after, batchSize, sort);
    if (rows.length > 0) yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < batchSize) return;
    after = { value: sortValue(last, sort), id: last.id };
  }
}
