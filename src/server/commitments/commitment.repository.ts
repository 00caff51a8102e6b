// All SQL about commitments and their history. Tenant-scoped; `db` first so it runs in transactions.
import { sql, type Insertable, type Updateable } from "kysely";
import type { CommitmentHistoryTable, CommitmentsTable, Db } from "../db/database";
import type { CommitmentSort } from "../../core/api/commitment-list-contract";
import { queryPage } from "./commitment-page";
import { DEFAULT_SORT, sortValue } from "./commitment-sort";
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

/** A commitment's latest history rows (oldest first) and how many it has in all. */
export interface HistoryPage {
  rows: CommitmentHistoryRow[];
  total: number;
}

/**
 * The latest `latest` history rows of each of these commitments, grouped by commitment id, with
 * each one's total: views, live events and lists carry a bounded history however often a
 * commitment changed (the whole history is in the data export). Order within a page is the service's job.
 */
export async function historyByCommitment(
  db: Db,
  tenantId: string,
  commitmentIds: readonly string[],
  latest: number,
): Promise<Map<string, HistoryPage>> {
  const byId = new Map<string, HistoryPage>();
  for (let i = 0; i < commitmentIds.length; i += IN_BATCH) {
    const rows = await db
      .selectFrom((eb) =>
        eb
          .selectFrom("commitment_history")
          .selectAll()
          .select([
            sql<number>`row_number() over (partition by commitment_id order by at desc, id desc)`.as("newest_first"),
            sql<number>`count(*) over (partition by commitment_id)`.as("total"),
          ])
          .where("tenant_id", "=", tenantId)
          .where("commitment_id", "in", commitmentIds.slice(i, i + IN_BATCH))
          .as("h"),
      )
      .selectAll()
      .where("newest_first", "<=", latest)
      .orderBy("at")
      .orderBy("id")
      .execute();
    for (const { newest_first: _rank, total, ...row } of rows) {
      const page = byId.get(row.commitment_id) ?? { rows: [], total: Number(total) };
      page.rows.push(row);
      byId.set(row.commitment_id, page);
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
  return queryPage(db, { tenantId, filter, after, limit, sort });
}

/** The organizer's object id of an agenda of this tenant; undefined when there is no such agenda (or it is unclaimed). */
export async function findAgendaOrganizer(db: Db, tenantId: string, agendaId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("agendas")
    .select("organizer_oid")
    .where("tenant_id", "=", tenantId)
    .where("id", "=", agendaId)
    .executeTakeFirst();
  return row?.organizer_oid ?? undefined;
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
