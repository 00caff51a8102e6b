// A first-time organizer in the Outlook task pane on /preview, in Chromium against the real server,
// playing it by clicking at the two real pane widths (320 and 450 px): the objective is the first
// thing, near the top and focused; an empty Insert says why next to the button and takes her to the
// field; clicking the objective opens its list without covering the pane; the score explains itself;
// one Insert is one request; the slot she wrote shows in Teams as her proposal until 企画部 confirms it.
// Every state is screenshotted under test-results/taskpane/ and checked with axe in light, dark and
// high contrast.
import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_OBJECTIVE } from "../../src/core/demo/demo-people";
import { useBrowserSession } from "./harness";

const OUT = "test-results/taskpane";
const ORGANIZER = "hanako.sato@contoso.example";
const PLANNING_SLOT = "企画部で大手 3 社向けの CRM デモを用意する";
const THEMES = ["default", "dark", "contrast"] as const;

mkdirSync(OUT, { recursive: true });

/** Serious and critical axe findings inside the task pane, as readable lines (empty = pass). */
async function paneViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode().include('[data-testid="taskpane"]').analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
}

/** axe in every theme for the state the pane is in now, then back to the light theme. */
async function axeEveryTheme(page: Page, state: string): Promise<void> {
  for (const theme of THEMES) {
    await page.getByTestId("preview-theme").selectOption(theme);
    await expect.poll(() => page.locator("html").evaluate(() => document.readyState)).toBe("complete");
    expect({ state, theme, violations: await paneViolations(page) }).toEqual({ state, theme, violations: [] });
  }
  await page.getByTestId("preview-theme").selectOption("default");
}

/** The element at a point is the locator's element or inside it: nothing covers it. */
async function onTop(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  if (!box) return false;
  const handle = await target.elementHandle();
  return page.evaluate(
    ([x, y, el]) => {
      const top = document.elementFromPoint(x as number, y as number);
      return top !== null && (el as Element).contains(top);
    },
    [box.x + Math.min(box.width / 2, 20), box.y + box.height / 2, handle] as const,
  );
}

/** The organizer's own API requests (by the identity in the bearer token), live streams left out. */
function organizerRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!url.pathname.startsWith("/api/") || url.pathname.endsWith("/events")) return;
    const payload = (r.headers().authorization ?? "").split(".")[1];
    const claims = payload ? (JSON.parse(Buffer.from(payload, "base64url").toString()) as { email?: string; preferred_username?: string }) : {};
    if ((claims.email ?? claims.preferred_username) === ORGANIZER) seen.push(`${r.method()} ${url.pathname}${url.search}`);
  });
  return seen;
}

