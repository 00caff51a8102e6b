import { describe, expect, it } from "vitest";
import { parseTeamsThreadId } from "../../../src/core/meeting/teams-link";
import { SAMPLE_BODY, SAMPLE_TEXT_BODY, withFreshMeetingId } from "../../../src/entries/preview/sample-body";

describe("withFreshMeetingId", () => {
  it("gives each preview meeting a Teams thread of its own, in the HTML and the text body", () => {
    for (const body of [SAMPLE_BODY, SAMPLE_TEXT_BODY]) {
      const original = parseTeamsThreadId(body);
      const a = parseTeamsThreadId(withFreshMeetingId(body, "4b1e8d2c-1f0a-4c3e-9a6b-2d7f5e8c1a90"));
      const b = parseTeamsThreadId(withFreshMeetingId(body));
      expect(original).toMatch(/^19:meeting_.+@thread\.v2$/);
      expect(a).toBe("19:meeting_NGIxZThkMmMtMWYwYS00YzNlLTlhNmItMmQ3ZjVlOGMxYTkw@thread.v2");
      expect(b).not.toBe(original);
      expect(b).not.toBe(a);
    }
  });

  it("changes nothing but the meeting id", () => {
    const fresh = withFreshMeetingId(SAMPLE_BODY, "4b1e8d2c-1f0a-4c3e-9a6b-2d7f5e8c1a90");
    expect(fresh.split("NGIxZThkMmMtMWYwYS00YzNlLTlhNmItMmQ3ZjVlOGMxYTkw").join("NDk5YjE2ZjAtYTI4Ny00ZWM0LWI3MjctZjc5NzQ2NGNlOGM0")).toBe(SAMPLE_BODY);
  });
});
