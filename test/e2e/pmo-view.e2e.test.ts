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
  async function open(
    email: string,
    url = "/pmo",
    options: { forcedColors?: boolean; colorScheme?: "light" | "dark"; viewport?: typeof VIEWPORT } = {},
  ): Promise<Page> {
    const context = await browser.newContext({
      viewport: options.viewport ?? VIEWPORT,
      locale: "ja-JP",
      colorScheme: options.colorScheme ?? "light",
      ...(options.forcedColors ? { forcedColors: "active" as const } : {}),
    });
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

  /** What a system colour keyword resolves to on this page. */
  const systemColour = (page: Page, name: string) =>
    page.evaluate((colour) => {
      const probe = document.createElement("div");
      probe.style.color = colour;
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    }, name);

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

  it("charts and the numbers at the top follow the status filter, and the charts fold away", async () => {
    const page = await open(PMO, "/pmo?status=done");
    await page.getByTestId("pmo-chart-departments").waitFor();
    // Nothing done is open or overdue: the open/overdue chart has nothing to draw for this filter.
    await page.getByTestId("pmo-chart-departments-empty").waitFor();
    // The numbers at the top count the same rows: nothing done is open, and all of it is done.
    await expect.poll(() => page.getByTestId("pmo-strip-open-value").textContent()).toBe("0");
    await expect.poll(() => page.getByTestId("pmo-strip-rate-value").textContent()).toBe("100%");
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
    const highlight = await systemColour(page, "Highlight");
    expect(fill).toBe(highlight);
    // Every label of every chart in a system text colour (on Canvas, or on Highlight in the
    // matrix's busiest cells), not a theme's grey on the contrast theme's background.
    const readable = [await systemColour(page, "CanvasText"), await systemColour(page, "HighlightText")];
    const labels = await page.getByTestId("pmo-charts").locator("svg text").evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.filter((f) => !readable.includes(f))).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "pmo-1440x900-forced-colors.png"), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("follows the system's dark theme, live, when no ?theme= chooses", async () => {
    const page = await open(PMO, "/pmo", { colorScheme: "dark" });
    await page.getByTestId("pmo-row").first().waitFor();
    await page.getByTestId("pmo-chart-departments").waitFor();
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const luminance = async () => (await background()).match(/\d+/g)!.slice(0, 3).reduce((n, c) => n + Number(c), 0) / 3;
    expect(await luminance()).toBeLessThan(64);
    await page.screenshot({ path: path.join(SHOTS, "pmo-1440x900-system-dark.png") });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });
    await expect.poll(luminance).toBeGreaterThan(192);
    expect(pageErrors).toEqual([]);
  });

  it("opens in the language ?lang= names, and its ja/en switch keeps the view's other parameters", async () => {
    const page = await open(PMO, "/pmo?lang=en&status=open&group=none");
    await page.getByTestId("pmo-row").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByRole("heading", { name: "Commitments" }).waitFor();
    const toJa = page.getByTestId("lang-switch-ja");
    expect(await page.getByTestId("lang-switch-en").getAttribute("aria-current")).toBe("true");
    expect(new URLSearchParams(new URL((await toJa.getAttribute("href"))!, server.baseUrl).search).get("status")).toBe("open");
    await page.screenshot({ path: path.join(SHOTS, "pmo-lang-en.png") });
    await toJa.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("ja");
    await page.getByRole("heading", { name: "コミットメント一覧" }).waitFor();
    const params = new URL(page.url()).searchParams;
    expect([params.get("lang"), params.get("status"), params.get("group")]).toEqual(["ja", "open", "none"]);
    // The view's own links carry the language too.
    expect(await page.getByTestId("pmo-nav-objectives").getAttribute("href")).toBe("/pmo?view=objectives&lang=ja");
    await page.screenshot({ path: path.join(SHOTS, "pmo-lang-ja.png") });
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  for (const width of [1440, 1024]) {
    it(`keeps the purpose-first badge on one line inside its cell in the flat list at ${width}px`, async () => {
      const page = await open(PMO, "/pmo?group=none", { viewport: { width, height: 900 } });
      const badges = page.getByTestId("pmo-purpose-score").getByTestId("purpose-score");
      await badges.first().waitFor();
      const lines = await badges.evaluateAll((els) =>
        els.map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          const cell = el.closest("td")!.getBoundingClientRect();
          return { lines: tops.size, inside: el.getBoundingClientRect().right <= cell.right };
        }),
      );
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((l) => l.lines !== 1 || !l.inside)).toEqual([]);
      await page.getByTestId("pmo-table").screenshot({ path: path.join(SHOTS, `pmo-flat-${width}.png`) });
      expect(pageErrors).toEqual([]);
    });
  }

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
