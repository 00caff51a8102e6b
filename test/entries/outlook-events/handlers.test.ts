// The event handlers end to end over a mock Office.js: each event is completed exactly once, with
// the decision's outcome, and with allowEvent: true whenever anything fails.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { DirectoryEntry } from "../../../src/core/api/contract";
import { createEventHandlers, EVENT_ACTION_IDS } from "../../../src/entries/outlook-events/handlers";
import { associateEventHandlers, createItemNotifications, type OfficeEventsLike } from "../../../src/platform/office/office-events";
import { createOfficeMeetingItem } from "../../../src/platform/office/office-meeting-item";
import { SignInRequiredError } from "../../../src/platform/ports";
import { createOfficeMock, type MockState } from "../../platform/office/office-mock";

const DEPTS: Record<string, string> = {
  "hanako.sato@contoso.example": "営業部",
  "misaki.tanaka@contoso.example": "営業部",
  "ichiro.suzuki@contoso.example": "企画部",
};
const AGENDA_BODY = `<html><body><div><p>━━ Common Purpose agenda ━━</p><p>1. Shared objective</p><p><a href="https://p.example/agenda/agd_1">Open the live agenda</a></p><p>━━ Common Purpose: end of agenda ━━</p></div></body></html>`;
const TEAMS_BODY = readFileSync(path.join(process.cwd(), "test/fixtures/outlook-bodies/owa-teams-legacy-link.html"), "utf8");

type Resolve = (emails: readonly string[]) => Promise<DirectoryEntry[]>;
const directory: Resolve = async (emails) => emails.map((email) => ({ email, name: "", department: DEPTS[email] ?? "" }));

function setup(init: Partial<MockState> = {}, resolve: Resolve | null = directory) {
  const { office, state } = createOfficeMock({
    body: TEAMS_BODY,
    displayLanguage: "en-US",
    required: [
      { emailAddress: "misaki.tanaka@contoso.example", displayName: "Misaki" },
      { emailAddress: "ichiro.suzuki@contoso.example", displayName: "Ichiro" },
    ],
    ...init,
  });
  const registered = new Map<string, (event: { completed(o?: unknown): void }) => unknown>();
  const events = Object.assign(office, {
    actions: { associate: (id: string, fn: (event: { completed(o?: unknown): void }) => unknown) => void registered.set(id, fn) },
    MailboxEnums: {
      SendModeOverride: { PromptUser: "promptUser" },
      ItemNotificationMessageType: { InsightMessage: "insightMessage" },
      ActionType: { ShowTaskPane: "showTaskPane" },
    },
  }) as unknown as OfficeEventsLike & typeof office;
  const errors: unknown[] = [];
  associateEventHandlers(
    events,
    createEventHandlers({
      item: createOfficeMeetingItem(events),
      notifications: createItemNotifications(events),
      resolveDepartments: resolve,
    }),
    (_id, error) => errors.push(error),
  );
  const fire = async (actionId: string) => {
    const completed = vi.fn();
    await registered.get(actionId)!({ completed });
    return completed;
  };
  return { state, registered, fire, errors };
}

