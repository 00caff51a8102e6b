// The PMO page as a PMO meets it at 1440×900 in Chromium: the numbers that need action and the
// table above the fold, a view shared by its URL (and Back/Forward between views), charts counting
// the table's filters, every theme (light, dark, Teams high contrast, and the system's forced
// colours) without serious axe violations, and the page someone without the PMO role gets.
// Screenshots land in test-results/pmo-view/ for a person to look at.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, seriousA11yViolations, startServer, type RunningServer } from "./harness";

const PMO = "satoshi.yamamoto@contoso.example";
const NOT_PMO = "misaki.tanaka@contoso.example";
const SHOTS = path.resolve("test-results/pmo-view");
const VIEWPORT = { width: 1440, height: 900 };

describe("/pmo at 1440×900", () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh browser (nothing remembered) signed in as `email` on `url`. */
  async function open(email: string, url = "/pmo", options: { forcedColors?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: "ja-JP", ...(options.forcedColors ? { forcedColors: "active" as const } : {}) });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.baseUrl}${url}`);
    const picker = page.getByTestId("person-picker");
    await picker.waitFor();
    await picker.getByTestId("person-picker-select").selectOption(email);
    await picker.getByRole("button").click();
    return page;
  }

  const rowIds = (page: Page) => page.getByTestId("pmo-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-commitment-id")));

  it("shows the numbers that need action and the table without scrolling", async () => {
    const page = await open(PMO);
    const strip = page.getByTestId("pmo-strip");
    await expect.poll(() => strip.getByTestId("pmo-strip-open-value").textContent()).toMatch(/^\d+$/);
    await page.getByTestId("pmo-row").first().waitFor();
    await page.getByTestId("pmo-chart-departments").waitFor();
    await page.screenshot({ path: path.join(SHOTS, "pmo-1440x900-light.png") });
    await page.screenshot({ path: path.join(SHOTS, "pmo-full-light.png"), fullPage: true });

    const fold = VIEWPORT.height;
    const box = async (testId: string) => (await page.getByTestId(testId).first().boundingBox())!;
    expect((await box("pmo-strip")).y + (await box("pmo-strip")).height).toBeLessThan(fold);
    // The table's header and first rows are on the first screen.
    const rows = page.getByTestId("pmo-row");
    const firstRow = (await rows.first().boundingBox())!;
    expect(firstRow.y + firstRow.height).toBeLessThan(fold);
    // Rows under their objective; "やること" the widest column.
    expect(await page.getByTestId("pmo-group").count()).toBeGreaterThan(0);
    const widths = await page.getByTestId("pmo-table").locator("thead th").evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
    expect(widths[0]).toBe(Math.max(...widths));
    // The charts come after the table.
    expect((await box("pmo-charts")).y).toBeGreaterThan((await box("pmo-table")).y);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("shares a view by its URL, and Back and Forward move between views", async () => {
    const page = await open(PMO);
    await page.getByTestId("pmo-row").first().waitFor();
    const all = await rowIds(page);
    await page.getByTestId("pmo-strip-overdue").click();
    await expect.poll(() => page.getByTestId("pmo-row").count()).toBeLessThan(all.length);
    const overdueIds = await rowIds(page);
    expect(new URL(page.url()).search).toBe("?overdue=true");
    await page.getByTestId("pmo-sort-owner").getByRole("button").click();
    await expect.poll(() => new URL(page.url()).search).toBe("?overdue=true&sort=owner");
    await page.screenshot({ path: path.join(SHOTS, "pmo-overdue-view.png") });

    // Someone else opens the shared link: the same view.
    const other = await open(PMO, `/pmo${new URL(page.url()).search}`);
    await expect.poll(async () => (await rowIds(other)).sort()).toEqual([...overdueIds].sort());
    expect(await other.getByTestId("pmo-strip-overdue").getAttribute("aria-current")).toBe("true");
    expect(await other.getByTestId("pmo-sort-owner").getAttribute("aria-sort")).toBe("ascending");

    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe("?overdue=true");
    // Not sorted by owner any more: no aria-sort, or "none".
    await expect.poll(async () => (await page.getByTestId("pmo-sort-owner").getAttribute("aria-sort")) ?? "none").toBe("none");
    await page.goBack();
    await expect.poll(() => rowIds(page)).toEqual(all);
    await page.goForward();
    await expect.poll(async () => (await rowIds(page)).sort()).toEqual([...overdueIds].sort());
    expect(pageErrors).toEqual([]);
  });

  it("charts follow the status filter, and fold away", async () => {
    const page = await open(PMO, "/pmo?status=done");
    await page.getByTestId("pmo-chart-departments").waitFor();
    // Nothing done is open or overdue: the open/overdue chart has nothing to draw for this filter.
    await page.getByTestId("pmo-chart-departments-empty").waitFor();
    await page.getByTestId("pmo-charts-toggle").click();
    await expect.poll(() => page.getByTestId("pmo-chart-departments").count()).toBe(0);
    expect(new URL(page.url()).search).toBe("?status=done&charts=hidden");
    expect(pageErrors).toEqual([]);
  });

  for (const theme of ["dark", "contrast"] as const) {
    it(`has no serious axe violations in the ${theme} theme, charts told apart by pattern`, async () => {
      const page = await open(PMO, `/pmo?theme=${theme}`);
      await page.getByTestId("pmo-row").first().waitFor();
      await page.getByTestId("pmo-chart-departments").waitFor();
      await page.screenshot({ path: path.join(SHOTS, `pmo-1440x900-${theme}.png`) });
      await page.getByTestId("pmo-charts").screenshot({ path: path.join(SHOTS, `pmo-charts-${theme}.png`) });
      const overdue = page.locator('[data-testid="pmo-chart-departments"] [data-series="overdue"]').first();
      expect(await overdue.getAttribute("fill")).toMatch(/^url\(#/);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }

  it("under the system's forced colours, series use system colours", async () => {
    const page = await open(PMO, "/pmo", { forcedColors: true });
    await page.getByTestId("pmo-chart-departments").waitFor();
    await page.getByTestId("pmo-charts").screenshot({ path: path.join(SHOTS, "pmo-charts-forced-colors.png") });
    const fill = await page.locator('[data-testid="pmo-chart-departments"] [data-series="open"]').first().evaluate((e) => getComputedStyle(e).fill);
    const highlight = await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.style.color = "Highlight";
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    });
    expect(fill).toBe(highlight);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("someone without the PMO role gets a page that explains, and leads to My commitments", async () => {
    const page = await open(NOT_PMO);
    const only = page.getByTestId("pmo-only");
    await only.waitFor();
    await page.screenshot({ path: path.join(SHOTS, "pmo-not-pmo.png") });
    expect(await page.getByTestId("pmo-filters").count()).toBe(0);
    expect(await page.getByTestId("pmo-export").count()).toBe(0);
    const link = only.getByTestId("pmo-only-mine");
    expect(await link.getAttribute("href")).toBe("/teams/tab.html?view=mine");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await link.click();
    await page.waitForURL(/\/teams\/tab\.html\?view=mine$/);
    expect(pageErrors).toEqual([]);
  });
});
