// The Outlook task pane on /preview's simulated compose window, in Chromium against the real server:
// insert → edit → re-insert leaves exactly one agenda block and the Teams block byte for byte, in an
// HTML body (rewritten the way Outlook on the web does) and in a plain-text body.
import { describe, expect, it } from "vitest";
import { useBrowserSession } from "./harness";

const START = /━━ Common Purpose (agenda|アジェンダ) ━━/g;
const TEAMS_RULE = "________________";

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe("Outlook task pane on /preview", () => {
  const session = useBrowserSession();

  const htmlBody = async () => (await session.page.getByTestId("compose-body").getAttribute("srcdoc")) ?? "";
  const textBody = async () => (await session.page.getByTestId("compose-body").textContent()) ?? "";

  async function insertAndWait(read: () => Promise<string>, expected: string) {
    const pane = session.page.getByTestId("taskpane");
    await pane.getByTestId("insert-agenda").click();
    await expect.poll(read, { timeout: 15_000 }).toContain(expected);
    await pane.getByTestId("agenda-saved").waitFor();
  }

  it("HTML body: insert → edit → re-insert keeps one agenda block and the Teams block untouched", async () => {
    await session.page.goto(`${session.server.baseUrl}/preview?lang=en`);
    const pane = session.page.getByTestId("taskpane");
    await pane.getByTestId("objective-input").waitFor();
    // The attendees' departments are looked up (the meeting strip sums them up).
    await expect.poll(() => pane.getByTestId("meeting-strip-details").textContent()).toContain("2 departments");
    const original = await htmlBody();
    // Up to </body>: the simulated Outlook appends its own empty paragraph after every write.
    const teamsBlock = original.slice(original.indexOf(TEAMS_RULE), original.lastIndexOf("</body>"));
    expect(teamsBlock).toContain("meetup-join");

    await pane.getByTestId("objective-input").fill("Grow the CRM business with large enterprises");
    await pane.getByTestId("desired-outcome-input").fill("Who drafts the proposal");
    await insertAndWait(htmlBody, "Who drafts the proposal");
    const first = await htmlBody();
    expect(first.match(START)).toHaveLength(1);
    expect(occurrences(first, teamsBlock)).toBe(1);

    await pane.getByTestId("desired-outcome-input").fill("Who drafts it, and by when");
    await insertAndWait(htmlBody, "Who drafts it, and by when");
    const second = await htmlBody();
    expect(second.match(START)).toHaveLength(1);
    expect(second).not.toContain("Who drafts the proposal");
    expect(occurrences(second, teamsBlock)).toBe(1);
    // The same agenda was updated, not a second one created: one live link, to the item's agenda.
    const agendaId = (await session.page.getByTestId("preview-main").getAttribute("data-agenda-id")) ?? "";
    expect(agendaId).not.toBe("");
    expect(second.match(/\/agenda\/[A-Za-z0-9_-]+/g)).toEqual([`/agenda/${agendaId}`]);
  });

  it("plain-text body: insert → edit → re-insert keeps one text agenda and the Teams text untouched", async () => {
    // A popover left open in the pane (e.g. a writing hint) may overlay the radio: dismiss it, then
    // click the input itself.
    await session.page.keyboard.press("Escape");
    await session.page.getByTestId("compose-format").getByRole("radio", { name: "Plain text" }).dispatchEvent("click");
    const pane = session.page.getByTestId("taskpane");
    await expect.poll(() => session.page.getByTestId("compose-body").getAttribute("data-format")).toBe("text");
    await pane.getByTestId("objective-input").waitFor();
    const original = await textBody();
    const teamsText = original.slice(original.indexOf(TEAMS_RULE));
    expect(teamsText).toContain("meetup-join");

    await pane.getByTestId("objective-input").fill("Grow the CRM business with large enterprises");
    await pane.getByTestId("desired-outcome-input").fill("Who calls which account");
    await insertAndWait(textBody, "Who calls which account");
    const first = await textBody();
    expect(first.match(START)).toHaveLength(1);
    expect(first).not.toContain("<p");
    expect(occurrences(first, teamsText)).toBe(1);

    await pane.getByTestId("desired-outcome-input").fill("Who calls which account, by Friday");
    await insertAndWait(textBody, "by Friday");
    const second = await textBody();
    expect(second.match(START)).toHaveLength(1);
    expect(occurrences(second, teamsText)).toBe(1);
    expect(second.endsWith(teamsText)).toBe(true);

    expect(session.pageErrors).toEqual([]);
  });
});
