// The /preview story end to end in Chromium, against the real server and database:
// the organizer inserts the agenda in (simulated) Outlook, two attendees of different departments
// work in (simulated) Teams side panels and see each other's changes live, and the PMO sees the
// new commitment and changes its status.
import { describe, expect, it } from "vitest";
import { seriousA11yViolations, useBrowserSession } from "./harness";

const START = /━━ Common Purpose (agenda|アジェンダ) ━━/g;
const TEAMS_BLOCK_START = "________________";

describe("/preview story", () => {
  const session = useBrowserSession();

  it("goes from inserting the agenda to the PMO seeing the new commitment", async () => {
    await session.page.goto(`${session.server.baseUrl}/preview?lang=ja`);
    const pane = session.page.getByTestId("taskpane");
    await pane.getByTestId("objective-input").waitFor();
    const original = (await session.page.getByTestId("compose-body").getAttribute("srcdoc")) ?? "";
    // Up to </body>: the simulated Outlook appends its own empty paragraph after every write.
    const teamsBlock = original.slice(original.indexOf(TEAMS_BLOCK_START), original.lastIndexOf("</body>"));
    expect(teamsBlock).toContain("meetup-join");

    // 1. The organizer inserts the agenda into the meeting body.
    await pane.getByTestId("objective-input").fill("大手企業向けのCRMビジネスを拡大する");
    await pane.getByTestId("desired-outcome-input").fill("提案の役割分担を決める");
    await pane.getByTestId("insert-agenda").click();
    await pane.getByTestId("agenda-saved").waitFor();
    const body = (await session.page.getByTestId("compose-body").getAttribute("srcdoc")) ?? "";
    expect(body.match(START)).toHaveLength(1);
    expect(body).toContain("共通の目的");
    expect(body.indexOf("共通の目的")).toBeLessThan(body.indexOf("付録"));
    expect(body.split(teamsBlock)).toHaveLength(2);

    // 2. Both attendees' side panels bind to the agenda; one adds a contribution, the other sees it live.
    const p1 = session.page.getByTestId("side-panel-1");
    const p2 = session.page.getByTestId("side-panel-2");
    await expect.poll(() => p1.getByTestId("tab-objective-title").textContent()).toContain("大手企業向けのCRMビジネスを拡大する");
    await p2.getByTestId("tab-objective-title").waitFor();
    const contribution = "大手向けのCRM提案書を2週間で一緒に用意する";
    // Side panel 1 is 田中 美咲 (企画部): "+ 追加" in her department's card.
    await p1.locator('[data-testid="contribution-group"][data-department="企画部"]').getByTestId("contribution-add").click();
    await p1.getByTestId("contribution-input").fill(contribution);
    await p1.getByTestId("contribution-submit").click();
    await p2.getByText(contribution).waitFor({ timeout: 5000 });

    // 3. The second attendee commits; the first sees it live.
    await p2.getByTestId("commitment-open").click();
    await p2.getByTestId("commitment-action").fill("大手3社の紹介をとる");
    await p2.getByTestId("commitment-due").fill("2099-12-01");
    await p2.getByTestId("commitment-helps").selectOption("企画部");
    await p2.getByTestId("commitment-serves").fill("提案の相手を確保する");
    await p2.getByTestId("commitment-submit").click();
    const mine = p2.getByTestId("commitment").filter({ hasText: "大手3社の紹介をとる" });
    await mine.waitFor();
    const commitmentId = await mine.getAttribute("data-commitment-id");
    expect(commitmentId).toBeTruthy();
    await p1.locator(`[data-testid="commitment"][data-commitment-id="${commitmentId}"]`).waitFor({ timeout: 5000 });

    // 4. The PMO sees the new commitment and marks it done; the attendee sees that live.
    const pmo = session.page.getByTestId("preview-pmo");
    const row = pmo.locator(`[data-testid="pmo-row"][data-commitment-id="${commitmentId}"]`);
    await row.waitFor({ timeout: 15_000 });
    await row.getByTestId("pmo-status").selectOption("done");
    await pmo.getByTestId("pmo-notice").waitFor();
    await p2.locator(`[data-testid="commitment"][data-commitment-id="${commitmentId}"][data-status="done"]`).waitFor({ timeout: 5000 });

    // 5. Inserting again replaces the block: still one agenda, now with the contribution, Teams block untouched.
    await pane.getByTestId("insert-agenda").click();
    await expect.poll(async () => (await session.page.getByTestId("compose-body").getAttribute("srcdoc")) ?? "").toContain(contribution);
    const updated = (await session.page.getByTestId("compose-body").getAttribute("srcdoc")) ?? "";
    expect(updated.match(START)).toHaveLength(1);
    expect(updated.split(teamsBlock)).toHaveLength(2);

    expect(session.pageErrors).toEqual([]);
  });

  it.each(["default", "dark", "contrast"])("has no serious accessibility violations in the %s theme", async (theme) => {
    await session.page.getByTestId("preview-theme").selectOption(theme);
    await session.page.waitForTimeout(300);
    expect(await seriousA11yViolations(session.page)).toEqual([]);
  });
});
