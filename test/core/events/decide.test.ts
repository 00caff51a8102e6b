import { describe, expect, it } from "vitest";
import { EVENT_STRINGS } from "../../../src/core/events/event-messages";
import {
  OPEN_PANE_COMMAND_ID,
  decide,
  decideNudge,
  decideSend,
  departmentCount,
  LOCAL_NUDGE_MIN_ATTENDEES,
  type MeetingSignals,
} from "../../../src/core/events/decide";

const signals = (over: Partial<MeetingSignals> = {}): MeetingSignals => ({
  departments: ["営業部", "企画部", "営業部"],
  bodyHasAgenda: false,
  agendaId: null,
  hasObjective: false,
  attendeeCount: 2,
  lang: "en",
  ...over,
});

describe("departmentCount", () => {
  it("counts distinct known departments, NFKC- and case-insensitively, ignoring unknown ones", () => {
    expect(departmentCount(signals({ departments: ["Sales", "sales ", "ＩＴ部", "IT部", ""] }))).toBe(2);
    expect(departmentCount(signals({ departments: [] }))).toBe(0);
    expect(departmentCount(signals({ departments: "unknown" }))).toBeNull();
  });
});

describe("decideNudge (appointmentOrganizerOpened, appointmentAttendeesChanged)", () => {
  it("shows the insight in English when attendees span two or more departments and the body has no agenda", () => {
    expect(decideNudge(signals())).toEqual({
      kind: "insight",
      message: "This meeting spans 2 departments — start from the shared objective",
      actionText: "Open Common Purpose",
      commandId: "openCommonPurposePane",
    });
  });

  it("says it in Japanese for a Japanese Outlook", () => {
    const d = decideNudge(signals({ lang: "ja", departments: ["営業部", "企画部", "技術部"] }));
    expect(d).toMatchObject({ kind: "insight", message: "この会議は 3 部門にまたがっています — 共通の目的から始めましょう", actionText: "Common Purpose を開く" });
  });

  it("stays quiet when the body already has the agenda", () => {
    expect(decideNudge(signals({ bodyHasAgenda: true }))).toEqual({ kind: "none" });
  });

  it("stays quiet for a single-department meeting, counting unknown people as no department", () => {
    expect(decideNudge(signals({ departments: ["営業部", "", "営業部"] }))).toEqual({ kind: "none" });
    expect(decideNudge(signals({ departments: [] }))).toEqual({ kind: "none" });
  });

  it("stays quiet when the departments could not be looked up and the meeting is small", () => {
    expect(decideNudge(signals({ departments: "unknown", attendeeCount: LOCAL_NUDGE_MIN_ATTENDEES - 1 }))).toEqual({ kind: "none" });
  });

  it("without the departments, nudges a larger meeting from the item alone, without claiming departments", () => {
    const big = signals({ departments: "unknown", attendeeCount: LOCAL_NUDGE_MIN_ATTENDEES });
    expect(decideNudge(big)).toEqual({
      kind: "insight",
      message: `${LOCAL_NUDGE_MIN_ATTENDEES} attendees and no shared objective yet — if departments meet, start from the objective you share`,
      actionText: "Open Common Purpose",
      commandId: OPEN_PANE_COMMAND_ID,
    });
    expect(decideNudge({ ...big, lang: "ja" })).toMatchObject({ message: `参加者 ${LOCAL_NUDGE_MIN_ATTENDEES} 人の会議にまだ共通の目的がありません — 複数の部門が集まるなら、共通の目的から始めましょう` });
    // An agenda in the body or a saved agenda: nothing to suggest.
    expect(decideNudge({ ...big, bodyHasAgenda: true })).toEqual({ kind: "none" });
    expect(decideNudge({ ...big, agendaId: "agd_1" })).toEqual({ kind: "none" });
    // Sending is never held back on a guess.
    expect(decideSend({ ...big, attendeeCount: 40 })).toEqual({ kind: "allow" });
    for (const lang of ["ja", "en"] as const) expect(EVENT_STRINGS[lang].insightUnknownDepartments(9999).length).toBeLessThanOrEqual(150);
  });

  it("keeps within Outlook's length limits (150 message, 30 action text) in both languages", () => {
    for (const lang of ["ja", "en"] as const) {
      const d = decideNudge(signals({ lang, departments: Array.from({ length: 50 }, (_, i) => `D${i}`) }));
      if (d.kind !== "insight") throw new Error("expected an insight");
      expect(d.message.length).toBeLessThanOrEqual(150);
      expect(d.actionText.length).toBeLessThanOrEqual(30);
    }
  });
});

describe("decideSend (appointmentSending)", () => {
  it("blocks with a prompt that opens the task pane when a cross-department meeting has no objective", () => {
    expect(decideSend(signals())).toEqual({
      kind: "block",
      errorMessage: EVENT_STRINGS.en.sendBlocked(2),
      cancelLabel: "Open Common Purpose",
      commandId: OPEN_PANE_COMMAND_ID,
      sendModeOverride: "promptUser",
    });
    expect(decideSend(signals({ lang: "ja" }))).toMatchObject({ kind: "block", cancelLabel: "Common Purpose を開く" });
  });

  it("allows a meeting with a shared objective", () => {
    expect(decideSend(signals({ hasObjective: true, agendaId: "agd_1" }))).toEqual({ kind: "allow" });
  });

  it("allows a meeting whose body holds the agenda", () => {
    expect(decideSend(signals({ bodyHasAgenda: true }))).toEqual({ kind: "allow" });
  });

  it("allows a single-department meeting", () => {
    expect(decideSend(signals({ departments: ["営業部", ""] }))).toEqual({ kind: "allow" });
  });

  it("never blocks when the departments are unknown", () => {
    expect(decideSend(signals({ departments: "unknown" }))).toEqual({ kind: "allow" });
  });

  it("keeps the cancel label within 20 characters and the message within 500", () => {
    for (const lang of ["ja", "en"] as const) {
      const d = decideSend(signals({ lang }));
      if (d.kind !== "block") throw new Error("expected a block");
      expect(d.cancelLabel.length).toBeLessThanOrEqual(20);
      expect(d.errorMessage.length).toBeLessThanOrEqual(500);
    }
  });
});

describe("decide", () => {
  it("routes the three events to their decision", () => {
    expect(decide("opened", signals()).kind).toBe("insight");
    expect(decide("attendeesChanged", signals({ bodyHasAgenda: true })).kind).toBe("none");
    expect(decide("sending", signals()).kind).toBe("block");
  });
});
