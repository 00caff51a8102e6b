// A first-time organizer in the Outlook task pane on /preview, in Chromium against the real server,
// playing it by clicking at Outlook's two pane widths (320 and 450 px, measured): the objective is the first
// thing, near the top and focused; an empty Insert says why next to the button and takes her to the
// field; clicking the objective opens its list without covering the pane; the score explains itself;
// one Insert is one request; the slot she wrote shows in Teams as her proposal until 企画部 confirms it;
// an Insert after someone else changed the agenda says so and keeps her draft. Every state is
// screenshotted under test-results/taskpane/ and checked with axe in light, dark and high contrast;
// the same story in English is screenshotted for the byline and where the focus goes.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_OBJECTIVE } from "../../src/core/demo/demo-people";
import { seriousA11yViolations, useBrowserSession } from "./harness";

const OUT = "test-results/taskpane";
const ORGANIZER = "hanako.sato@contoso.example";
const PLANNING_SLOT = "企画部で大手 3 社向けの CRM デモを用意する";
const THEMES = ["default", "dark", "contrast"] as const;
const PANE = '[data-testid="taskpane"]';
const SIDE_PANEL = '[data-testid="side-panel-1"]';

mkdirSync(OUT, { recursive: true });

/** axe in every theme inside `parts` of /preview for the state they are in now, then back to the light theme. */
async function axeEveryTheme(page: Page, state: string, parts: readonly string[] = [PANE]): Promise<void> {
  for (const theme of THEMES) {
    await page.getByTestId("preview-theme").selectOption(theme);
    await expect.poll(() => page.locator("html").evaluate(() => document.readyState)).toBe("complete");
    expect({ state, theme, violations: await seriousA11yViolations(page, { include: parts }) }).toEqual({ state, theme, violations: [] });
  }
  await page.getByTestId("preview-theme").selectOption("default");
}

/** The add-in gets exactly the pane's width, and nothing in it is wider (no sideways scrolling). */
async function expectPaneWidth(pane: Locator, width: number): Promise<void> {
  const measured = await pane.evaluate((el) => ({
    pane: el.clientWidth,
    editor: Math.round(el.querySelector('[data-testid="agenda-editor"]')!.getBoundingClientRect().width),
    content: el.scrollWidth,
  }));
  expect(measured).toEqual({ pane: width, editor: width, content: width });
}

/** Where the focus is: the test id of the focused element or of its nearest ancestor that has one. */
const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.closest("[data-testid]")?.getAttribute("data-testid") ?? "");

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

