// Server-side generation of the dashboard bench data: one INSERT … SELECT per table, rows made by
// the database itself (a recursive CTE in SQLite, generate_series in PostgreSQL), no round trips.
// Everything is a pure function of the row number, so both databases hold the same data.

export type SeedDialect = "sqlite" | "postgres";

export interface TenantShape {
  tenantId: string;
  /** Prefix of every id, so two tenants never collide. */
  prefix: string;
  commitments: number;
  meetings: number;
  departments: number;
  objectives: number;
  owners: number;
}

/** Day 0 = 2025-01-01; the bench's "today" is day 696 = 2026-11-28, so ~77 % of due dates are past. */
export const BENCH_TODAY = "2026-11-28";
const TODAY_DAY = 696;
const DAYS = 900;

const PHRASES = [
  "価格プランをつくる",
  "Share the lead list with Sales",
  "導入事例をまとめる",
  "顧客インタビューを3件行う",
  "Draft the onboarding checklist",
  "解約理由を分析する",
  "Review the pricing page copy",
  "パートナー向け資料を更新する",
  "Fix the renewal reminder e-mail",
  "次回に進み具合を確認する",
] as const;

export const departmentName = (i: number) => `部門${String(i + 1).padStart(2, "0")}`;
export const objectiveId = (s: TenantShape, i: number) => `${s.prefix}o${String(i).padStart(4, "0")}`;
export const ownerEmail = (s: TenantShape, i: number) => `${s.prefix}user${i}@bench.example`;
/** A word of one phrase in ten: a realistic, selective search. */
export const SEARCH_WORD = "価格";

interface Fn {
  seq(count: number): string;
  pad(expr: string, width: number): string;
  day(offsetExpr: string): string;
}

const FN: Record<SeedDialect, Fn> = {
  sqlite: {
    seq: (count) => `seq(n) as (select 0 union all select n + 1 from seq where n < ${count - 1})`,
    pad: (e, w) => `printf('%0${w}d', ${e})`,
    day: (e) => `date('2025-01-01', (${e}) || ' days')`,
  },
  postgres: {
    seq: (count) => `seq(n) as (select g::bigint from generate_series(0, ${count - 1}) as g)`,
    pad: (e, w) => `lpad((${e})::text, ${w}, '0')`,
    day: (e) => `to_char(date '2025-01-01' + (${e})::int, 'YYYY-MM-DD')`,
  },
};

const recursive = (d: SeedDialect) => (d === "sqlite" ? "with recursive" : "with");
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

function depName(d: SeedDialect, expr: string): string {
  return `'部門' || ${FN[d].pad(`(${expr}) + 1`, 2)}`;
}

export function objectivesSql(d: SeedDialect, s: TenantShape): string {
  const f = FN[d];
  return `${recursive(d)} ${f.seq(s.objectives)}
    insert into objectives (id, tenant_id, title, description, created_by, created_at)
    select ${quote(s.prefix)} || 'o' || ${f.pad("n", 4)}, ${quote(s.tenantId)}, '目的 ' || ${f.pad("n", 4)} || ': 大手企業向けのCRMを拡大する', '', 'bench', '2025-01-01T00:00:00.000Z'
    from seq`;
}

export function departmentsSql(d: SeedDialect, s: TenantShape): string {
  const f = FN[d];
  return `${recursive(d)} ${f.seq(s.departments)}
    insert into departments (id, tenant_id, name, mission, updated_at)
    select ${quote(s.prefix)} || 'd' || ${f.pad("n", 2)}, ${quote(s.tenantId)}, ${depName(d, "n")}, '', '2025-01-01T00:00:00.000Z'
    from seq`;
}

/** Meetings: one objective each; four in five scored; starts spread over the 900 days. */
export function agendasSql(d: SeedDialect, s: TenantShape): string {
  const f = FN[d];
  return `${recursive(d)} ${f.seq(s.meetings)}
    insert into agendas (id, tenant_id, organizer_email, subject, objective_id, objective_title, desired_outcome,
      departments_json, obstacles_json, lang, starts_at, ends_at, outlook_item_id, ical_uid, teams_thread_id, join_url,
      version, revision, created_at, updated_at, purpose_score)
    select ${quote(s.prefix)} || 'a' || ${f.pad("n", 6)}, ${quote(s.tenantId)}, ${quote(s.prefix)} || 'user' || ((n * 7) % ${s.owners}) || '@bench.example',
      'Meeting ' || n, ${quote(s.prefix)} || 'o' || ${f.pad(`n % ${s.objectives}`, 4)}, '目的 ' || ${f.pad(`n % ${s.objectives}`, 4)} || ': 大手企業向けのCRMを拡大する', '',
      '[]', '[]', 'ja', ${f.day(`(n * 37) % ${DAYS}`)} || 'T01:00:00Z', null, null, null, null, null,
      1, 1, ${f.day(`(n * 37) % ${DAYS}`)} || 'T00:00:00.000Z', ${f.day(`(n * 37) % ${DAYS}`)} || 'T00:00:00.000Z',
      case when n % 5 = 0 then null else 40 + (n * 11) % 61 end
    from seq`;
}

/**
 * Commitments: meeting n % meetings (and its objective), owner (n·7) % owners in department
 * owner % departments, 70 % helping another department, due dates over 900 days; past ones are
 * mostly done (12 % still open = overdue), future ones mostly open.
 */
export function commitmentsSql(d: SeedDialect, s: TenantShape): string {
  const f = FN[d];
  const phrase = `case n % ${PHRASES.length} ${PHRASES.map((p, i) => `when ${i} then ${quote(p)}`).join(" ")} end`;
  const p = quote(s.prefix);
  return `${recursive(d)} ${f.seq(s.commitments)},
    base as (
      select n, (n * 37) % ${DAYS} as k, (n * 7) % ${s.owners} as o, n % ${s.meetings} as a, (n * 13 + 7) % 100 as h from seq
    )
    insert into commitments (id, tenant_id, agenda_id, objective_id, objective_title, owner_email, owner_name,
      owner_department, helps_department, action, due_date, serves_objective, status, contribution_id,
      created_by_email, created_at, updated_at)
    select ${p} || 'c' || ${f.pad("n", 7)}, ${quote(s.tenantId)}, ${p} || 'a' || ${f.pad("a", 6)},
      ${p} || 'o' || ${f.pad(`a % ${s.objectives}`, 4)}, '目的 ' || ${f.pad(`a % ${s.objectives}`, 4)} || ': 大手企業向けのCRMを拡大する',
      ${p} || 'user' || o || '@bench.example', '社員 ' || o, ${depName(d, `o % ${s.departments}`)},
      case when n % 10 < 7 then ${depName(d, `(o % ${s.departments} + 1 + n % 7) % ${s.departments}`)} else null end,
      ${phrase} || ' #' || n, ${f.day("k")}, '目的 ' || ${f.pad(`a % ${s.objectives}`, 4)} || ' に近づける',
      case when k < ${TODAY_DAY} then (case when h < 80 then 'done' when h < 88 then 'dropped' else 'open' end)
           else (case when h < 85 then 'open' when h < 97 then 'done' else 'dropped' end) end,
      null, ${p} || 'user' || o || '@bench.example',
      ${f.day(`k - 14 - n % 47`)} || 'T' || ${f.pad("n % 24", 2)} || ':00:00.000Z',
      ${f.day(`k - n % 10`)} || 'T' || ${f.pad("n % 24", 2)} || ':30:00.000Z'
    from base`;
}
