// One page of the commitments list as SQL, shaped so each part is an ordered index seek that stops
// after `limit` rows, whatever the filters (the speed goal: first page ≤ 50 ms on 1,000,000 rows):
// - department=X (owner's OR helped department): no index yields an OR in sort order, so it is two
//   ordered branches, each limited, merged: owner's department = X, and helped department = X with
//   another owner's department (disjoint, so a row in both appears once);
// - q with at least three characters: first the next rows in list order (a frequent word fills a
//   page from a few hundred of them); only when they hold no full page, the trigram index's
//   candidates (a rare word: a few rows anywhere in the tenant).
import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from "kysely";
import type { CommitmentSort } from "../../core/api/commitment-list-contract";
import type { Database, Db } from "../db/database";
import { textCandidates, searchUsesIndex, textMatches } from "./commitment-search";
import { sortOrder } from "./commitment-sort";
import type { CommitmentCursor, CommitmentFilter, CommitmentRow, SortCursor } from "./commitment.table";

/** Rows read in list order before a search asks the trigram index instead. */
export const SEARCH_PROBE_ROWS = 3000;

type Query = SelectQueryBuilder<Database, "commitments", CommitmentRow>;
type TextMode = "none" | "like" | "indexed";

export interface PageRequest {
  tenantId: string;
  filter: CommitmentFilter;
  after: CommitmentCursor | SortCursor | null;
  limit: number;
  sort: CommitmentSort;
}

/** The page, by the fastest exact path (see the file comment). */
export async function queryPage(db: Db, p: PageRequest): Promise<CommitmentRow[]> {
  const text = p.filter.text ?? "";
  if (text === "" || !searchUsesIndex(text)) return pageQuery(db, p, "like").execute();
  const probe = await probeQuery(db, p, text).execute();
  if (probe.length >= p.limit) return probe;
  return pageQuery(db, p, "indexed").execute();
}

/**
 * The first `limit` rows after the cursor among the next SEARCH_PROBE_ROWS rows (all filters but
 * the text) in list order. A full page from them is the true page: any later match sorts after it.
 */
function probeQuery(db: Db, p: PageRequest, text: string) {
  const { column, descending } = sortOrder(p.sort);
  const direction = descending ? "desc" : "asc";
  const window = pageQuery(db, { ...p, limit: SEARCH_PROBE_ROWS }, "none");
  return db
    .selectFrom(window.as("c"))
    .selectAll()
    .where(textMatches(db, text))
    .orderBy(column, direction)
    .orderBy("id", direction)
    .limit(p.limit) as unknown as Query;
}

/** The page as one statement: one ordered branch, or the department's two merged. */
export function pageQuery(db: Db, p: PageRequest, mode: TextMode): Query {
  const department = p.filter.department;
  if (department === undefined) return branch(db, p, mode, null);
  const { column, descending } = sortOrder(p.sort);
  const direction = descending ? "desc" : "asc";
  const owners = branch(db, p, mode, (eb) => eb("owner_department", "=", department));
  const helped = branch(db, p, mode, (eb) =>
    eb.and([eb("helps_department", "=", department), eb("owner_department", "<>", department)]),
  );
  return db
    .selectFrom(owners.as("o"))
    .selectAll()
    .unionAll(db.selectFrom(helped.as("h")).selectAll())
    .orderBy(column, direction)
    .orderBy("id", direction)
    .limit(p.limit) as unknown as Query;
}

type DepartmentSide = (eb: ExpressionBuilder<Database, "commitments">) => Expression<SqlBool>;

function branch(db: Db, p: PageRequest, mode: TextMode, department: DepartmentSide | null): Query {
  const { column, descending } = sortOrder(p.sort);
  const direction = descending ? "desc" : "asc";
  let q = applyFilter(db.selectFrom("commitments").selectAll().where("tenant_id", "=", p.tenantId), p.filter);
  if (department) q = q.where(department);
  const text = p.filter.text ?? "";
  if (mode !== "none" && text !== "") {
    q = q.where(textMatches(db, text));
    if (mode === "indexed") q = q.where(textCandidates(db, text));
  }
  const after = p.after;
  if (after) {
    const value = "dueDate" in after ? after.dueDate : after.value;
    // A row-value comparison, not `a > x or (a = x and id > y)`: PostgreSQL turns it into one index
    // range (seek to the cursor, read on), where the OR form made it re-read from the first row,
    // so a 1,000,000-row export slowed with every batch. SQLite reads it the same way.
    q = q.where((eb) => eb(eb.refTuple(column, "id"), descending ? "<" : ">", eb.tuple(value, after.id)));
  }
  return q.orderBy(column, direction).orderBy("id", direction).limit(p.limit);
}

/** Every filter but the department (a branch's own) and the text (by mode). */
function applyFilter(query: Query, f: CommitmentFilter): Query {
  let q = query;
  if (f.objectiveId !== undefined) q = q.where("objective_id", "=", f.objectiveId);
  if (f.ownerEmail !== undefined) q = q.where("owner_email", "=", f.ownerEmail);
  if (f.mineOf !== undefined) q = q.where("owner_oid", "=", f.mineOf);
  if (f.status !== undefined) q = q.where("status", "=", f.status);
  if (f.overdue === true) q = q.where("status", "=", "open").where("due_date", "<", f.today);
  if (f.overdue === false) {
    q = q.where((eb) => eb.or([eb("status", "<>", "open"), eb("due_date", ">=", f.today)]));
  }
  if (f.dueFrom !== undefined) q = q.where("due_date", ">=", f.dueFrom);
  if (f.dueTo !== undefined) q = q.where("due_date", "<=", f.dueTo);
  if (f.agendaId !== undefined) q = q.where("agenda_id", "=", f.agendaId);
  return q;
}
