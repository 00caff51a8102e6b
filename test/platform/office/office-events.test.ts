import { describe, expect, it, vi } from "vitest";
import { createEventsDirectory } from "../../../src/platform/office/events-directory";
import { createItemNotifications, runEventHandler, type OfficeEventsLike } from "../../../src/platform/office/office-events";
import { createOfficeMock } from "./office-mock";

const officeWith = (init: Parameters<typeof createOfficeMock>[0] = {}) => {
  const { office, state } = createOfficeMock(init);
  return { office: Object.assign(office, { actions: { associate: vi.fn() } }) as unknown as OfficeEventsLike, state };
};

describe("runEventHandler", () => {
  it("completes with the handler's outcome, mapping promptUser to Office's enum", async () => {
    const { office } = officeWith();
    Object.assign(office, { MailboxEnums: { SendModeOverride: { PromptUser: "promptUser-enum" } } });
    const completed = vi.fn();
    await runEventHandler(office, "onAppointmentSending", { completed }, async () => ({
      allowEvent: false,
      errorMessage: "m",
      cancelLabel: "c",
      commandId: "openCommonPurposePane",
      sendModeOverride: "promptUser",
    }));
    expect(completed).toHaveBeenCalledExactlyOnceWith({
      allowEvent: false,
      errorMessage: "m",
      cancelLabel: "c",
      commandId: "openCommonPurposePane",
      sendModeOverride: "promptUser-enum",
    });
  });

  it("completes with allowEvent: true when the handler returns nothing, throws, or rejects", async () => {
    const { office } = officeWith();
    const log = vi.fn();
    for (const handler of [async () => undefined, () => Promise.reject(new Error("x")), () => { throw new Error("sync"); }]) {
      const completed = vi.fn();
      await runEventHandler(office, "a", { completed }, handler as () => Promise<void>, log);
      expect(completed).toHaveBeenCalledExactlyOnceWith({ allowEvent: true });
    }
    expect(log).toHaveBeenCalledTimes(2);
  });
});

describe("item notifications", () => {
  it("replaces one InsightMessage with a ShowTaskPane action, and removes it", async () => {
    const { office, state } = officeWith();
    const n = createItemNotifications(office);
    await n.showInsight({ message: "m1", actionText: "Open", commandId: "openCommonPurposePane" });
    await n.showInsight({ message: "m2", actionText: "Open", commandId: "openCommonPurposePane" });
    expect(Object.keys(state.notifications)).toEqual(["commonPurposeInsight"]);
    expect(state.notifications.commonPurposeInsight).toMatchObject({
      type: "insightMessage",
      message: "m2",
      actions: [{ actionType: "showTaskPane", actionText: "Open", commandId: "openCommonPurposePane" }],
    });
    await n.clearInsight();
    expect(state.notifications).toEqual({});
    await expect(n.clearInsight()).resolves.toBeUndefined();
  });

  it("rejects with Office's error when replaceAsync fails", async () => {
    const { office } = officeWith({ failures: { replaceAsync: { name: "NumberOfNotificationMessagesExceeded", message: "too many", code: 3 } } });
    await expect(createItemNotifications(office).showInsight({ message: "m", actionText: "a", commandId: "c" })).rejects.toMatchObject({
      name: "NumberOfNotificationMessagesExceeded",
    });
  });
});

describe("events directory", () => {
  const auth = { getToken: async () => "tok" };

  it("POSTs the emails to the absolute resolve URL with the bearer token", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify([{ email: "a@b.example", name: "A", department: "営業部" }]), { status: 200 }));
    const resolve = createEventsDirectory({ baseUrl: "https://purpose.example/", auth, fetch: fetch as unknown as typeof globalThis.fetch });
    expect(await resolve(["a@b.example"])).toEqual([{ email: "a@b.example", name: "A", department: "営業部" }]);
    expect(fetch).toHaveBeenCalledWith("https://purpose.example/api/directory/resolve", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer tok" },
      body: JSON.stringify({ emails: ["a@b.example"] }),
    });
    expect(await resolve([])).toEqual([]);
  });

  it("refuses a relative base URL and rejects on HTTP errors, odd answers and timeouts", async () => {
    expect(() => createEventsDirectory({ baseUrl: "/api", auth })).toThrow(/absolute/);
    const answer = (body: unknown, status = 200) =>
      createEventsDirectory({ baseUrl: "https://p.example", auth, fetch: (async () => new Response(JSON.stringify(body), { status })) as never });
    await expect(answer([], 401)(["a@b.example"])).rejects.toThrow(/401/);
    await expect(answer({ nope: 1 })(["a@b.example"])).rejects.toThrow(/unexpected/);
    const slow = createEventsDirectory({ baseUrl: "https://p.example", auth, timeoutMs: 20, fetch: (() => new Promise(() => undefined)) as never });
    await expect(slow(["a@b.example"])).rejects.toThrow(/did not answer/);
  });
});
