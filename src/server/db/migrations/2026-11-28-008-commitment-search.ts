// Frozen in time: never edit a migration that has shipped; add a new one.
// The commitments table's first page on 1,000,000 commitments:
// - department=X is "owner's department OR helped department"; the list reads it as two ordered
//   index seeks merged (see commitment-page.ts). The helped side has commitments_helps_due
//   (migration 003); the owner's side gets commitments_owner_dept_due here. objective=Y gets its
//   due order too (commitments_objective_due).
// - q= (case-insensitive substring of five text columns) found rare words by reading the whole
//   tenant. A trigram index narrows it to candidate rows, which the unchanged LIKE then checks, so
//   results stay exactly those of the LIKE:
//   SQLite: an FTS5 table with the trigram tokenizer over the five columns, external content (the
//   commitments table itself, so no text is stored twice) kept in step by triggers;
//   PostgreSQL: a GIN trigram index (pg_trgm) on the lower-cased columns joined (PG_SEARCH_TEXT). When
//   pg_trgm cannot be installed (not on the server, or not allowed), the migration still succeeds
//   without that index and search keeps working from the table, only slower.
import { PostgresAdapter, sql, type Kysely } from "kysely";
import { inTransaction } from "../in-transaction";

/**
 * The text the PostgreSQL index covers; the list's query repeats it verbatim so the planner matches
 * it. pg_trgm cuts text into words at every character that is not a letter or digit, so "社員 0"
 * became the trigrams of "社員" and of "0", found in every row. With spaces and the line breaks
 * between the columns turned into a letter (`q`, here and in the searched text alike), a search's
 * trigrams are those of its substring, space included. replace(), not translate() or a regular
 * expression: PostgreSQL re-evaluates this on every candidate row (trigram matches are only
 * probable), and those cost five times as much per row.
 */
export const PG_SEARCH_TEXT =
  "replace(replace(replace(lower(action || E'\\n' || serves_objective || E'\\n' || owner_name || E'\\n' || owner_email || E'\\n' || objective_title), E'\\n', 'q'), ' ', 'q'), '\u3000', 'q')";

/** What the searched (lower-cased) text becomes to match PG_SEARCH_TEXT. */
export const pgSearchBreaks = (lowerCased: string): string => lowerCased.replace(/[\n \u3000]/g, "q");

const COLUMNS = ["action", "serves_objective", "owner_name", "owner_email", "objective_title"] as const;
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, build);
}

async function build(db: Kysely<any>): Promise<void> {
  // status last: a status or overdue filter is checked on the index entry, so a department whose
  // rows rarely match it costs an index walk, not a table read per row.
  await db.schema
    .createIndex("commitments_owner_dept_due")
    .on("commitments")
    .columns(["tenant_id", "owner_department", "due_date", "id", "status"])
    .execute();
  // objective=Y in list order: its rows in due order, instead of sorting the objective's thousands.
  // It replaces commitments_objective (tenant_id, objective_id), its prefix, so writes pay for one index, not two.
  await db.schema
    .createIndex("commitments_objective_due")
    .on("commitments")
    .columns(["tenant_id", "objective_id", "due_date", "id"])
    .execute();
  await db.schema.dropIndex("commitments_objective").ifExists().execute();
  // The helped side of department=X likewise, with the status: it replaces migration 003's
  // commitments_helps_due (tenant_id, helps_department, due_date, id), its prefix.
  await db.schema
    .createIndex("commitments_helps_dept_due")
    .on("commitments")
    .columns(["tenant_id", "helps_department", "due_date", "id", "status"])
    .execute();
  await db.schema.dropIndex("commitments_helps_due").ifExists().execute();
  if (isPostgres(db)) await upPostgres(db);
  else await upSqlite(db);
}

async function upSqlite(db: Kysely<any>): Promise<void> {
  const cols = COLUMNS.join(", ");
  const newCols = COLUMNS.map((c) => `new.${c}`).join(", ");
  const oldCols = COLUMNS.map((c) => `old.${c}`).join(", ");
  await sql
    .raw(`create virtual table commitment_search using fts5(${cols}, content='commitments', content_rowid='rowid', tokenize='trigram')`)
    .execute(db);
  // Existing rows (an upgrade of a filled database); a fresh one is empty and this costs nothing.
  await sql.raw(`insert into commitment_search(commitment_search) values ('rebuild')`).execute(db);
  await sql
    .raw(`create trigger commitment_search_insert after insert on commitments begin
      insert into commitment_search(rowid, ${cols}) values (new.rowid, ${newCols});
    end`)
    .execute(db);
  await sql
    .raw(`create trigger commitment_search_delete after delete on commitments begin
      insert into commitment_search(commitment_search, rowid, ${cols}) values ('delete', old.rowid, ${oldCols});
    end`)
    .execute(db);
  // Only when searched text changes: a status change or PATCH of the due date leaves the index alone.
  await sql
    .raw(`create trigger commitment_search_update after update of ${cols} on commitments begin
      insert into commitment_search(commitment_search, rowid, ${cols}) values ('delete', old.rowid, ${oldCols});
      insert into commitment_search(rowid, ${cols}) values (new.rowid, ${newCols});
    end`)
    .execute(db);
}

async function upPostgres(db: Kysely<any>): Promise<void> {
  // pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it. The DO block
  // catches the failure in a subtransaction, so the migration's own transaction is not aborted.
  const available = await sql<{ n: number }>`select count(*)::int as n from pg_available_extensions where name = 'pg_trgm'`.execute(db);
  if ((available.rows[0]?.n ?? 0) > 0) {
    await sql
      .raw(`do $$ begin
        create extension if not exists pg_trgm;
      exception when others then
        raise warning 'pg_trgm could not be created: %', sqlerrm;
      end $$`)
      .execute(db);
  }
  const installed = await sql<{ n: number }>`select count(*)::int as n from pg_extension where extname = 'pg_trgm'`.execute(db);
  if ((installed.rows[0]?.n ?? 0) === 0) {
    const why = (available.rows[0]?.n ?? 0) > 0 ? "not allowed to create it (see the server log)" : "not available on this server";
    // PGlite (in-process, tests only) ships without pg_trgm: nothing to tell anyone there.
    const version = await sql<{ v: string }>`select version() as v`.execute(db);
    if (!/PGlite/.test(version.rows[0]?.v ?? "")) {
      console.warn(`[migration 008] pg_trgm ${why}: commitment search works without its index, reading the table (slower).`);
    }
    return;
  }
  await sql.raw(`create index commitments_search_trgm on commitments using gin ((${PG_SEARCH_TEXT}) gin_trgm_ops)`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await inTransaction(db, drop);
}

async function drop(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop index if exists commitments_search_trgm`.execute(db);
  } else {
    for (const t of ["insert", "delete", "update"]) await sql.raw(`drop trigger if exists commitment_search_${t}`).execute(db);
    await sql`drop table if exists commitment_search`.execute(db);
  }
  await db.schema.createIndex("commitments_objective").ifNotExists().on("commitments").columns(["tenant_id", "objective_id"]).execute();
  await db.schema.dropIndex("commitments_objective_due").ifExists().execute();
  await db.schema.dropIndex("commitments_owner_dept_due").ifExists().execute();
  await db.schema
    .createIndex("commitments_helps_due")
    .ifNotExists()
    .on("commitments")
    .columns(["tenant_id", "helps_department", "due_date", "id"])
    .execute();
  await db.schema.dropIndex("commitments_helps_dept_due").ifExists().execute();
}
