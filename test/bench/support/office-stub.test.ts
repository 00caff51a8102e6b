// The bench's Office.js stand-in must satisfy the real Outlook adapter, or the task pane it times
// would stop at an error instead of the form: run the stub's source in a fresh context and read the
// item through createOfficeMeetingItem and whenOfficeReady, as the task pane does.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { whenOfficeReady } from "../../../src/platform/host-detect";
import { createOfficeMeetingItem, type OfficeLike } from "../../../src/platform/office/office-meeting-item";
import { officeStubScript, teamsMeetingBody } from "./office-stub";

function loadStub() {
  const window: { Office?: OfficeLike } = {};
  const script = officeStubScript({
    organizer: { email: "hanako.sato@contoso.example", name: "佐藤 花子" },
    required: [
      { email: "ichiro.suzuki@contoso.example", name: "鈴木 一郎" },
      { email: "misaki.tanaka@contoso.example", name: "田中 美咲" },
    ],
    subject: "CRM提案",
    body: teamsMeetingBody(),
    displayLanguage: "en-US",
    start: new Date("2099-01-05T01:00:00Z"),
    end: new Date("2099-01-05T02:00:00Z"),
  });
  vm.runInNewContext(script, { window, setTimeout, Promise, Object, String, parseFloat, Date });
  if (!window.Office) throw new Error("the stub did not define Office");
  return window;
}

describe("Office.js stub for the bench", () => {
  it("reports an Outlook host to Office.onReady", async () => {
    const scope = loadStub();
    expect(await whenOfficeReady(1000, scope)).toBe(true);
  });

  it("answers every read the task pane makes through the real adapter", async () => {
    const item = createOfficeMeetingItem(loadStub().Office!);
    expect(item.displayLanguage()).toBe("en");
    expect(await item.getSubject()).toBe("CRM提案");
    expect(await item.getOrganizerEmail()).toBe("hanako.sato@contoso.example");
    expect(await item.getAttendees()).toEqual([
      { email: "ichiro.suzuki@contoso.example", name: "鈴木 一郎", kind: "required" },
      { email: "misaki.tanaka@contoso.example", name: "田中 美咲", kind: "required" },
    ]);
    expect(await item.getTimes()).toEqual({ start: new Date("2099-01-05T01:00:00Z"), end: new Date("2099-01-05T02:00:00Z") });
    expect(await item.getBodyFormat()).toBe("html");
    expect(await item.getBody("html")).toContain("meetup-join");
    expect(await item.getBody("text")).not.toContain("<div");
    expect(await item.getAgendaId()).toBeNull();
  });

  it("keeps what the pane writes: the body and the agenda id", async () => {
    const item = createOfficeMeetingItem(loadStub().Office!);
    await item.setBody("<p>agenda</p>", "html");
    expect(await item.getBody("html")).toBe("<p>agenda</p>");
    await item.setAgendaId("a1");
    expect(await item.getAgendaId()).toBe("a1");
  });
});
