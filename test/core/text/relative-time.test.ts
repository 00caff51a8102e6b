import { describe, expect, it } from "vitest";
import { initialsOf } from "../../../src/core/text/initials";
import { formatRelativeTime, formatWaitingSince } from "../../../src/core/text/relative-time";

const now = new Date(2026, 11, 10, 12, 0, 0);
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe("relative time", () => {
  it.each([
    [0, "たった今", "just now"],
    [-5_000, "たった今", "just now"], // a clock slightly ahead of the server's
    [3 * 60_000, "3分前", "3 min ago"],
    [5 * 3_600_000, "5時間前", "5 h ago"],
    [26 * 3_600_000, "1日前", "yesterday"],
    [3 * 86_400_000, "3日前", "3 days ago"],
  ])("%i ms ago reads %s / %s", (ms, ja, en) => {
    expect(formatRelativeTime(ago(ms), now, "ja")).toBe(ja);
    expect(formatRelativeTime(ago(ms), now, "en")).toBe(en);
  });

  it("gives the date in the language's one date format past a week", () => {
    const at = new Date(2026, 10, 20, 9, 30).toISOString();
    expect(formatRelativeTime(at, now, "ja")).toBe("2026/11/20");
    expect(formatRelativeTime(at, now, "en")).toBe("Nov 20, 2026");
  });

  it("returns what it cannot read unchanged", () => {
    expect(formatRelativeTime("soon", now, "en")).toBe("soon");
  });
});

describe("initials", () => {
  it.each([
    ["佐藤 花子", "", "佐藤"],
    ["佐藤　花子", "", "佐藤"],
    ["Misaki Tanaka", "", "MT"],
    ["jean-luc picard de la barre", "", "JB"],
    ["", "ken.takahashi@contoso.example", "K"],
    ["", "", "?"],
  ])("%s / %s → %s", (name, email, expected) => {
    expect(initialsOf(name, email)).toBe(expected);
  });
});

describe("waiting since", () => {
  it.each([
    [new Date(2026, 11, 10, 0, 5), "今日から", "since today"],
    [new Date(2026, 11, 10, 13, 0), "今日から", "since today"], // a clock slightly ahead of the server's
    [new Date(2026, 11, 9, 23, 50), "昨日から", "since yesterday"], // by calendar day, not 24 hours
    [new Date(2026, 11, 7, 12, 0), "3日前から", "for 3 days"],
    [new Date(2026, 10, 20, 9, 30), "20日前から", "for 20 days"],
  ])("%s reads %s / %s", (at, ja, en) => {
    expect(formatWaitingSince(at.toISOString(), now, "ja")).toBe(ja);
    expect(formatWaitingSince(at.toISOString(), now, "en")).toBe(en);
  });

  it("returns what it cannot read unchanged", () => {
    expect(formatWaitingSince("soon", now, "ja")).toBe("soon");
  });
});
