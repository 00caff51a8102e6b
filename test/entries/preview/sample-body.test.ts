import { describe, expect, it } from "vitest";
import { parseTeamsThreadId } from "../../../src/core/meeting/teams-link";
import { SAMPLE_BODY, SAMPLE_TEXT_BODY, sampleBody, withFreshMeetingId } from "../../../src/entries/preview/sample-body";

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

describe("sampleBody", () => {
  it("speaks the preview's language: a Japanese preview's meeting has a Japanese body and Teams block", () => {
    for (const format of ["html", "text"] as const) {
      const ja = sampleBody(format, "ja");
      expect(ja).toContain("大手企業向け CRM 推進の次の進め方をすり合わせましょう。");
      expect(ja).toContain("Microsoft Teams 会議");
      expect(ja).toContain("ここをクリックして会議に参加してください");
      expect(ja).not.toMatch(/Let's align|Microsoft Teams meeting|Click here|Passcode|Meeting options/);
      // The same meeting: its Teams thread is found as in the English body.
      expect(parseTeamsThreadId(ja)).toBe(parseTeamsThreadId(format === "html" ? SAMPLE_BODY : SAMPLE_TEXT_BODY));
      expect(parseTeamsThreadId(withFreshMeetingId(ja, "4b1e8d2c-1f0a-4c3e-9a6b-2d7f5e8c1a90"))).toBe("19:meeting_NGIxZThkMmMtMWYwYS00YzNlLTlhNmItMmQ3ZjVlOGMxYTkw@thread.v2");
    }
    expect(sampleBody("html", "en")).toBe(SAMPLE_BODY);
    expect(sampleBody("text", "en")).toBe(SAMPLE_TEXT_BODY);
  });
});
