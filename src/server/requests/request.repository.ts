// All SQL about requests between departments. Tenant-scoped; `db` first so it runs in transactions.
import type { Updateable } from "kysely";
import type { Db } from "../db/database";
import { withRequestTables, type DepartmentRequestsTable, type RequestCursor, type RequestFilter, type RequestRow } from "./request.table";

export async function insertRequestRow(db: Db, row: RequestRow): Promise<void> {
  await withRequestTables(db).insertInto("department_requests").values(row).execute();
}

export async function findRequestRow(db: Db, tenantId: string, id: string): Promise<RequestRow | undefined> {
  return withRequestTables(db)
    .selectFrom("department_requests")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/**
 * Takes the row's write lock for the rest of the transaction (a no-op update works the same in
 * PostgreSQL and SQLite, which has no SELECT … FOR UPDATE), so two answers to one request run one
 * after the other and the second sees the first one's status.
 */
export async function lockRequestRow(db: Db, tenantId: string, id: string): Promise<void> {
  await withRequestTables(db)
    .updateTable("department_requests")
    .set((eb) => ({ version: eb.ref("version") }))
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .execute();
}

/** Applies `changes` only when the row still has `version`; false when someone changed it first. */
export async function updateRequestRow(
  db: Db,
  tenantId: string,
  id: string,
  version: number,
  changes: Updateable<Omit<DepartmentRequestsTable, "id" | "tenant_id" | "agenda_id">>,
): Promise<boolean> {
  const result = await withRequestTables(db)
    .updateTable("department_requests")
    .set(changes)
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** One agenda's requests, oldest first. */
export async function listRequestRowsForAgenda(db: Db, tenantId: string, agendaId: string): Promise<RequestRow[]> {
  return withRequestTables(db)
    .selectFrom("department_requests")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("agenda_id", "=", agendaId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** One page of the tenant's requests matching `filter`, strictly after `after`, oldest first. */
export async function queryRequestRows(db: Db, tenantId: string, filter: RequestFilter, after: RequestCursor | null, limit: number): Promise<RequestRow[]> {
  const rdb = withRequestTables(db);
  let q = rdb.selectFrom("department_requests as r").selectAll("r").where("r.tenant_id", "=", tenantId);
  const { department, direction } = filter;
  if (department !== undefined) {
    if (direction === "incoming") q = q.where("r.to_department", "=", department);
    else if (direction === "outgoing") q = q.where("r.from_department", "=", department);
    else q = q.where((eb) => eb.or([eb("r.to_department", "=", department), eb("r.from_department", "=", department)]));
  }
  if (typeof filter.status === "string") q = q.where("r.status", "=", filter.status);
  else if (filter.status !== undefined) q = q.where("r.status", "in", [...filter.status]);
  if (filter.fromDepartment !== undefined) q = q.where("r.from_department", "=", filter.fromDepartment);
  if (filter.toDepartment !== undefined) q = q.where("r.to_department", "=", filter.toDepartment);
  if (filter.neededBefore !== undefined) q = q.where("r.needed_by", "is not", null).where("r.needed_by", "<", filter.neededBefore);
  if (filter.agendaId !== undefined) q = q.where("r.agenda_id", "=", filter.agendaId);
  if (filter.objectiveId !== undefined) {
    const objectiveId = filter.objectiveId;
    q = q.where("r.agenda_id", "in", rdb.selectFrom("agendas").select("id").where("tenant_id", "=", tenantId).where("objective_id", "=", objectiveId));
  }
  if (filter.visibleTo !== undefined) {
    const oid = filter.visibleTo;
    q = q.where((eb) =>
      eb.or([
        eb("r.agenda_id", "in", rdb.selectFrom("agendas").select("id").where("tenant_id", "=", tenantId).where("organizer_oid", "=", oid)),
        eb("r.agenda_id", "in", rdb.selectFrom("agenda_attendees").select("agenda_id").where("tenant_id", "=", tenantId).where("oid", "=", oid)),
      ]),
    );
  }
  if (after) {
    const { createdAt, id } = after;
    q = q.where((eb) => eb.or([eb("r.created_at", ">", createdAt), eb.and([eb("r.created_at", "=", createdAt), eb("r.id", ">", id)])]));
  }
  return q.orderBy("r.created_at").orderBy("r.id").limit(limit).execute();
}

/** How many requests one agenda holds (bounded like its contributions and commitments). */
export async function countRequestsOfAgenda(db: Db, tenantId: string, agendaId: string): Promise<number> {
  const row = await withRequestTables(db)
    .selectFrom("department_requests")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("tenant_id", "=", tenantId)
    .where("agenda_id", "=", agendaId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What the PMO's summary needs of every request of the tenant (optionally of one objective's meetings). */
export async function requestFactRows(db: Db, tenantId: string, objectiveId?: string) {
  const rdb = withRequestTables(db);
  let q = rdb
    .selectFrom("department_requests")
    .select(["from_department", "to_department", "status", "created_at", "first_answered_at"])
    .where("tenant_id", "=", tenantId);
  if (objectiveId !== undefined) {
    q = q.where("agenda_id", "in", rdb.selectFrom("agendas").select("id").where("tenant_id", "=", tenantId).where("objective_id", "=", objectiveId));
  }
  return q.execute();
}

/** Every request of the tenant (or all tenants) that waits for an answer, by tenant and agenda. */
export async function waitingRequestRows(db: Db, tenantId: string | null): Promise<RequestRow[]> {
  let q = withRequestTables(db).selectFrom("department_requests").selectAll().where("status", "in", ["open", "countered"]);
  if (tenantId !== null) q = q.where("tenant_id", "=", tenantId);
  return q.orderBy("tenant_id").orderBy("agenda_id").orderBy("created_at").orderBy("id").execute();
}
