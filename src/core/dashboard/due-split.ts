// Splits a due-date filter into whole months, which the dashboard reads from its monthly rollups,
// and the leftover days, which it reads from the commitments themselves. A pivot month (the
// current one, where "overdue" changes from one day to the next) is always read day by day.

/** Inclusive YYYY-MM-DD bounds. */
export interface DayRange {
  from: string;
  to: string;
}

/** Inclusive YYYY-MM bounds; a missing bound is open. `except` is left out of the range. */
export interface MonthRange {
  from?: string;
  to?: string;
  except?: string;
}

export interface DueSplit {
  /** Null when no whole month lies inside the filter. */
  months: MonthRange | null;
  days: DayRange[];
}

const monthOf = (day: string) => day.slice(0, 7);

function shiftMonth(month: string, by: number): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

export const firstDayOf = (month: string) => `${month}-01`;

export function lastDayOf(month: string): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10);
}

const max = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a);
const min = (a: string, b: string | undefined) => (b !== undefined && b < a ? b : a);

export function splitDueRange(dueFrom?: string, dueTo?: string, pivotMonth?: string): DueSplit {
  if (dueFrom !== undefined && dueTo !== undefined && dueFrom > dueTo) return { months: null, days: [] };
  const days: DayRange[] = [];
  let fromMonth: string | undefined;
  let toMonth: string | undefined;
  if (dueFrom !== undefined) {
    const m = monthOf(dueFrom);
    if (dueFrom === firstDayOf(m)) fromMonth = m;
    else {
      fromMonth = shiftMonth(m, 1);
      days.push({ from: dueFrom, to: min(lastDayOf(m), dueTo) });
    }
  }
  if (dueTo !== undefined) {
    const m = monthOf(dueTo);
    if (dueTo === lastDayOf(m)) toMonth = m;
    else {
      toMonth = shiftMonth(m, -1);
      const edge = { from: max(firstDayOf(m), dueFrom), to: dueTo };
      // Both ends inside one month: the left edge already is the whole filter.
      if (!days.some((d) => d.from === edge.from && d.to === edge.to)) days.push(edge);
    }
  }
  if (fromMonth !== undefined && toMonth !== undefined && fromMonth > toMonth) return { months: null, days };
  const months: MonthRange = { from: fromMonth, to: toMonth };
  const inside = (m: string) => (fromMonth === undefined || m >= fromMonth) && (toMonth === undefined || m <= toMonth);
  if (pivotMonth !== undefined && inside(pivotMonth)) {
    months.except = pivotMonth;
    days.push({ from: firstDayOf(pivotMonth), to: lastDayOf(pivotMonth) });
  }
  return { months, days };
}
