// Where each chart's groups are read from. The rollups answer whole months of due dates, for the
// whole tenant or one department; the commitments themselves answer what the rollups cannot: an
// objective filter (a few thousand rows through its index), and the days of a due filter that do
// not make whole months. Results are the same groups either way; the service sums them.
import { splitDueRange } from "../../core/dashboard/due-split";
import type { Db } from "../db/database";
import {
  countByCreatedDay,
  countByDepartments,
  countByObjective,
  purposeScoreByDay,
  type DashboardFilter,
  type DayGroupRow,
  type DepartmentGroupRow,
  type ObjectiveGroupRow,
  type ScoreDayRow,
} from "./dashboard.repository";
import { createdRollup, departmentRollup, objectiveRollup, objectiveTitles } from "./rollup.repository";

export interface DashboardGroups {
  departments: DepartmentGroupRow[];
  days: DayGroupRow[];
  scores: ScoreDayRow[];
  objectives: ObjectiveGroupRow[];
}

/** An objective or a search narrows to rows the rollups don't key by: those read the commitments. */
const readsRows = (f: DashboardFilter) => f.objectiveId !== undefined || f.text !== undefined;

export async function departmentGroups(db: Db, tenantId: string, f: DashboardFilter): Promise<DepartmentGroupRow[]> {
  if (readsRows(f)) return countByDepartments(db, tenantId, f);
  const todayMonth = f.today.slice(0, 7);
  // The current month is read by day: its open commitments turn overdue one day at a time.
  const split = splitDueRange(f.dueFrom, f.dueTo, todayMonth);
  const [whole, rest] = await Promise.all([
    split.months ? departmentRollup(db, tenantId, split.months, todayMonth, f.department, f.statuses) : [],
    split.days.length > 0 ? countByDepartments(db, tenantId, { ...f, dueDays: split.days }) : [],
  ]);
  return [...whole, ...rest];
}

async function dayGroups(db: Db, tenantId: string, f: DashboardFilter): Promise<DayGroupRow[]> {
  if (readsRows(f)) return countByCreatedDay(db, tenantId, f);
  const split = splitDueRange(f.dueFrom, f.dueTo);
  const [whole, rest] = await Promise.all([
    split.months ? createdRollup(db, tenantId, split.months, f.department, f.statuses) : [],
    split.days.length > 0 ? countByCreatedDay(db, tenantId, { ...f, dueDays: split.days }) : [],
  ]);
  return [...whole, ...rest];
}

async function objectiveGroups(db: Db, tenantId: string, f: DashboardFilter): Promise<ObjectiveGroupRow[]> {
  const split = !readsRows(f) ? splitDueRange(f.dueFrom, f.dueTo) : { months: null, days: [] };
  const fromTable = readsRows(f) ? f : split.days.length > 0 ? { ...f, dueDays: split.days } : undefined;
  const [whole, rest] = await Promise.all([
    split.months ? objectiveRollup(db, tenantId, split.months, f.department, f.statuses) : [],
    fromTable ? countByObjective(db, tenantId, fromTable) : [],
  ]);
  const groups = [...whole, ...rest];
  const titles = await objectiveTitles(db, tenantId, [...new Set(groups.map((g) => g.objectiveId ?? ""))]);
  return groups.map((g) => ({ ...g, objectiveTitle: titles.get(g.objectiveId ?? "") ?? "" }));
}

/**
 * The groups of every part of the filter (an "overdue" filter may be two disjoint parts, whose
 * groups add up), and the meetings' scores once: a score belongs to a meeting, not to a commitment.
 */
export async function dashboardGroups(db: Db, tenantId: string, parts: readonly DashboardFilter[], scoreFilter: DashboardFilter): Promise<DashboardGroups> {
  const [perPart, scores] = await Promise.all([
    Promise.all(parts.map((f) => Promise.all([departmentGroups(db, tenantId, f), dayGroups(db, tenantId, f), objectiveGroups(db, tenantId, f)]))),
    purposeScoreByDay(db, tenantId, scoreFilter),
  ]);
  return {
    departments: perPart.flatMap(([d]) => d),
    days: perPart.flatMap(([, d]) => d),
    scores,
    objectives: perPart.flatMap(([, , o]) => o),
  };
}
