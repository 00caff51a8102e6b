// The purpose coach in the /preview story, in Chromium against the real server: typing a
// role-centred line shows a hint in the Outlook task pane and in a Teams side panel, "why" explains
// it, "use suggestion" rewrites the line around the shared objective, and the score badges show.
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserSession } from "./harness";

const OBJECTIVE = "大手企業向けのCRMビジネスを拡大する";
const ROLE_CENTRED = "それは営業部の仕事でしょう";

async function expectHintAndApply(scope: Locator, input: Locator): Promise<void> {
  await input.fill(ROLE_CENTRED);
  const hint = scope.getByTestId("coach-hint").first();
  await hint.waitFor({ timeout: 5000 });
  expect(await hint.getAttribute("data-rule")).toBe("ja-deflection");
  expect(await hint.getAttribute("data-kind")).toBe("deflection");
  await hint.getByTestId("coach-why-toggle").click();
  await expect.poll(() => hint.getByTestId("coach-why").textContent()).toContain("共通の目的");
  await hint.getByTestId("coach-apply").click();
  await expect.poll(() => input.inputValue()).toContain(OBJECTIVE);
  expect(await input.inputValue()).not.toContain("営業部の仕事");
  await expect.poll(() => scope.getByTestId("coach-hint").count()).toBe(0);
}

describe("purpose coach in /preview", () => {
  const session = useBrowserSession();

  it("hints, explains and rewrites in the task pane and in a Teams side panel", async () => {
    await session.page.goto(`${session.server.baseUrl}/preview?lang=ja`);
    const pane = session.page.getByTestId("taskpane");
    await pane.getByTestId("objective-input").waitFor();
    await pane.getByTestId("objective-input").fill(OBJECTIVE);

    // Task pane: the desired outcome field.
    await expectHintAndApply(pane, pane.getByTestId("desired-outcome-input"));
    await expect.poll(async () => (await pane.getByTestId("purpose-score").first().getAttribute("data-score")) ?? "").toMatch(/^\d+$/);

    // Save the agenda so the side panels bind to it.
    await pane.getByTestId("insert-agenda").click();
    await pane.getByTestId("agenda-saved").waitFor();

    // Teams side panel: the contribution field, and the score in the tab header.
    const panel = session.page.getByTestId("side-panel-1");
    await expect.poll(() => panel.getByTestId("tab-objective-title").textContent()).toContain(OBJECTIVE);
    // Side panel 1 is 田中 美咲 (企画部): "+ 追加" in her department's card opens the form.
    await panel.locator('[data-testid="contribution-group"][data-department="企画部"]').getByTestId("contribution-add").click();
    await expectHintAndApply(panel.getByTestId("contribution-form"), panel.getByTestId("contribution-input"));
    await expect.poll(async () => (await panel.getByTestId("purpose-score").first().getAttribute("data-score")) ?? "").toMatch(/^\d+$/);

    // The hint never blocks saving: a role-centred contribution still saves.
    await panel.getByTestId("contribution-input").fill(ROLE_CENTRED);
    await panel.getByTestId("coach-hint").first().waitFor();
    await panel.getByTestId("contribution-submit").click();
    await panel.getByTestId("contribution-group").getByText(ROLE_CENTRED).first().waitFor({ timeout: 5000 });

    expect(session.pageErrors).toEqual([]);
  });
});
