import { describe, expect, it } from "vitest";
import { tabViewFor } from "../../../src/entries/teams-meeting-tab/tab-view";

describe("tab view", () => {
  it("shows my commitments for the personal tab's ?view=mine", () => {
    expect(tabViewFor("mine", null)).toBe("mine");
    expect(tabViewFor("mine", "content")).toBe("mine");
  });

  it("shows the stage for ?view=stage and in Teams' meetingStage frame", () => {
    expect(tabViewFor("stage", null)).toBe("stage");
    expect(tabViewFor(null, "meetingStage")).toBe("stage");
  });

  it("shows the meeting tab otherwise", () => {
    expect(tabViewFor(null, null)).toBe("meeting");
    expect(tabViewFor(null, "sidePanel")).toBe("meeting");
    expect(tabViewFor("something", "content")).toBe("meeting");
  });
});