describe("outlook-events handlers", () => {
  it("registers the three agreed action ids", () => {
    expect([...setup().registered.keys()].sort()).toEqual(["onAppointmentOpened", "onAppointmentSending", "onAttendeesChanged"]);
  });

  it.each([EVENT_ACTION_IDS.opened, EVENT_ACTION_IDS.attendeesChanged])(
    "%s shows the InsightMessage with a ShowTaskPane action for a cross-department meeting without agenda",
    async (actionId) => {
      const { state, fire } = setup();
      const completed = await fire(actionId);
      expect(completed).toHaveBeenCalledTimes(1);
      expect(state.notifications.commonPurposeInsight).toMatchObject({
        type: "insightMessage",
        message: "This meeting spans 2 departments — start from the shared objective",
        actions: [{ actionType: "showTaskPane", actionText: "Open Common Purpose", commandId: "openCommonPurposePane" }],
      });
    },
  );

  it("removes the insight once the body has the agenda", async () => {
    const { state, fire } = setup({ notifications: { commonPurposeInsight: { message: "old" } }, body: AGENDA_BODY });
    const completed = await fire("onAttendeesChanged");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(state.notifications).toEqual({});
  });

  it("speaks Japanese in a Japanese Outlook", async () => {
    const { state, fire } = setup({ displayLanguage: "ja-JP" });
    await fire("onAppointmentOpened");
    expect(state.notifications.commonPurposeInsight?.message).toBe("この会議は 2 部門にまたがっています — 共通の目的から始めましょう");
  });

  it("blocks sending with a prompt that opens the task pane when there is no shared objective", async () => {
    const { fire } = setup();
    const completed = await fire("onAppointmentSending");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({
      allowEvent: false,
      errorMessage: expect.stringContaining("spans 2 departments"),
      cancelLabel: "Open Common Purpose",
      commandId: "openCommonPurposePane",
      sendModeOverride: "promptUser",
    });
  });

  it("allows sending once the meeting has its agenda (body block or stored agenda id)", async () => {
    expect(await setup({ body: AGENDA_BODY }).fire("onAppointmentSending")).toHaveBeenCalledWith({ allowEvent: true });
    expect(await setup({ props: { agendaId: "agd_1" } }).fire("onAppointmentSending")).toHaveBeenCalledWith({ allowEvent: true });
  });

  it("allows a single-department meeting and shows no insight", async () => {
    const single = { required: [{ emailAddress: "misaki.tanaka@contoso.example", displayName: "Misaki" }] };
    expect(await setup(single).fire("onAppointmentSending")).toHaveBeenCalledWith({ allowEvent: true });
    const { state, fire } = setup(single);
    expect(await fire("onAppointmentOpened")).toHaveBeenCalledTimes(1);
    expect(state.notifications).toEqual({});
  });

  it("without a way to reach the directory: no nudge, never blocks", async () => {
    const { state, fire } = setup({}, null);
    expect(await fire("onAppointmentOpened")).toHaveBeenCalledTimes(1);
    expect(state.notifications).toEqual({});
    expect(await fire("onAppointmentSending")).toHaveBeenCalledWith({ allowEvent: true });
  });

  it("without a token, decides from the item alone: a meeting of 3+ attendees and no agenda gets the gentler nudge", async () => {
    const noToken: Resolve = async () => {
      throw new SignInRequiredError("This Outlook has no nested app authentication (NestedAppAuth 1.1)");
    };
    const three = {
      required: [
        { emailAddress: "misaki.tanaka@contoso.example", displayName: "Misaki" },
        { emailAddress: "ichiro.suzuki@contoso.example", displayName: "Ichiro" },
        // The organizer listed among the attendees is not counted.
        { emailAddress: "hanako.sato@contoso.example", displayName: "Hanako" },
      ],
      optional: [{ emailAddress: "Jiro.Yamada@contoso.example", displayName: "Jiro" }],
    };
    const { state, fire, errors } = setup(three, noToken);
    expect(await fire("onAppointmentOpened")).toHaveBeenCalledWith({ allowEvent: true });
    expect(state.notifications.commonPurposeInsight).toMatchObject({
      message: "3 attendees and no shared objective yet — if departments meet, start from the objective you share",
      actions: [{ actionType: "showTaskPane", commandId: "openCommonPurposePane" }],
    });
    expect(await fire("onAppointmentSending")).toHaveBeenCalledWith({ allowEvent: true });
    expect(errors).toEqual([]);
    // Two attendees: too little to go on.
    const small = setup({}, noToken);
    await small.fire("onAppointmentOpened");
    expect(small.state.notifications).toEqual({});
    // A saved agenda: nothing to suggest.
    const saved = setup({ ...three, props: { agendaId: "agd_1" } }, noToken);
    await saved.fire("onAttendeesChanged");
    expect(saved.state.notifications).toEqual({});
  });

  it("a failing directory lookup never blocks sending", async () => {
    const { fire } = setup({}, async () => {
      throw new Error("401");
    });
    const completed = await fire("onAppointmentSending");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  it.each(["getTypeAsync", "getAsync", "loadCustomPropertiesAsync"])("completes once with allowEvent: true when %s fails", async (method) => {
    for (const actionId of Object.values(EVENT_ACTION_IDS)) {
      const { fire, errors } = setup({ failures: { [method]: { name: "GenericError", message: "boom", code: 9020 } } });
      const completed = await fire(actionId);
      expect(completed).toHaveBeenCalledTimes(1);
      expect(completed).toHaveBeenCalledWith({ allowEvent: true });
      expect(errors).toHaveLength(1);
    }
  });

  it("completes once when showing the insight fails", async () => {
    const { fire, errors } = setup({ failures: { replaceAsync: { name: "GenericError", message: "no", code: 9020 } } });
    const completed = await fire("onAppointmentOpened");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(errors).toHaveLength(1);
  });

  it("survives a completed() that throws", async () => {
    const { registered, errors } = setup();
    const completed = vi.fn(() => {
      throw new Error("already completed");
    });
    await registered.get("onAppointmentSending")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(errors).toHaveLength(1);
  });
});
