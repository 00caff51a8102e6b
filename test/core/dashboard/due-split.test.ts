import { describe, expect, it } from "vitest";
import { lastDayOf, splitDueRange } from "../../../src/core/dashboard/due-split";

// Every day from a to b (inclusive) covered by the split, each exactly once.
function coveredDays(split: ReturnType<typeof splitDueRange>, lo: string, hi: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${lo}T00:00:00Z`); d.toISOString().slice(0, 10) <= hi; d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    const month = day.slice(0, 7);
    const m = split.months;
    const inMonths = m !== null && (m.from === undefined || month >= m.from) && (m.to === undefined || month <= m.to) && month !== m.except;
    const inDays = split.days.filter((r) => day >= r.from && day <= r.to).length;
    for (let i = 0; i < (inMonths ? 1 : 0) + inDays; i++) out.push(day);
  }
  return out;
}

describe("splitDueRange", () => {
  it("knows month ends, leap years included", () => {
    expect(lastDayOf("2028-02")).toBe("2028-02-29");
    expect(lastDayOf("2026-02")).toBe("2026-02-28");
    expect(lastDayOf("2026-12")).toBe("2026-12-31");
  });

  it("reads whole months from the rollups and the rest by day", () => {
    expect(splitDueRange("2026-10-01", "2026-12-31")).toEqual({ months: { from: "2026-10", to: "2026-12" }, days: [] });
    expect(splitDueRange("2026-10-15", "2026-12-10")).toEqual({
      months: { from: "2026-11", to: "2026-11" },
      days: [
        { from: "2026-10-15", to: "2026-10-31" },
        { from: "2026-12-01", to: "2026-12-10" },
      ],
    });
    expect(splitDueRange("2026-10-15", "2026-10-20")).toEqual({ months: null, days: [{ from: "2026-10-15", to: "2026-10-20" }] });
    expect(splitDueRange(undefined, undefined, "2026-11")).toEqual({
      months: { from: undefined, to: undefined, except: "2026-11" },
      days: [{ from: "2026-11-01", to: "2026-11-30" }],
    });
    expect(splitDueRange("2026-12-01", "2026-11-01")).toEqual({ months: null, days: [] });
  });

  it("covers every day of the filter exactly once, and no other day", () => {
    const days = ["2026-01-01", "2026-01-31", "2026-02-01", "2026-02-15", "2026-02-28", "2026-03-01", "2026-03-31", "2026-04-10"];
    for (const from of [undefined, ...days]) {
      for (const to of [undefined, ...days]) {
        for (const pivot of [undefined, "2026-02", "2026-03", "2025-12"]) {
          const split = splitDueRange(from, to, pivot);
          const lo = "2025-11-01";
          const hi = "2026-05-31";
          const expected = coveredDays({ months: { from: undefined, to: undefined }, days: [] }, lo, hi).filter(
            (d) => (from === undefined || d >= from) && (to === undefined || d <= to),
          );
          expect(coveredDays(split, lo, hi), `${from}..${to} pivot ${pivot}`).toEqual(expected);
          // The pivot month is never read from the rollups.
          const m = split.months;
          if (pivot !== undefined && m !== null) {
            const inRange = (m.from === undefined || pivot >= m.from) && (m.to === undefined || pivot <= m.to);
            expect(inRange && m.except !== pivot, `${from}..${to} pivot ${pivot}`).toBe(false);
          }
        }
      }
    }
  });
});
