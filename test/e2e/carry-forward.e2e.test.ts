// Carry-forward end to end in Chromium, against the real server and its demo data: a
// week ago 営業部 and 企画部 met on the CRM objective and left open commitments. On /preview the
// organizer of the next meeting picks that objective: the task pane's preview shows them as the
// first part of section 4 (the shared objective stays first), Insert puts them there, and the
// attendees' Teams tab lists them as the first part of its section 4, where the owner marks one done.
import { describe, expect, it } from "vitest";
import { DEMO_OBJECTIVE } from "../../src/core/demo/demo-people";
import { DEMO_COMMITMENTS } from "../../src/server/demo/demo-story";
import { seriousA11yViolations, useBrowserSession } from "./harness";

const HEADING = "前回からの持ち越し";
const OVERDUE = DEMO_COMMITMENTS.find((c) => c.dueInDays < 0 && !c.doneNote)!;
const ICHIROS = DEMO_COMMITMENTS.find((c) => c.owner === "ichiro.suzuki@contoso.example")!;
const DONE = DEMO_COMMITMENTS.find((c) => c.doneNote)!;

describe("carry-forward", () => {
  const session = useBrowserSession();

  it("puts the earlier meeting's open commitments first in section 4 of the inserted agenda and of the tab", async () => {
    const { page } = session;
    await page.goto(`${session.server.baseUrl}/preview?lang=ja`);
    const pane = page.getByTestId("taskpane");
    const objective = pane.getByTestId("objective-input");
    await objective.waitFor();

    // 1. Choose the objective from the library: the preview shows what is still owed, in section 4.
    await objective.fill(DEMO_OBJECTIVE.title.slice(0, 4));
    await objective.press("ArrowDown");
    await page.getByRole("listbox").getByRole("option", { name: DEMO_OBJECTIVE.title, exact: true }).click();
    await pane.getByTestId("carried-forward-notice").waitFor();
    await expect.poll(async () => (await pane.getByTestId("agenda-preview").getAttribute("srcdoc")) ?? "").toContain(HEADING);
    const preview = (await pane.getByTestId("agenda-preview").getAttribute("srcdoc")) ?? "";
    expect(preview.indexOf("1. 共通の目的")).toBeLessThan(preview.indexOf("2. 目的のために"));
    expect(preview.indexOf(HEADING)).toBeGreaterThan(preview.indexOf("4. フォローアップのコミットメント"));
    expect(preview.indexOf(HEADING)).toBeLessThan(preview.indexOf("5. 付録"));
    expect(preview).toContain(OVERDUE.action);
    expect(preview).not.toContain(DONE.action);

    // 2. Insert: the one agenda block starts with the objective and has them first in section 4.
    await pane.getByTestId("desired-outcome-input").fill("提案の進み具合を確かめ、次の一手を決める");
    await pane.getByTestId("insert-agenda").click();
    await pane.getByTestId("agenda-saved").waitFor();
    const body = (await page.getByTestId("compose-body").getAttribute("srcdoc")) ?? "";
    expect(body.match(/━━ Common Purpose (agenda|アジェンダ) ━━/g)).toHaveLength(1);
    const start = body.search(/━━ Common Purpose (agenda|アジェンダ) ━━/);
    expect(body.indexOf("1. 共通の目的")).toBeGreaterThan(start);
    expect(body.slice(start, body.indexOf("1. 共通の目的")).replace(/<[^>]*>/g, "")).toMatch(/^━━ Common Purpose (agenda|アジェンダ) ━━$/);
    expect(body.indexOf(HEADING)).toBeGreaterThan(body.indexOf("4. フォローアップのコミットメント"));
    expect(body.indexOf(HEADING)).toBeLessThan(body.indexOf("5. 付録"));
    expect(body).toContain(OVERDUE.action);
    expect(body).toContain(ICHIROS.action);
    expect(body).not.toContain(DONE.action);
    expect(body).toContain("meetup-join");

    // 3. The Teams tab of the new agenda lists them as the first, compact part of section 4 (after the
    //    objective and the contributions), headed with how many and how many are overdue.
    const p2 = page.getByTestId("side-panel-2"); // 鈴木 一郎 (営業部), who owns one of them
    const section = p2.getByTestId("tab-carried-forward");
    await section.waitFor({ timeout: 15_000 });
    const items = section.getByTestId("carried-commitment");
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(3);
    const first = items.first();
    expect(await first.textContent()).toContain(OVERDUE.action);
    expect(await first.textContent()).toContain("期限切れ");
    expect(await section.getByTestId("tab-carried-heading").textContent()).toMatch(/^前回からの持ち越し \d+件（期限切れ \d+）$/);
    const contributions = p2.getByTestId("tab-contributions");
    const after = await section.evaluate((s, c) => Boolean(s.compareDocumentPosition(c as Node) & Node.DOCUMENT_POSITION_PRECEDING), await contributions.elementHandle());
    expect(after).toBe(true);
    expect(await p2.getByTestId("tab-commitments").locator('[data-testid="tab-carried-forward"]').count()).toBe(1);

    // 4. The owner marks his done, through the existing commitment PATCH.
    const mine = items.filter({ hasText: ICHIROS.action });
    expect(await first.getByTestId("carried-toggle").count()).toBe(0);
    await mine.getByTestId("carried-toggle").click();
    await section.locator('[data-testid="carried-commitment"][data-status="done"]').filter({ hasText: ICHIROS.action }).waitFor();

    expect(session.pageErrors).toEqual([]);
  });

  it("has no serious accessibility violations with the section shown", async () => {
    expect(await seriousA11yViolations(session.page)).toEqual([]);
  });
});
