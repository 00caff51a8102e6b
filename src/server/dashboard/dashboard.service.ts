// Turns the grouped rows into the dashboard summary. PMO only: the numbers span the whole tenant.
import type { z } from "zod";
import type { DashboardQuery, DashboardSummary, DashboardTotals, DepartmentStatusCounts, ObjectiveSummary } from "../../core/api/dashboard-contract";
import { departmentKey } from "../../core/meeting/departments";
import { addDays, weekEndOf } from "../../core/text/zoned-time";
import type { Principal } from "../auth/principal";
import { todayUtc } from "../commitments/commitment-access";
import type { Db } from "../db/database";
import { forbidden } from "../http/http-error";
import { countOpenDue, type DashboardFilter, type DepartmentGroupRow } from "./dashboard.repository";
import { dashboardGroups, type DashboardGroups } from "./dashboard-sources";
import { bucketByWeek } from "../../core/dashboard/weeks";

export const ONLY_PMO_DASHBOARD = "Only PMOs can see the dashboard of every commitment in the organisation";

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function dashboardSummary(
  db: Db,
  principal: Principal,
  q: z.output<typeof DashboardQuery>,
  now: Date = new Date(),
): Promise<DashboardSummary> {
  if (!principal.isPmo) throw forbidden(ONLY_PMO_DASHBOARD);
  const base: DashboardFilter = {
    objectiveId: q.objective,
    department: q.department === "" ? undefined : q.department,
    text: q.q === undefined || q.q === "" ? undefined : q.q,
    dueFrom: q.dueFrom,
    dueTo: q.dueTo,
    today: q.today ?? todayUtc(now),
  };
  const parts = filterParts(base, q.status, q.overdue);
  const groups = await dashboardGroups(db, principal.tenantId, parts, base);
  // The strip counts every filter the table and the charts count, status and overdue included.
  return summaryFromGroups(groups, await totalsFrom(db, principal.tenantId, parts, groups.departments));
}

const earlier = (a: string, b: string | undefined) => (b !== undefined && b < a ? b : a);
const later = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a);

/**
 * The status and overdue filters as disjoint parts of one filter each: "overdue" is open with a
 * due date before today, its opposite is done or dropped, or open from today on. The rollups then
 * answer each part like any status and due range.
 */
export function filterParts(base: DashboardFilter, status: string | undefined, overdue: boolean | undefined): DashboardFilter[] {
  if (overdue === true) {
    if (status !== undefined && status !== "open") return [];
    return [{ ...base, statuses: ["open"], dueTo: earlier(addDays(base.today, -1), base.dueTo) }];
  }
  if (overdue === false) {
    const parts: DashboardFilter[] = [];
    if (status !== "open") parts.push({ ...base, statuses: status === undefined ? ["done", "dropped"] : [status] });
    if (status === undefined || status === "open") parts.push({ ...base, statuses: ["open"], dueFrom: later(base.today, base.dueFrom) });
    return parts;
  }
  return [status === undefined ? base : { ...base, statuses: [status] }];
}

/** The strip's numbers from the department groups of the filter's parts, plus this week's due count in them. */
async function totalsFrom(db: Db, tenantId: string, parts: readonly DashboardFilter[], groups: readonly DepartmentGroupRow[]): Promise<DashboardTotals> {
  const totals: DashboardTotals = { open: 0, overdue: 0, dueThisWeek: 0, done: 0, dropped: 0 };
  for (const g of groups) {
    if (g.status === "open") {
      totals.open += g.count;
      totals.overdue += g.overdue;
    } else if (g.status === "done") totals.done += g.count;
    else if (g.status === "dropped") totals.dropped += g.count;
  }
  // The parts are disjoint, so their counts add up; a part without open commitments has none due.
  const withOpen = parts.filter((f) => f.statuses === undefined || f.statuses.includes("open"));
  const due = await Promise.all(withOpen.map((f) => countOpenDue(db, tenantId, f, f.today, weekEndOf(f.today))));
  totals.dueThisWeek = due.reduce((n, d) => n + d, 0);
  return totals;
}

/** Sums the groups into the charts' numbers; the groups may repeat a key (rollup and day reads). */
export function summaryFromGroups(groups: DashboardGroups, totals: DashboardTotals): DashboardSummary {
  const { departments: departmentRows, days: dayRows, scores: scoreRows, objectives: objectiveRows } = groups;

  const departments = new Map<string, DepartmentStatusCounts>();
  for (const r of departmentRows) {
    const d = departments.get(r.from) ?? { department: r.from, open: 0, overdue: 0, done: 0, dropped: 0 };
    // "open" counts open commitments not yet overdue, so open + overdue stack to all open ones.
    if (r.status === "open") {
      d.open += r.count - r.overdue;
      d.overdue += r.overdue;
    } else if (r.status === "done") d.done += r.count;
    else if (r.status === "dropped") d.dropped += r.count;
    departments.set(r.from, d);
  }

  const cells = new Map<string, { from: string; to: string; total: number; done: number }>();
  for (const r of departmentRows) {
    // Helps no other department: not in the matrix (nor does a department helping itself count).
    if (r.to === null || r.to === "" || departmentKey(r.to) === departmentKey(r.from)) continue;
    const key = JSON.stringify([r.from, r.to]);
    const c = cells.get(key) ?? { from: r.from, to: r.to, total: 0, done: 0 };
    c.total += r.count;
    if (r.status === "done") c.done += r.count;
    cells.set(key, c);
  }

  const completionOverTime = bucketByWeek(
    dayRows,
    (r) => r.day,
    () => ({ created: 0, done: 0 }),
    (acc, r) => {
      acc.created += r.count;
      if (r.status === "done") acc.done += r.count;
    },
  ).map(([week, v]) => ({ week, ...v }));

  const purposeScoreOverTime = bucketByWeek(
    scoreRows,
    (r) => r.day,
    () => ({ sum: 0, meetings: 0 }),
    (acc, r) => {
      acc.sum += r.scoreSum;
      acc.meetings += r.meetings;
    },
  ).map(([week, v]) => ({ week, averageScore: Math.round((v.sum / Math.max(v.meetings, 1)) * 10) / 10, meetings: v.meetings }));

  const objectives = new Map<string, ObjectiveSummary>();
  for (const r of objectiveRows) {
    const key = r.objectiveId ?? "";
    const o = objectives.get(key) ?? { objectiveId: r.objectiveId, objectiveTitle: r.objectiveTitle, total: 0, done: 0, departments: [] };
    let d = o.departments.find((x) => x.department === r.department);
    if (!d) {
      d = { department: r.department, total: 0, done: 0 };
      o.departments.push(d);
    }
    o.total += r.count;
    d.total += r.count;
    if (r.status === "done") {
      o.done += r.count;
      d.done += r.count;
    }
    objectives.set(key, o);
  }
  const byObjective = [...objectives.values()]
    .map((o) => ({ ...o, departments: o.departments.sort((a, b) => byName(a.department, b.department)) }))
    .sort((a, b) => b.total - a.total || byName(a.objectiveTitle, b.objectiveTitle));

  return {
    totals,
    byDepartment: [...departments.values()].sort((a, b) => byName(a.department, b.department)),
    matrix: [...cells.values()].sort((a, b) => byName(a.from, b.from) || byName(a.to, b.to)),
    completionOverTime,
    purposeScoreOverTime,
    byObjective,
  };
}
