// GET /api/dashboard/summary in memory: the same aggregates the server's GROUP BY queries give,
// computed from the fake's agendas and commitments (PMO only, strict query → 400 naming the filter).
import type { AgendaView, Commitment } from "../../core/api/contract";
import { DashboardQuery, type DashboardSummary, type ObjectiveSummary } from "../../core/api/dashboard-contract";
import { forbidden, parseOr400 } from "./fake-api-errors";
import type { FakeRequest } from "./fake-server";
import { mondayOf } from "../../core/dashboard/weeks";
import { departmentKey } from "../../core/meeting/departments";
import { weekEndOf } from "../../core/text/zoned-time";

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function bump<V>(map: Map<string, V>, key: string, empty: () => V): V {
  const value = map.get(key) ?? empty();
  map.set(key, value);
  return value;
}

export function summariseDashboard(views: readonly AgendaView[], q: ReturnType<typeof DashboardQuery.parse>, today: string): DashboardSummary {
  const department = q.department === "" ? undefined : q.department;
  const text = q.q?.toLowerCase();
  const scope = views
    .flatMap((v) => v.commitments)
    .filter(
      (c: Commitment) =>
        (q.objective === undefined || c.objectiveId === q.objective) &&
        (department === undefined || c.ownerDepartment === department || c.helpsDepartment === department) &&
        (q.dueFrom === undefined || c.dueDate >= q.dueFrom) &&
        (q.dueTo === undefined || c.dueDate <= q.dueTo) &&
        (!text || [c.action, c.servesObjective, c.ownerName, c.objectiveTitle].some((s) => s.toLowerCase().includes(text))),
    );
  const isOverdue = (c: Commitment) => c.status === "open" && c.dueDate < today;
  const commitments = scope.filter((c) => (q.status === undefined || c.status === q.status) && (q.overdue === undefined || q.overdue === isOverdue(c)));
  const weekEnd = weekEndOf(today);
  // The totals count every filter, status and overdue included, as the server's do.
  const totals = {
    open: commitments.filter((c) => c.status === "open").length,
    overdue: commitments.filter(isOverdue).length,
    dueThisWeek: commitments.filter((c) => c.status === "open" && c.dueDate >= today && c.dueDate <= weekEnd).length,
    done: commitments.filter((c) => c.status === "done").length,
    dropped: commitments.filter((c) => c.status === "dropped").length,
  };

  const departments = new Map<string, { department: string; open: number; overdue: number; done: number; dropped: number }>();
  const cells = new Map<string, { from: string; to: string; total: number; done: number }>();
  const weeks = new Map<string, { week: string; created: number; done: number }>();
  const objectives = new Map<string, ObjectiveSummary>();
  for (const c of commitments) {
    const done = c.status === "done" ? 1 : 0;
    const d = bump(departments, c.ownerDepartment, () => ({ department: c.ownerDepartment, open: 0, overdue: 0, done: 0, dropped: 0 }));
    if (c.status === "open") {
      if (c.dueDate < today) d.overdue += 1;
      else d.open += 1;
    } else d[c.status] += 1;
    if (c.helpsDepartment && departmentKey(c.helpsDepartment) !== departmentKey(c.ownerDepartment)) {
      const to = c.helpsDepartment;
      const cell = bump(cells, JSON.stringify([c.ownerDepartment, to]), () => ({ from: c.ownerDepartment, to, total: 0, done: 0 }));
      cell.total += 1;
      cell.done += done;
    }
    const week = mondayOf(c.createdAt);
    const w = bump(weeks, week, () => ({ week, created: 0, done: 0 }));
    w.created += 1;
    w.done += done;
    const o = bump(objectives, c.objectiveId ?? "", () => ({
      objectiveId: c.objectiveId,
      objectiveTitle: c.objectiveTitle,
      total: 0,
      done: 0,
      departments: [],
    }));
    o.total += 1;
    o.done += done;
    let od = o.departments.find((x) => x.department === c.ownerDepartment);
    if (!od) o.departments.push((od = { department: c.ownerDepartment, total: 0, done: 0 }));
    od.total += 1;
    od.done += done;
  }

  const scores = new Map<string, { sum: number; meetings: number }>();
  for (const { agenda } of views) {
    if (agenda.purposeScore === null || agenda.purposeScore === undefined) continue;
    if (q.objective !== undefined && agenda.objectiveId !== q.objective) continue;
    const s = bump(scores, mondayOf(agenda.startsAt ?? agenda.createdAt), () => ({ sum: 0, meetings: 0 }));
    s.sum += agenda.purposeScore;
    s.meetings += 1;
  }

  return {
    totals,
    byDepartment: [...departments.values()].sort((a, b) => byName(a.department, b.department)),
    matrix: [...cells.values()].sort((a, b) => byName(a.from, b.from) || byName(a.to, b.to)),
    completionOverTime: [...weeks.values()].sort((a, b) => byName(a.week, b.week)),
    purposeScoreOverTime: [...scores.entries()]
      .sort(([a], [b]) => byName(a, b))
      .map(([week, s]) => ({ week, averageScore: Math.round((s.sum / s.meetings) * 10) / 10, meetings: s.meetings })),
    byObjective: [...objectives.values()]
      .map((o) => ({ ...o, departments: o.departments.sort((a, b) => byName(a.department, b.department)) }))
      .sort((a, b) => b.total - a.total || byName(a.objectiveTitle, b.objectiveTitle)),
  };
}

export function dashboardHandlers({ store, me, nowIso }: FakeRequest) {
  return {
    dashboardSummary(input: DashboardQuery = {}): DashboardSummary {
      const q = parseOr400(DashboardQuery, input, "query");
      if (!me.isPmo) throw forbidden("Only PMOs can see the dashboard of every commitment in the organisation");
      return summariseDashboard([...store.views.values()], q, q.today ?? nowIso().slice(0, 10));
    },
  };
}
