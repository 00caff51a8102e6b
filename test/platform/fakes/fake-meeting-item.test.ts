import { describe, expect, it } from "vitest";
import { createFakeMeetingItem, OUTLOOK_BODY_LIMIT } from "../../../src/platform/fakes/fake-meeting-item";
import { outlookWebRewrite } from "../../../src/platform/fakes/outlook-rewrite";
import { OfficeError } from "../../../src/platform/office/promisify";

describe("fake meeting item", () => {
  it("reads what it was given and coerces the body format on read", async () => {
    const item = createFakeMeetingItem({
      subject: "CRM 定例",
      body: "<html><body><div>参加者各位</div><p>A &amp; B</p></body></html>",
      attendees: [{ email: "a@x.example", name: "A", kind: "required" }],
      organizerEmail: "o@x.example",
      start: new Date("2030-01-01T01:00:00Z"),
      displayLanguage: "en",
    });
    expect(item.displayLanguage()).toBe("en");
    expect(await item.getSubject()).toBe("CRM 定例");
    expect(await item.getBodyFormat()).toBe("html");
    expect(await item.getBody("text")).toBe("参加者各位\nA & B");
    expect(await item.getAttendees()).toEqual([{ email: "a@x.example", name: "A", kind: "required" }]);
    expect(await item.getOrganizerEmail()).toBe("o@x.example");
    expect((await item.getTimes()).start?.toISOString()).toBe("2030-01-01T01:00:00.000Z");
    expect(await item.getAgendaId()).toBeNull();
  });

  it("rejects a body over 1,000,000 characters like Outlook, keeping the old body", async () => {
    const item = createFakeMeetingItem({ body: "<p>keep</p>" });
    const err = await item.setBody("x".repeat(OUTLOOK_BODY_LIMIT + 1), "html").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeError);
    expect((err as OfficeError).name).toBe("DataExceedsMaximumSize");
    expect(item.snapshot().body).toBe("<p>keep</p>");
    await item.setBody("x".repeat(OUTLOOK_BODY_LIMIT), "html");
    expect(item.snapshot().setBodyCount).toBe(1);
  });

  it("rejects HTML into a plain-text body and accepts text", async () => {
    const item = createFakeMeetingItem({ body: "hello", bodyFormat: "text" });
    await expect(item.setBody("<p>x</p>", "html")).rejects.toMatchObject({ name: "InvalidFormatError" });
    await item.setBody("1. 共通の目的", "text");
    expect(await item.getBody("text")).toBe("1. 共通の目的");
    expect(await item.getBody("html")).toBe("<html><body><div>1. 共通の目的</div></body></html>");
  });

  it("applies Outlook's rewriting on set and tells listeners", async () => {
    const item = createFakeMeetingItem({ rewriteOnSet: outlookWebRewrite });
    const seen: string[] = [];
    const off = item.onChange((s) => seen.push(s.body));
    await item.setBody('<html><body><div class="cp" data-cp="1" id="agenda"><!-- cp -->目的</div></body></html>', "html");
    expect(seen).toEqual(['<html><body><div id="x_agenda">目的</div><div><br></div></body></html>']);
    off();
    item.setAttendees([]);
    await item.setAgendaId("agd_1");
    expect(seen).toHaveLength(1);
    expect(await item.getAgendaId()).toBe("agd_1");
  });

  it("lets the simulated user change attendees and body", async () => {
    const item = createFakeMeetingItem();
    const counts: number[] = [];
    item.onChange((s) => counts.push(s.attendees.length));
    item.setAttendees([{ email: "b@x.example", name: "B", kind: "optional" }]);
    item.setUserBody("<p>typed</p>");
    expect(counts).toEqual([1, 1]);
    expect(await item.getBody("html")).toBe("<p>typed</p>");
  });
});