describe.each([320, 450])("first-time organizer, task pane %i px wide", (width) => {
  const session = useBrowserSession();
  const shot = (n: number, state: string) => `${OUT}/after-${width}-${n}-${state}.png`;

  it("meets the objective first, is told what is missing where she looks, and inserts with one request", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1400, height: 900 });
    const requests = organizerRequests(page);
    await page.goto(`${session.server.baseUrl}/preview?lang=ja`);
    // The pane as Outlook sizes it: the preview's pane column at the real width.
    await page.addStyleTag({ content: `[data-testid="taskpane"]{flex:0 0 ${width}px !important;width:${width}px !important;min-width:0 !important;max-width:${width}px !important}` });
    const pane = page.getByTestId("taskpane");
    const objective = pane.getByTestId("objective-input");
    await objective.waitFor();
    await expect.poll(() => pane.getByTestId("meeting-strip-details").textContent()).toContain("2 部門");

    // 1. Opened: the objective is the first field, near the top, and has the focus.
    const paneBox = (await pane.boundingBox())!;
    const objectiveBox = (await objective.boundingBox())!;
    expect(objectiveBox.y - paneBox.y).toBeLessThan(160);
    await expect.poll(() => objective.evaluate((el) => el === document.activeElement)).toBe(true);
    const outcomeBox = (await pane.getByTestId("desired-outcome-input").boundingBox())!;
    expect(outcomeBox.y).toBeGreaterThan(objectiveBox.y);
    expect(outcomeBox.y - paneBox.y).toBeLessThan(400);
    expect(await pane.getByTestId("purpose-score").getAttribute("data-score")).toBe("");
    await page.screenshot({ path: shot(1, "opened"), clip: { x: paneBox.x, y: paneBox.y, width: paneBox.width, height: 700 } });
    await axeEveryTheme(page, "opened");

    // 2. Insert with nothing typed: the reason next to the button, focus back on the objective.
    await pane.getByTestId("insert-agenda").click();
    const problems = pane.getByTestId("insert-problems");
    await problems.waitFor();
    expect(await problems.textContent()).toContain("共通の目的を入力してください");
    const insertBox = (await pane.getByTestId("insert-agenda").boundingBox())!;
    const problemsBox = (await problems.boundingBox())!;
    expect(problemsBox.y - (insertBox.y + insertBox.height)).toBeLessThan(40);
    await expect.poll(() => objective.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(requests.filter((r) => !r.startsWith("GET"))).toEqual(["POST /api/directory/resolve"]);
    await problems.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot(2, "empty-insert") });
    await axeEveryTheme(page, "empty insert");

    // 3. Click the objective field: its list opens over the form, and the pane is still there.
    await objective.scrollIntoViewIfNeeded();
    await objective.click();
    const option = page.getByRole("listbox").getByRole("option", { name: DEMO_OBJECTIVE.title, exact: true });
    await option.waitFor();
    await page.screenshot({ path: shot(3, "objective-list-open") });
    expect(await onTop(page, page.getByRole("heading", { name: "会議のアジェンダ" }))).toBe(true);
    expect(await onTop(page, page.getByRole("heading", { level: 1 }))).toBe(true);
    await axeEveryTheme(page, "objective list open");
    await option.click();
    await expect.poll(() => objective.inputValue()).toBe(DEMO_OBJECTIVE.title);
    await expect.poll(() => pane.getByTestId("insert-problems").count()).toBe(0);

    // 4. What to decide, by clicking into the field.
    await pane.getByTestId("desired-outcome-input").click();
    await page.keyboard.type("提案の役割分担と最初の 3 社を決める");

    // 5. The score: a number now, explained in place with concrete tips (also from the keyboard).
    const scoreToggle = pane.getByTestId("meeting-strip-score");
    await expect.poll(async () => (await pane.getByTestId("purpose-score").getAttribute("data-score")) ?? "").toMatch(/^\d+$/);
    const before = Number(await pane.getByTestId("purpose-score").getAttribute("data-score"));
    await scoreToggle.focus();
    await page.keyboard.press("Enter");
    await pane.getByTestId("score-tips").waitFor();
    expect(await pane.getByTestId("score-tips").textContent()).toContain("各部門のできることを 1 つ書くと +13");
    await page.keyboard.press("Enter");
    await expect.poll(() => pane.getByTestId("score-tips").count()).toBe(0);
    await scoreToggle.click();
    await pane.getByTestId("score-tips").scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot(4, "score-explained") });
    await axeEveryTheme(page, "score explained");

    // 6. The meeting's facts: folded, opened with a click.
    await pane.getByTestId("meeting-strip-details").click();
    await pane.getByTestId("attendee-groups").waitFor();
    expect(await pane.getByTestId("teams-status").textContent()).toContain("Teams 会議を検出しました");
    await pane.getByTestId("meeting-strip-details").scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot(5, "meeting-details") });
    await axeEveryTheme(page, "meeting details");
    await pane.getByTestId("meeting-strip-details").click();

    // 7. What 企画部 can do: the score follows the typing.
    const slot = pane.locator('[data-testid="contribution-slot"][data-department="企画部"]');
    await slot.click();
    await page.keyboard.type(PLANNING_SLOT);
    await expect.poll(async () => Number(await pane.getByTestId("purpose-score").getAttribute("data-score"))).toBeGreaterThan(before);
    expect(await pane.getByTestId("score-tips").textContent()).toContain("まだ：営業部");

    // 8. Insert: one request, the body rendered from its answer, the slot kept, shown as her proposal.
    const sent = requests.length;
    await pane.getByTestId("insert-agenda").click();
    await pane.getByTestId("agenda-saved").waitFor({ timeout: 20_000 });
    const body = () => page.getByTestId("compose-body").getAttribute("srcdoc").then((b) => b ?? "");
    await expect.poll(body).toContain(PLANNING_SLOT);
    expect(await body()).toContain("提案：佐藤 花子（主催者）");
    expect(requests.slice(sent)).toEqual(["POST /api/agendas?return=view"]);
    expect(await slot.inputValue()).toBe(PLANNING_SLOT);
    await pane.getByTestId("agenda-saved").scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot(6, "inserted") });
    await pane.screenshot({ path: shot(7, "inserted-full") });
    await axeEveryTheme(page, "inserted");

    // 9. In Teams, 田中 美咲 of 企画部 sees it as the organizer's proposal and confirms it.
    const misaki = page.getByTestId("side-panel-1");
    const item = misaki.locator('[data-testid="contribution"]', { hasText: PLANNING_SLOT });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.getByTestId("contribution-byline").textContent()).toContain("提案：佐藤 花子（主催者）");
    await item.getByTestId("contribution-confirm").click();
    await expect.poll(() => item.getByTestId("contribution-byline").getAttribute("data-proposal"), { timeout: 10_000 }).toBe("confirmed");
    expect(await item.getByTestId("contribution-byline").textContent()).toContain("田中 美咲");
    // The organizer's pane now shows it as 企画部's, not as a field to overwrite.
    await pane.getByTestId("insert-agenda").click();
    await pane.locator('[data-testid="slot-confirmed"][data-department="企画部"]').waitFor({ timeout: 15_000 });
    await expect.poll(body).toMatch(new RegExp(`${PLANNING_SLOT}[^<]*<span[^>]*>— 田中 美咲`));

    expect(session.pageErrors).toEqual([]);
  });
});
