// Frozen in time: never edit a migration that has shipped; add a new one.
// The PMO dashboard's totals on 1,000,000 commitments. Scanning every commitment
// of the tenant for each chart cost seconds even from covering indexes, so three rollup tables hold
// the counts the charts group by, kept exact by triggers:
// - commitment_rollup_departments (due month, owner's department, helped department, status): the
//   department bars, overdue counts and the cross-department matrix;
// - commitment_rollup_created (scope, due month, creation day, status): completion over time;
// - commitment_rollup_objectives (scope, due month, objective, title, owner's department, status):
//   the per-objective view.
// `scope` is "*" for the whole tenant and "d:<name>" for each department a commitment involves (the
// owner's and the helped one), so the department filter (owner's OR helped) reads one range too.
// Triggers, not application code, because every path that changes a commitment must move the
// counts in the same transaction: the API's writes, the demo seed, an agenda's cascading delete,
// fixtures and bulk loads. Rows that fall to 0 stay (readers skip them): deleting them would race
// with a concurrent increment of the same key.
// commitments_due_cover answers what the rollups cannot (the days of a due filter that do not make
// whole months, and the current month, where "overdue" moves daily) from an index-only range scan.
import { PostgresAdapter, sql, type Kysely } from "kysely";
import { inTransaction } from "../in-transaction";

/** The trigger's old and new rows, and `c`, the table itself in the backfill. */
type Side = "old" | "new" | "c";

interface Rollup {
  table: string;
  /** Key columns and the SQL of each over a commitment row (`r`) in one scope (`s`). */
  key: readonly [column: string, expr: (r: Side, s: string) => string][];
  scoped: boolean;
}

const tenant = (r: Side) => `${r}.tenant_id`;
const dueMonth = (r: Side) => `substr(${r}.due_date, 1, 7)`;

const ROLLUPS: readonly Rollup[] = [
  {
    table: "commitment_rollup_departments",
    scoped: false,
    key: [
      ["tenant_id", tenant],
      ["due_month", dueMonth],
      ["owner_department", (r) => `${r}.owner_department`],
      ["helps_department", (r) => `coalesce(${r}.helps_department, '')`],
      ["status", (r) => `${r}.status`],
    ],
  },
  {
    table: "commitment_rollup_created",
    scoped: true,
    key: [
      ["tenant_id", tenant],
      ["scope", (_r, s) => s],
      ["due_month", dueMonth],
      ["created_day", (r) => `substr(${r}.created_at, 1, 10)`],
      ["status", (r) => `${r}.status`],
    ],
  },
  {
    table: "commitment_rollup_objectives",
    scoped: true,
    key: [
      ["tenant_id", tenant],
      ["scope", (_r, s) => s],
      ["due_month", dueMonth],
      ["objective_key", (r) => `coalesce(${r}.objective_id, '')`],
      ["objective_title", (r) => `${r}.objective_title`],
      ["owner_department", (r) => `${r}.owner_department`],
      ["status", (r) => `${r}.status`],
    ],
  },
];

/** The commitment columns any rollup key reads: an UPDATE touching none of them moves no count. */
const WATCHED = ["tenant_id", "due_date", "owner_department", "helps_department", "status", "created_at", "objective_id", "objective_title"];

const columns = (r: Rollup) => r.key.map(([c]) => c).join(", ");

/** The scopes a row counts in, each with the condition under which it applies. */
function scopes(r: Rollup, side: Side): [scope: string, when: string][] {
  if (!r.scoped) return [["''", "true"]];
  return [
    ["'*'", "true"],
    [`'d:' || ${side}.owner_department`, "true"],
    [`'d:' || ${side}.helps_department`, `${side}.helps_department is not null and ${side}.helps_department <> ${side}.owner_department`],
  ];
}

/** The advisory lock class of the rollups (pg_advisory_xact_lock(class, tenant hash)). */
const ROLLUP_LOCK_CLASS = 7007;
/** The transaction-local count of changed commitment rows, which picks the lock's mode. */
const ROWS_SETTING = "common_purpose.rollup_rows";

/**
 * One statement moving every count of one rollup that a row change touches: -1 for the old row's
 * keys, +1 for the new row's, summed per key (an unchanged key nets 0 and is skipped) and applied
 * in key order.
 */
function applyDeltas(r: Rollup, sides: readonly Side[], qualified: boolean): string {
  const parts = sides.flatMap((side) =>
    scopes(r, side).map(([scope, when]) => {
      const cols = r.key.map(([c, e]) => `${e(side, scope)} as ${c}`).join(", ");
      return `select ${cols}, ${side === "old" ? -1 : 1} as d where ${when}`;
    }),
  );
  const n = qualified ? `${r.table}.n` : "n";
  return `insert into ${r.table} (${columns(r)}, n)
    select ${columns(r)}, sum(d) from (${parts.join(" union all ")}) as deltas
    group by ${columns(r)} having sum(d) <> 0 order by ${columns(r)}
    on conflict (${columns(r)}) do update set n = ${n} + excluded.n`;
}

/** One INSERT … SELECT counting the rows already there: the scopes of one row may share a key with another row's. */
function backfill(r: Rollup): string {
  const parts = scopes(r, "c").map(([scope, when]) => {
    const cols = r.key.map(([c, e]) => `${e("c", scope)} as ${c}`).join(", ");
    return `select ${cols} from commitments c where ${when}`;
  });
  return `insert into ${r.table} (${columns(r)}, n)
    select ${columns(r)}, count(*) from (${parts.join(" union all ")}) as counted group by ${columns(r)}`;
}

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