async function organizerToken(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: ORGANIZER }) });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function apiCall<T>(baseUrl: string, token: string, method: string, url: string, body?: unknown, version?: number): Promise<T> {
  const res = await fetch(`${baseUrl}${url}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json", "idempotency-key": randomUUID() }),
      ...(version === undefined ? {} : { "if-match": `"${version}"` }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
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

  // Long: every state is checked with axe in three themes.
  it("meets the objective first, is told what is missing where she looks, and inserts with one request", { timeout: 300_000 }, async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1400, height: 900 });
    const requests = organizerRequests(page);
    // The pane at the width Outlook gives it (the preview's own setting, ?pane=).
    await page.goto(`${session.server.baseUrl}/preview?lang=ja&pane=${width}`);
    const pane = page.getByTestId("taskpane");
    const objective = pane.getByTestId("objective-input");
    await objective.waitFor();
    await expect.poll(() => pane.getByTestId("meeting-strip-details").textContent()).toContain("2 部門");
    await expectPaneWidth(pane, width);

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
    // Its title breaks between phrases (not 「…直してくださ／い：」).
    expect(await pane.getByTestId("insert-problems-title").evaluate((el) => getComputedStyle(el).wordBreak)).toBe("auto-phrase");
    expect(requests.filter((r) => !r.startsWith("GET"))).toEqual(["POST /api/directory/resolve"]);
    // What she sees right after the click: the browser scrolled to the focused field.
    await page.screenshot({ path: shot(2, "empty-insert-focus") });
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
    // The chosen objective is readable whole, once: at 320 px the one-line field cannot show its end,
    // so once she has moved on the field grows and shows it wrapped inside itself; at 450 px it fits.
    const full = pane.getByTestId("objective-full");
    if (width === 320) {
      await full.waitFor();
      expect(await full.textContent()).toBe(DEMO_OBJECTIVE.title);
      const fullBox = (await full.boundingBox())!;
      const fieldBox = (await pane.locator(".fui-Combobox").first().boundingBox())!;
      expect(fullBox.y).toBeGreaterThanOrEqual(fieldBox.y);
      expect(fullBox.y + fullBox.height).toBeLessThanOrEqual(fieldBox.y + fieldBox.height);
      expect(fullBox.x + fullBox.width).toBeLessThanOrEqual(paneBox.x + paneBox.width);
      expect(await full.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      expect(await objective.evaluate((el) => getComputedStyle(el).color)).toBe("rgba(0, 0, 0, 0)");
      // And it is painted above the field, not under its background: hit-tested as the top layer.
      expect(await full.evaluate((el) => {
        (el as HTMLElement).style.pointerEvents = "auto";
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        (el as HTMLElement).style.pointerEvents = "";
        return el.contains(top);
      })).toBe(true);
      await page.screenshot({ path: shot(3, "objective-chosen"), clip: { x: paneBox.x, y: paneBox.y, width: paneBox.width, height: 300 } });
    } else {
      expect(await objective.evaluate((el) => (el as HTMLInputElement).scrollWidth <= (el as HTMLInputElement).clientWidth)).toBe(true);
      expect(await full.count()).toBe(0);
    }

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
    await slot.scrollIntoViewIfNeeded();
    await pane.screenshot({ path: shot(6, "slot-typing") });
    await axeEveryTheme(page, "slot typing");

    // 8. Insert: one request, the body rendered from its answer, the slot kept, shown as her proposal.
    const sent = requests.length;
    await pane.getByTestId("insert-agenda").click();
    await pane.getByTestId("agenda-saved").waitFor({ timeout: 20_000 });
    const body = () => page.getByTestId("compose-body").getAttribute("srcdoc").then((b) => b ?? "");
    await expect.poll(body).toContain(PLANNING_SLOT);
    expect(await body()).toContain("提案：佐藤 花子（主催者）");
    expect(requests.slice(sent)).toEqual(["POST /api/agendas?return=view"]);
    // The keyboard focus stays on the button, which now updates the agenda.
    await expect.poll(() => focusedTestId(page)).toBe("insert-agenda");
    expect(await pane.getByTestId("insert-agenda").textContent()).toBe("アジェンダを更新");
    expect(await pane.getByTestId("agenda-saved-status").getAttribute("aria-live")).toBe("polite");
    expect(await slot.inputValue()).toBe(PLANNING_SLOT);
    await pane.getByTestId("agenda-saved").scrollIntoViewIfNeeded();
    await expectPaneWidth(pane, width);
    await page.screenshot({ path: shot(7, "inserted") });
    await pane.screenshot({ path: shot(7, "inserted-full") });
    await axeEveryTheme(page, "inserted");

    // 9. In Teams, 田中 美咲 of 企画部 sees it as the organizer's proposal and confirms it.
    const misaki = page.getByTestId("side-panel-1");
    const item = misaki.locator('[data-testid="contribution"]', { hasText: PLANNING_SLOT });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.getByTestId("contribution-byline").textContent()).toContain("提案：佐藤 花子（主催者）");
    await item.scrollIntoViewIfNeeded();
    await misaki.screenshot({ path: shot(8, "side-panel-proposed"), animations: "disabled" });
    await axeEveryTheme(page, "proposal in Teams", [SIDE_PANEL]);
    // She confirms from the keyboard: Tab to Confirm, Enter.
    await item.getByTestId("contribution-actions").focus();
    await page.keyboard.press("Tab");
    await expect.poll(() => focusedTestId(page)).toBe("contribution-confirm");
    await page.keyboard.press("Enter");
    await expect.poll(() => item.getByTestId("contribution-byline").getAttribute("data-proposal"), { timeout: 10_000 }).toBe("confirmed");
    expect(await item.getByTestId("contribution-byline").textContent()).toContain("田中 美咲");
    // The Confirm button is gone; the focus stays on the entry it belonged to, and shows.
    await expect.poll(() => focusedTestId(page)).toBe("contribution");
    expect(await item.evaluate((el) => el.hasAttribute("data-fui-focus-visible"))).toBe(true);
    await misaki.screenshot({ path: shot(9, "side-panel-confirmed-focus"), animations: "disabled" });
    // The organizer's pane now shows it as 企画部's, not as a field to overwrite.
    await pane.getByTestId("insert-agenda").click();
    const confirmed = pane.locator('[data-testid="slot-confirmed"][data-department="企画部"]');
    await confirmed.waitFor({ timeout: 15_000 });
    await expect.poll(body).toMatch(new RegExp(`${PLANNING_SLOT}[^<]*<span[^>]*>— 田中 美咲`));
    await confirmed.scrollIntoViewIfNeeded();
    await pane.screenshot({ path: shot(10, "slot-confirmed") });
    await axeEveryTheme(page, "confirmed department proposal", [PANE, SIDE_PANEL]);

    // 10. Someone else changes the agenda meanwhile (another device of hers, say): her next Insert
    // is refused with a 412, says so in her words, keeps the draft; the Insert after that overwrites.
    const agendaId = (await page.getByTestId("preview-main").getAttribute("data-agenda-id")) ?? "";
    const token = await organizerToken(session.server.baseUrl);
    const current = await apiCall<{ agenda: { version: number } }>(session.server.baseUrl, token, "GET", `/api/agendas/${agendaId}`);
    await apiCall(session.server.baseUrl, token, "PATCH", `/api/agendas/${agendaId}`, { desiredOutcome: "別の端末で書き換えた決めること" }, current.agenda.version);
    await pane.getByTestId("insert-agenda").click();
    const refused = pane.getByTestId("error-bar");
    await refused.waitFor({ timeout: 15_000 });
    expect(await refused.textContent()).toContain("ほかの人が同時にこのアジェンダを変更しました");
    expect(await pane.getByTestId("desired-outcome-input").inputValue()).toBe("提案の役割分担と最初の 3 社を決める");
    await refused.scrollIntoViewIfNeeded();
    await pane.screenshot({ path: shot(11, "conflict") });
    await axeEveryTheme(page, "conflict (412)");
    await pane.getByTestId("insert-agenda").click();
    await expect.poll(() => pane.getByTestId("error-bar").count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(body).toContain("提案の役割分担と最初の 3 社を決める");
    await expectPaneWidth(pane, width);

    expect(session.pageErrors).toEqual([]);
  });

  it("in English: the pane width chosen by clicking, the focus after an empty Insert and after confirming, the byline", async () => {
    const { page } = session;
    const other = width === 320 ? 450 : 320;
    await page.goto(`${session.server.baseUrl}/preview?lang=en&pane=${other}`);
    const pane = page.getByTestId("taskpane");
    const objective = pane.getByTestId("objective-input");
    await objective.waitFor();
    await expect.poll(() => pane.getByTestId("meeting-strip-details").textContent()).toContain("2 departments");
    await expectPaneWidth(pane, other);
    await page.getByRole("radio", { name: width === 320 ? "Narrow (320 px)" : "Wide (450 px)" }).click();
    await expect.poll(() => pane.getAttribute("data-pane-width")).toBe(String(width));
    await expectPaneWidth(pane, width);

    await pane.getByTestId("insert-agenda").click();
    await pane.getByTestId("insert-problems").waitFor();
    expect(await pane.getByTestId("insert-problems-title").textContent()).toBe("Before inserting, fix this:");
    await expect.poll(() => objective.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: shot(12, "en-empty-insert-focus") });

    // From the keyboard: type a new objective, Enter; Tab goes to its library choice (shown for a new
    // objective), then to what to decide — never to the list's arrow.
    await objective.click();
    await page.keyboard.type("Grow the CRM business with large enterprises");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect.poll(() => focusedTestId(page)).toBe("objective-add-to-library");
    await page.keyboard.press("Tab");
    await expect.poll(() => focusedTestId(page)).toBe("desired-outcome-input");
    await page.keyboard.type("Who proposes to which account");
    expect(await pane.getByTestId("desired-outcome-input").inputValue()).toBe("Who proposes to which account");
    expect(await objective.inputValue()).toBe("Grow the CRM business with large enterprises");
    await page.screenshot({ path: shot(12, "en-keyboard-objective-outcome") });
    const slot = pane.locator('[data-testid="contribution-slot"][data-department="企画部"]');
    await slot.click();
    await page.keyboard.type("Prepare a CRM demo for three large accounts");
    await pane.getByTestId("insert-agenda").click();
    await pane.getByTestId("agenda-saved").waitFor({ timeout: 20_000 });
    await expectPaneWidth(pane, width);
    await expect.poll(() => focusedTestId(page)).toBe("insert-agenda");
    expect(await pane.getByTestId("insert-agenda").textContent()).toBe("Update agenda");
    await page.screenshot({ path: shot(12, "en-after-insert-focus") });

    const misaki = page.getByTestId("side-panel-1");
    const item = misaki.locator('[data-testid="contribution"]', { hasText: "Prepare a CRM demo for three large accounts" });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.getByTestId("contribution-byline").textContent()).toMatch(/^Proposed by .+ \(organizer\)/);
    await item.scrollIntoViewIfNeeded();
    await misaki.screenshot({ path: shot(13, "en-side-panel-proposed"), animations: "disabled" });
    await item.getByTestId("contribution-confirm").click();
    await expect.poll(() => item.getByTestId("contribution-byline").getAttribute("data-proposal"), { timeout: 10_000 }).toBe("confirmed");
    await expect.poll(() => focusedTestId(page)).toBe("contribution");
    await misaki.screenshot({ path: shot(14, "en-side-panel-confirmed-focus"), animations: "disabled" });
    await pane.getByTestId("insert-agenda").click();
    const confirmed = pane.locator('[data-testid="slot-confirmed"][data-department="企画部"]');
    await confirmed.waitFor({ timeout: 15_000 });
    await confirmed.scrollIntoViewIfNeeded();
    await pane.screenshot({ path: shot(15, "en-slot-confirmed") });
    expect(session.pageErrors).toEqual([]);
  });
});
