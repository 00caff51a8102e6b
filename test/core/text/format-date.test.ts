import { describe, expect, it } from "vitest";
import { formatDate } from "../../../src/core/text/format-date";

describe("formatDate", () => {
  it("writes one format per language", () => {
    expect(formatDate("2026-12-01", "ja")).toBe("2026/12/01");
    expect(formatDate("2026-12-01", "en")).toBe("Dec 1, 2026");
    expect(formatDate("2027-01-31", "en")).toBe("Jan 31, 2027");
  });

  it("returns what is not an ISO calendar date unchanged", () => {
    expect(formatDate("", "ja")).toBe("");
    expect(formatDate("2026-13-01", "en")).toBe("2026-13-01");
    expect(formatDate("来週", "ja")).toBe("来週");
  });
});
