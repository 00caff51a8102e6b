import { describe, expect, it } from "vitest";
import { createOfficeMeetingItem } from "../../../src/platform/office/office-meeting-item";
import { OfficeError, officeAsync } from "../../../src/platform/office/promisify";
import { createOfficeMock } from "./office-mock";

const SIZE_ERROR = { name: "DataExceedsMaximumSize", message: "The data exceeds the maximum size.", code: 9036 };

describe("officeAsync", () => {
  it("resolves the value of a succeeded result", async () => {
    expect(await officeAsync<number>((cb) => setTimeout(() => cb({ status: "succeeded", value: 42 } as never)))).toBe(42);
  });

  it("rejects a failed result with Office's name, code and message, and a synchronous throw too", async () => {
    const err = await officeAsync((cb) => cb({ status: "failed", value: undefined, error: SIZE_ERROR } as never)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeError);
    expect(err).toMatchObject({ name: "DataExceedsMaximumSize", code: 9036, message: "The data exceeds the maximum size." });
    await expect(
      officeAsync(() => {
        throw new Error("API not supported");
      }),
    ).rejects.toThrow("API not supported");
  });
});

describe("Office meeting item", () => {
  it("reads subject, body format, body, attendees, organizer and times", async () => {
    const { office, state } = createOfficeMock({
      required: [{ emailAddress: "misaki.tanaka@contoso.example", displayName: "田中 美咲" }],
      optional: [{ emailAddress: "naoto.ito@contoso.example", displayName: "伊藤 直人" }, { emailAddress: "", displayName: "Room" }],
    });
    const item = createOfficeMeetingItem(office);
    expect(item.displayLanguage()).toBe("ja");
    expect(await item.getSubject()).toBe("CRM 定例");
    expect(await item.getBodyFormat()).toBe("html");
    expect(await item.getBody("text")).toBe(state.body);
    expect(state.getCalls).toEqual(["text"]);
    expect(await item.getAttendees()).toEqual([
      { email: "misaki.tanaka@contoso.example", name: "田中 美咲", kind: "required" },
      { email: "naoto.ito@contoso.example", name: "伊藤 直人", kind: "optional" },
    ]);
    expect(await item.getOrganizerEmail()).toBe("hanako.sato@contoso.example");
    expect(await item.getTimes()).toEqual({ start: state.start, end: state.end });
  });

  it("maps the display language: ja-* to ja, everything else to en", () => {
    for (const [lang, expected] of [["ja-JP", "ja"], ["JA", "ja"], ["en-US", "en"], ["de-DE", "en"], ["", "en"]]) {
      expect(createOfficeMeetingItem(createOfficeMock({ displayLanguage: lang }).office).displayLanguage()).toBe(expected);
    }
  });

  it("writes the body with the coercion type and never saves the item", async () => {
    const { office, state } = createOfficeMock({ bodyType: "text" });
    const item = createOfficeMeetingItem(office);
    expect(await item.getBodyFormat()).toBe("text");
    await item.setBody("1. 共通の目的", "text");
    await item.setAgendaId("agd_1");
    expect(state.setCalls).toEqual([{ data: "1. 共通の目的", coercionType: "text" }]);
    expect(state.itemSaveCalls).toBe(0);
  });

  it("turns a setAsync failure into a rejected promise with Office's error, body untouched", async () => {
    const { office, state } = createOfficeMock();
    state.failures.setAsync = SIZE_ERROR;
    const before = state.body;
    const err = await createOfficeMeetingItem(office).setBody("<p>big</p>", "html").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeError);
    expect(err).toMatchObject({ name: "DataExceedsMaximumSize", code: 9036 });
    expect(state.body).toBe(before);
  });

  it("rejects read failures too (e.g. attendees)", async () => {
    const { office, state } = createOfficeMock();
    state.failures.optionalAttendees = { name: "GenericResponseError", message: "boom", code: 9020 };
    await expect(createOfficeMeetingItem(office).getAttendees()).rejects.toMatchObject({ name: "GenericResponseError" });
  });

  it("stores the agenda id in custom properties, loading them once per item", async () => {
    const { office, state } = createOfficeMock();
    const item = createOfficeMeetingItem(office);
    expect(await item.getAgendaId()).toBeNull();
    await item.setAgendaId("agd_42");
    expect(state.savedProps).toEqual({ agendaId: "agd_42" });
    expect(await item.getAgendaId()).toBe("agd_42");
    expect(state.loadPropsCalls).toBe(1);
  });

  it("reports a failed custom-properties save, and retries a failed load later", async () => {
    const { office, state } = createOfficeMock();
    const item = createOfficeMeetingItem(office);
    state.failures.loadCustomPropertiesAsync = { name: "InternalServerError", message: "later", code: 5001 };
    await expect(item.getAgendaId()).rejects.toMatchObject({ name: "InternalServerError" });
    state.failures.saveCustomProperties = { name: "GenericResponseError", message: "nope", code: 9020 };
    await expect(item.setAgendaId("agd_1")).rejects.toMatchObject({ name: "GenericResponseError" });
    expect(state.loadPropsCalls).toBe(2);
    expect(state.savedProps).toEqual({});
  });

  it("falls back to the signed-in user when the organizer is unknown", async () => {
    const { office } = createOfficeMock({ organizer: null });
    expect(await createOfficeMeetingItem(office).getOrganizerEmail()).toBe("me@contoso.example");
  });
});