async function createSqliteTriggers(db: Kysely<any>): Promise<void> {
  const body = (sides: Side[]) => ROLLUPS.map((r) => `${applyDeltas(r, sides, false)};`).join("\n");
  await sql.raw(`create trigger commitments_rollup_insert after insert on commitments begin ${body(["new"])} end`).execute(db);
  await sql.raw(`create trigger commitments_rollup_delete after delete on commitments begin ${body(["old"])} end`).execute(db);
  await sql
    .raw(`create trigger commitments_rollup_update after update of ${WATCHED.join(", ")} on commitments begin ${body(["old", "new"])} end`)
    .execute(db);
}

async function createPostgresTrigger(db: Kysely<any>): Promise<void> {
  const body = (sides: Side[]) => ROLLUPS.map((r) => `${applyDeltas(r, sides, true)};`).join("\n");
  // How many commitment rows this transaction changed so far (a transaction-local setting).
  const changed = `coalesce(nullif(current_setting('${ROWS_SETTING}', true), ''), '0')::int`;
  const lock = (row: Side) => `perform pg_advisory_xact_lock(${ROLLUP_LOCK_CLASS}, hashtext(${row}.tenant_id));`;
  await sql
    .raw(`create or replace function commitments_rollup_count() returns trigger language plpgsql as $fn$
    begin
      perform set_config('${ROWS_SETTING}', (${changed} + 1)::text, true);
      return null;
    end
  $fn$`)
    .execute(db);
  // A transaction that changes one commitment (every API write) locks its rollup rows in key order,
  // so two of them cannot deadlock. One that changes several (an agenda's cascading delete, a bulk
  // load) locks rows in the order it changed them, so those take a per-tenant lock first and run one
  // at a time. Against a one-row write such a transaction can still deadlock: PostgreSQL then rolls
  // one back and every count stays exact. A shared lock on one-row writes too would close that, but
  // cost a quarter of the write throughput (npm run bench -- writes), for transactions the API never
  // makes. The two-key form keeps clear of other advisory locks.
  await sql
    .raw(`create or replace function commitments_rollup() returns trigger language plpgsql as $fn$
    begin
      if ${changed} > 1 then
        if tg_op <> 'DELETE' then ${lock("new")} end if;
        if tg_op <> 'INSERT' then ${lock("old")} end if;
      end if;
      if tg_op = 'INSERT' then ${body(["new"])}
      elsif tg_op = 'DELETE' then ${body(["old"])}
      else ${body(["old", "new"])}
      end if;
      return null;
    end
  $fn$`)
    .execute(db);
  const events = `after insert or delete or update of ${WATCHED.join(", ")} on commitments`;
  await sql.raw(`create trigger commitments_rollup_count ${events} for each row execute function commitments_rollup_count()`).execute(db);
  // Deferred to COMMIT: the rollup rows are shared by every writer of the tenant (today's creation
  // day, this month's open count), so their locks are taken at the end of the transaction, not held
  // through the rest of the write (history, revision, purpose score).
  await sql
    .raw(`create constraint trigger commitments_rollup ${events} deferrable initially deferred for each row execute function commitments_rollup()`)
    .execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (tx) => {
    // PostgreSQL: no writer may commit between the backfills and the trigger, or its rows would
    // never be counted (a rolling deploy migrates while older instances still write).
    if (isPostgres(tx)) await sql`lock table commitments in share row exclusive mode`.execute(tx);
    await build(tx);
  });
}

async function build(db: Kysely<any>): Promise<void> {
  for (const r of ROLLUPS) {
    // Built as SQL text: the key columns come from the list above, never from input.
    const type = (c: string) => (c === "tenant_id" || c === "objective_key" ? "varchar(100)" : c === "status" ? "varchar(10)" : "text");
    const defs = r.key.map(([c]) => `${c} ${type(c)} not null`).join(", ");
    await sql.raw(`create table ${r.table} (${defs}, n integer not null, constraint ${r.table}_pk primary key (${columns(r)}))`).execute(db);
    await sql.raw(backfill(r)).execute(db);
  }
  // It replaces commitments_tenant_due (tenant_id, due_date, id), its prefix, which still walks the
  // list's default order: with both, SQLite's planner took the narrower one and read every row
  // from the table (8× slower on a month of 1,000,000 commitments).
  await db.schema.dropIndex("commitments_tenant_due").execute();
  await db.schema
    .createIndex("commitments_due_cover")
    .on("commitments")
    .columns(["tenant_id", "due_date", "id", "status", "owner_department", "helps_department", "objective_id", "created_at"])
    .execute();
  if (isPostgres(db)) await createPostgresTrigger(db);
  else await createSqliteTriggers(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await inTransaction(db, drop);
}

async function drop(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger if exists commitments_rollup on commitments`.execute(db);
    await sql`drop trigger if exists commitments_rollup_count on commitments`.execute(db);
    await sql`drop function if exists commitments_rollup()`.execute(db);
    await sql`drop function if exists commitments_rollup_count()`.execute(db);
  } else {
    for (const t of ["insert", "delete", "update"]) await sql.raw(`drop trigger if exists commitments_rollup_${t}`).execute(db);
  }
  await db.schema.dropIndex("commitments_due_cover").ifExists().execute();
  await db.schema.createIndex("commitments_tenant_due").ifNotExists().on("commitments").columns(["tenant_id", "due_date", "id"]).execute();
  for (const r of [...ROLLUPS].reverse()) await db.schema.dropTable(r.table).ifExists().execute();
}
