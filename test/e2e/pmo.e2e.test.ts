// The PMO dashboard page (/pmo) in Chromium against the real server and its seeded demo data: the
// PMO picks themself, and the charts (pictures with accessible names) draw the server's aggregates.
import { describe, expect, it } from "vitest";
import type { DashboardSummary } from "../../src/core/api/dashboard-contract";
import { seriousA11yViolations, useBrowserSession } from "./harness";

const PMO = "satoshi.yamamoto@contoso.example";

async function summaryFor(baseUrl: string, email: string): Promise<DashboardSummary> {
  const tokenRes = await fetch(`${baseUrl}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, roles: ["PMO"] }),
  });
  const { accessToken } = (await tokenRes.json()) as { accessToken: string };
  const res = await fetch(`${baseUrl}/api/dashboard/summary`, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as DashboardSummary;
}

describe("/pmo dashboard charts", () => {
  const session = useBrowserSession();

  it("draws the seeded demo data as charts with accessible names and no serious axe violations", async () => {
    const { baseUrl } = session.server;
    const summary = await summaryFor(baseUrl, PMO);
    expect(summary.matrix.length).toBeGreaterThan(0);

    const page = session.page;
    await page.goto(`${baseUrl}/pmo`);
    const picker = page.getByTestId("person-picker");
    await picker.waitFor();
    await picker.getByTestId("person-picker-select").selectOption(PMO);
    await picker.getByRole("button").click();

    const charts = page.getByTestId("pmo-charts");
    await charts.waitFor();
    for (const id of ["pmo-chart-completion", "pmo-chart-departments", "pmo-chart-matrix"]) {
      const svg = page.getByTestId(`${id}-svg`);
      await svg.waitFor();
      expect(await svg.getAttribute("role")).toBe("img");
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
});
