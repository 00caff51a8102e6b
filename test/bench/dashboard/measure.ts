// What the dashboard bench measures, through the real HTTP layer (Fastify's app.inject on the
// whole app: auth, validation, service, repository): the table's first page under typical
// filters and sorts, and the summary endpoint that feeds the charts.
import type { BenchRow } from "../bench-row";
import type { TestApp } from "../../server/api-helper";
import { BIG } from "./seed";
import { BENCH_TODAY, SEARCH_WORD, departmentName, objectiveId, ownerEmail } from "./seed-sql";
import { ms, percentile, sample, type Samples } from "./timing";

const FIRST_PAGE_GOAL = 50;
const SUMMARY_GOAL = 250;
const enc = encodeURIComponent;
const dep = (i: number) => enc(departmentName((i * 7) % BIG.departments));
const obj = (i: number) => objectiveId(BIG, (i * 11) % BIG.objectives);
const owner = (i: number) => enc(ownerEmail(BIG, (i * 13) % BIG.owners));
const month = (i: number) => `2026-${String(1 + (i % 12)).padStart(2, "0")}`;
const range = (i: number) => `dueFrom=${month(i)}-01&dueTo=${month(i)}-28`;

/** Typical table queries: the dashboard's filters one by one, combined, and the sortable columns. */
export const FIRST_PAGE_QUERIES: readonly [string, (i: number) => string][] = [
  ["no filter (due date order)", () => ""],
  ["status=open", () => "status=open"],
  ["department=X (owner's or helped)", (i) => `department=${dep(i)}`],
  ["overdue=true", () => `overdue=true&today=${BENCH_TODAY}`],
  ["objective=Y", (i) => `objective=${obj(i)}`],
  ["owner=Z", (i) => `owner=${owner(i)}`],
  [`q=${SEARCH_WORD} (1 row in 10)`, () => `q=${enc(SEARCH_WORD)}`],
  ["q=an owner's name (社員 N: 200 to 22,200 rows)", (i) => `q=${enc(`社員 ${(i * 13) % BIG.owners}`)}`],
  ["due range (a month)", (i) => range(i)],
  ["status=open&department=X&due range", (i) => `status=open&department=${dep(i)}&${range(i)}`],
  ["overdue&department=X", (i) => `overdue=true&today=${BENCH_TODAY}&department=${dep(i)}`],
  ["sort=-updated", () => "sort=-updated"],
  ["sort=owner", () => "sort=owner"],
  ["sort=department", () => "sort=department"],
  ["sort=-status", () => "sort=-status"],
  ["status=open&sort=owner", () => "status=open&sort=owner"],
];

export const SUMMARY_QUERIES: readonly [string, (i: number) => string][] = [
  ["whole tenant", () => ""],
  ["department=X", (i) => `department=${dep(i)}`],
  ["objective=Y", (i) => `objective=${obj(i)}`],
  ["due range (a quarter)", () => "dueFrom=2026-10-01&dueTo=2026-12-31"],
  ["due range (days, not whole months)", (i) => `dueFrom=2026-0${1 + (i % 5)}-10&dueTo=2026-0${5 + (i % 5)}-20`],
  ["department=X&due range (a quarter)", (i) => `department=${dep(i)}&dueFrom=2026-10-01&dueTo=2026-12-31`],
  ["objective=Y&due range (a quarter)", (i) => `objective=${obj(i)}&dueFrom=2026-10-01&dueTo=2026-12-31`],
];

/** How the rows name their query, so a row over its goal can be traced back to it (its plan). */
export const FIRST_PAGE_PREFIX = "first page p95: ";
export const SUMMARY_PREFIX = "summary p95: ";

/** "wall p95 (cpu p95)": the CPU figure shows the cost when other processes share the cores. */
const both = (p95: number, s: Samples) => `${ms(p95)} (cpu ${ms(percentile(s.cpu, 95))})`;

async function get(t: TestApp, token: string, url: string): Promise<void> {
  const res = await t.app.inject({ method: "GET", url, headers: { authorization: `Bearer ${token}` } });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
}

export async function measureFirstPages(t: TestApp, token: string, section: string, runs = 30): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [name, query] of FIRST_PAGE_QUERIES) {
    const times = await sample(runs, (i) => get(t, token, `/api/commitments?limit=50&${query(i)}`));
    const p95 = percentile(times.wall, 95);
    rows.push({ section, measure: `${FIRST_PAGE_PREFIX}${name}`, value: both(p95, times), goal: `≤ ${FIRST_PAGE_GOAL} ms`, ok: p95 <= FIRST_PAGE_GOAL });
  }
  return rows;
}

export async function measureSummaries(t: TestApp, token: string, section: string, runs = 5): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [name, query] of SUMMARY_QUERIES) {
    const times = await sample(runs, (i) => get(t, token, `/api/dashboard/summary?today=${BENCH_TODAY}&${query(i)}`), 1);
    const p95 = percentile(times.wall, 95);
    rows.push({ section, measure: `${SUMMARY_PREFIX}${name}`, value: both(p95, times), goal: `≤ ${SUMMARY_GOAL} ms`, ok: p95 <= SUMMARY_GOAL });
  }
  return rows;
}
