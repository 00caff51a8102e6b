// The PMO dashboard page (/pmo) in Chromium against the real server and its seeded demo data: the
// PMO picks themself, and the charts (pictures with accessible names) draw the server's aggregates;
// then the table: search, sort, an inline status change, and both exports as real downloads; and
// pressing a chart (mouse and keyboard) filters the table.
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import type { Download, Locator, Page as BrowserPage } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Commitment, Page } from "../../src/core/api/contract";
import type { DashboardSummary } from "../../src/core/api/dashboard-contract";
import { seriousA11yViolations, useBrowserSession } from "./harness";

const PMO = "satoshi.yamamoto@contoso.example";
/** Words of one demo commitment's action (open and overdue in the demo data). */
const PRICE_PLAN = "価格プランの案";

async function pmoToken(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: PMO, roles: ["PMO"] }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function summaryFor(baseUrl: string): Promise<DashboardSummary> {
  const res = await fetch(`${baseUrl}/api/dashboard/summary`, { headers: { authorization: `Bearer ${await pmoToken(baseUrl)}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as DashboardSummary;
}

async function listIds(baseUrl: string, query: string): Promise<Commitment[]> {
  const res = await fetch(`${baseUrl}/api/commitments?${query}`, { headers: { authorization: `Bearer ${await pmoToken(baseUrl)}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as Page<Commitment>).items;
}

/** Opens /pmo as the PMO: the page remembers the person picked in an earlier test, so pick only if it asks. */
async function openTableAsPmo(page: BrowserPage, baseUrl: string): Promise<Locator> {
  await page.goto(`${baseUrl}/pmo`);
  const picker = page.getByTestId("person-picker");
  const rows = page.getByTestId("pmo-row");
  await rows.first().or(picker).waitFor();
  if (await picker.isVisible()) {
    await picker.getByTestId("person-picker-select").selectOption(PMO);
    await picker.getByRole("button").click();
  }
  return rows;
}

async function downloaded(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFileSync(file);
}

describe("/pmo dashboard charts", () => {
  const session = useBrowserSession();

  it("draws the seeded demo data as charts with accessible names and no serious axe violations", async () => {
    const { baseUrl } = session.server;
    const summary = await summaryFor(baseUrl);
    expect(summary.matrix.length).toBeGreaterThan(0);

    const page = session.page;
    await page.goto(`${baseUrl}/pmo`);
    const picker = page.getByTestId("person-picker");
    await picker.waitFor();
    await picker.getByTestId("person-picker-select").selectOption(PMO);
    await picker.getByRole("button").click();

    const charts = page.getByTestId("pmo-charts");
    await charts.waitFor();
    // Charts with buttons in them are labelled groups (an image's content is presentational).
    for (const [id, role] of [["pmo-chart-completion", "img"], ["pmo-chart-departments", "group"], ["pmo-chart-matrix", "group"]] as const) {
      const svg = page.getByTestId(`${id}-svg`);
      await svg.waitFor();
      expect(await svg.getAttribute("role")).toBe(role);
      expect((await svg.getAttribute("aria-label"))?.length ?? 0).toBeGreaterThan(20);
    }
    const cells = page.getByTestId("pmo-chart-matrix-cell").and(page.locator(":not([data-total='0'])"));
    await expect.poll(() => cells.count()).toBe(summary.matrix.length);
    const first = summary.matrix[0]!;
    const cell = page.locator(`[data-testid="pmo-chart-matrix-cell"][data-from="${first.from}"][data-to="${first.to}"]`);
    expect(await cell.getAttribute("data-total")).toBe(String(first.total));
    const box = await page.getByTestId("pmo-chart-matrix-svg").boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    await page.getByTestId("pmo-objectives").waitFor();
    expect(await page.getByTestId("pmo-objective").count()).toBe(summary.byObjective.length);

    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it("searches, sorts, changes a status and downloads the CSV and the Excel workbook", async () => {
    const { baseUrl } = session.server;
    const page = session.page;
    const rows = await openTableAsPmo(page, baseUrl);
    await expect.poll(() => rows.count()).toBe(5);
    const rowIds = () => rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-commitment-id")));

    // Search: the table asks the server with q once typing pauses.
    await page.getByTestId("pmo-search").fill(PRICE_PLAN);
    await expect.poll(() => rows.count()).toBe(1);
    const priceRow = rows.first();
    expect(await priceRow.textContent()).toContain(PRICE_PLAN);
    await page.getByTestId("pmo-search").fill("");
    await expect.poll(() => rows.count()).toBe(5);

    // Sort: the rows come back in the server's order for sort=owner, then reversed.
    await page.getByTestId("pmo-sort-owner").getByRole("button").click();
    const byOwner = (await listIds(baseUrl, "sort=owner")).map((c) => c.id);
    await expect.poll(rowIds).toEqual(byOwner);
    expect(await page.getByTestId("pmo-sort-owner").getAttribute("aria-sort")).toBe("ascending");
    await page.getByTestId("pmo-sort-owner").getByRole("button").click();
    await expect.poll(rowIds).toEqual((await listIds(baseUrl, "sort=-owner")).map((c) => c.id));
    expect(await page.getByTestId("pmo-sort-owner").getAttribute("aria-sort")).toBe("descending");

    // A status change, kept by the server; the focus stays on the control, the table stays put
    // (the answer floats in a live region), and the row keeps its purpose-first score.
    const target = rows.filter({ hasText: PRICE_PLAN });
    const id = (await target.getAttribute("data-commitment-id"))!;
    const status = target.getByTestId("pmo-status");
    const score = await target.getByTestId("pmo-purpose-score").textContent();
    expect(score).toMatch(/\d/);
    const tableTop = async () => (await page.getByTestId("pmo-table").boundingBox())!.y;
    const top = await tableTop();
    await status.focus();
    await status.selectOption("done");
    await expect.poll(() => target.getAttribute("data-status")).toBe("done");
    await page.getByTestId("pmo-notice").waitFor();
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await tableTop()).toBe(top);
    expect(await target.getByTestId("pmo-purpose-score").textContent()).toBe(score);
    expect((await listIds(baseUrl, "status=done")).map((c) => c.id)).toContain(id);

    // CSV: UTF-8 with a BOM, Japanese headers, the changed row with its new status.
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("pmo-export").click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^commitments-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await downloaded(csvDownload);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString("utf8").slice(1).split("\r\n");
    // Times in the organisation's time zone, named in the header; the meeting's title and date.
    expect(lines[0]).toMatch(/^期限,担当者,/);
    expect(lines[0]).toContain(",会議,会議の日時（");
    const line = lines.find((l) => l.includes(id))!;
    expect(line).toContain(PRICE_PLAN);
    expect(line).toContain(",完了,");
    expect(lines.filter((l) => l !== "")).toHaveLength(6);

    // Excel: a real workbook with the same rows.
    const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("pmo-export-xlsx").click()]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/^commitments-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const files = unzipSync(new Uint8Array(await downloaded(xlsxDownload)));
    expect(strFromU8(files["[Content_Types].xml"]!)).toContain("spreadsheetml.sheet.main+xml");
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    expect(sheet.match(/<row>/g)).toHaveLength(6);
    expect(sheet).toContain(PRICE_PLAN);
    // A due date is a calendar day: 「期限」 names no time zone; the times' headers do.
    expect(sheet).toContain(">期限<");
    expect(sheet).toMatch(/>作成日時（[^）]+）</);
    expect(sheet).toContain(`>${id}<`);

    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it("filters the table by a department when its bar is pressed, or a matrix cell from the keyboard", async () => {
    const { baseUrl } = session.server;
    const page = session.page;
    const rows = await openTableAsPmo(page, baseUrl);
    await expect.poll(() => rows.count()).toBe(5);
    const rowIds = () => rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-commitment-id")));
    /** Each row's owner's and helped department. */
    const rowDepartments = () =>
      rows.evaluateAll((els) =>
        els.map((e) => [
          e.querySelector('[data-testid="pmo-cell-department"]')?.textContent ?? "",
          e.querySelector('[data-testid="pmo-cell-helps"]')?.textContent ?? "",
        ]),
      );

    // A department with fewer commitments than the whole table, so the filter visibly narrows it.
    const summary = await summaryFor(baseUrl);
    const all = await listIds(baseUrl, "limit=200");
    const target = summary.byDepartment
      .filter((d) => d.open + d.overdue > 0) // the bars the chart draws
      .map((d) => ({
        department: d.department,
        ids: all.filter((c) => c.ownerDepartment === d.department || c.helpsDepartment === d.department).map((c) => c.id),
      }))
      .find((d) => d.ids.length > 0 && d.ids.length < all.length);
    expect(target).toBeDefined();
    const department = target!.department;

    await page.getByRole("button", { name: `Show ${department}'s commitments`, exact: true }).click();
    await expect.poll(rowIds).toEqual((await listIds(baseUrl, `department=${encodeURIComponent(department)}`)).map((c) => c.id));
    expect(await rows.count()).toBe(target!.ids.length);
    for (const [owner, helps] of await rowDepartments()) expect([owner, helps]).toContain(department);
    expect(await page.getByTestId("pmo-filter-department").inputValue()).toBe(department);
    expect(await page.getByTestId("pmo-applied-department").textContent()).toContain(department);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Clear, then a matrix cell from the keyboard: it filters by the committing department.
    await page.getByTestId("pmo-applied-clear").click();
    await expect.poll(() => rows.count()).toBe(5);
    const cell = page.locator('[data-testid="pmo-chart-matrix-cell"][role="button"]').first();
    const from = (await cell.getAttribute("data-from"))!;
    await cell.focus();
    await page.getByTestId("pmo-chart-focus-ring").waitFor();
    await page.keyboard.press("Enter");
    await expect.poll(rowIds).toEqual((await listIds(baseUrl, `department=${encodeURIComponent(from)}`)).map((c) => c.id));
    for (const [owner, helps] of await rowDepartments()) expect([owner, helps]).toContain(from);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it("offers no To Do sync where the server can't do it (local mode: client-config says so)", async () => {
    const { baseUrl } = session.server;
    const config = (await (await fetch(`${baseUrl}/api/client-config`)).json()) as { taskSync?: boolean };
    expect(config.taskSync).toBe(false);
    const page = session.page;
    const rows = await openTableAsPmo(page, baseUrl);
    await rows.first().waitFor();
    expect(await page.getByTestId("pmo-sync").count()).toBe(0);
    expect(await page.getByRole("columnheader", { name: "To Do" }).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
