// The PMO page's view: the strip of numbers that need action (each a link that filters), rows
// grouped under their objective (or flat), overdue rows tinted and done rows struck through, the
// charts folding away and counting every filter, patterns that tell series apart, and the whole
// view in the URL — written on every change, read back on Back and Forward.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { localIsoDate } from "../../../src/components/dates";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_OBJECTIVE, PREVIEW_CAST } from "../../../src/core/demo/demo-people";
import { addDays, weekEndOf } from "../../../src/core/text/zoned-time";
import { filtersFromSearch, searchOf, NO_FILTERS } from "../../../src/features/pmo-dashboard/filters";
import { PmoDashboard } from "../../../src/features/pmo-dashboard/pmo-dashboard";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example";
const ICHIRO = "ichiro.suzuki@contoso.example";
const today = localIsoDate();

async function seeded() {
  const organizer = createFakeApiClient(demoSeed());
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    attendees: [
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
  });
  const other = await organizer.createAgenda({ objectiveId: null, objectiveTitle: "解約を減らす", attendees: [{ email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" }] });
  const add = (agendaId: string, ownerEmail: string, action: string, dueDate: string) =>
    organizer.addCommitment(agendaId, { ownerEmail, action, dueDate, confirmPastDue: true });
  await add(agenda.id, MISAKI, "Overdue one", addDays(today, -2));
  const done = await add(agenda.id, ICHIRO, "Done one", addDays(today, 30));
  await organizer.updateCommitment(done.id, { status: "done" });
  await add(agenda.id, MISAKI, "This week", today);
  await add(other.id, ICHIRO, "Later", addDays(today, 60));
  return { pmo: organizer.as(demoMe(PREVIEW_CAST.pmo)) };
}

function renderDashboard(api: FakeApiClient, urlState = true) {
  return render(
    <AppShell lang="en">
      <PortsProvider ports={{ api }}>
        <PmoDashboard urlState={urlState} />
      </PortsProvider>
    </AppShell>,
  );
}

const rows = () => screen.queryAllByTestId("pmo-row");
const lastCall = (api: FakeApiClient, method: string) => api.calls.filter((c) => c.method === method).at(-1)?.args[0];

beforeEach(() => window.history.replaceState(null, "", "/pmo"));
afterEach(() => window.history.replaceState(null, "", "/"));

describe("PMO view", () => {
  it("leads with the numbers that need action, each a link to its view", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo);
    const strip = await screen.findByTestId("pmo-strip");
    await waitFor(() => expect(within(strip).getByTestId("pmo-strip-open-value")).toHaveTextContent("3"));
    expect(within(strip).getByTestId("pmo-strip-overdue-value")).toHaveTextContent("1");
    expect(within(strip).getByTestId("pmo-strip-week-value")).toHaveTextContent("1");
    expect(within(strip).getByTestId("pmo-strip-rate-value")).toHaveTextContent("25%");
    // The strip comes before the table in the page.
    const table = await screen.findByTestId("pmo-table");
    expect(strip.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const overdue = within(strip).getByRole("link", { name: "Show the 1 overdue commitments" });
    expect(overdue).toHaveAttribute("href", "?overdue=true");
    fireEvent.click(overdue);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent("Overdue one");
    expect(overdue).toHaveAttribute("aria-current", "true");
    expect(window.location.search).toBe("?overdue=true");
    // The charts and the strip count the same rows as the table: the one overdue commitment is open.
    expect(lastCall(pmo, "dashboardSummary")).toMatchObject({ overdue: "true", today });
    await waitFor(() => expect(within(strip).getByTestId("pmo-strip-open-value")).toHaveTextContent("1"));
    expect(within(strip).getByTestId("pmo-strip-overdue-value")).toHaveTextContent("1");
    expect(within(strip).getByTestId("pmo-strip-week-value")).toHaveTextContent("0");
    expect(within(strip).getByTestId("pmo-strip-rate-value")).toHaveTextContent("0%");

    fireEvent.click(within(strip).getByTestId("pmo-strip-week"));
    await waitFor(() => expect(rows().map((r) => r.dataset.status)).toEqual(["open"]));
    expect(lastCall(pmo, "listCommitments")).toMatchObject({ status: "open", dueFrom: today, dueTo: weekEndOf(today) });
    expect(screen.getByTestId("pmo-applied-due")).toBeInTheDocument();
  });

  it("groups rows under their objective, or lists them flat; tints overdue rows, strikes done ones", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(4));
    const groups = screen.getAllByTestId("pmo-group");
    expect(groups.map((g) => g.textContent)).toEqual([`${DEMO_OBJECTIVE.title}3`, "解約を減らす1"]);
    const overdue = rows().find((r) => r.textContent?.includes("Overdue one"))!;
    const done = rows().find((r) => r.textContent?.includes("Done one"))!;
    expect(overdue).toHaveAttribute("data-overdue", "true");
    expect(getComputedStyle(overdue).backgroundColor).not.toBe(getComputedStyle(rows().find((r) => r.textContent?.includes("Later"))!).backgroundColor);
    expect(getComputedStyle(within(done).getByTestId("pmo-cell-action")).textDecorationLine).toBe("line-through");
    // The action column has the widest share (jsdom lays nothing out: the purpose-first column's
    // fixed width is measured in the browser, pmo-view.e2e).
    const widths = within(screen.getByTestId("pmo-table"))
      .getAllByRole("columnheader")
      .map((h) => getComputedStyle(h).width)
      .filter((w) => w.endsWith("%"))
      .map((w) => Number.parseFloat(w));
    expect(widths[0]).toBe(Math.max(...widths));

    fireEvent.click(screen.getByRole("switch", { name: "Group by shared objective" }));
    await waitFor(() => expect(screen.queryAllByTestId("pmo-group")).toHaveLength(0));
    expect(screen.getByRole("columnheader", { name: "Shared objective" })).toBeInTheDocument();
    expect(window.location.search).toBe("?group=none");
  });

  it("keeps the view in the URL: opens from it, and Back and Forward return to earlier views", async () => {
    const { pmo } = await seeded();
    window.history.replaceState(null, "", "/pmo?status=done&sort=-due&charts=hidden");
    renderDashboard(pmo);
    await waitFor(() => expect(rows().map((r) => r.dataset.status)).toEqual(["done"]));
    expect(lastCall(pmo, "listCommitments")).toMatchObject({ status: "done", sort: "-due" });
    expect(screen.getByTestId("pmo-charts")).toHaveAttribute("data-open", "false");
    expect(screen.queryByTestId("pmo-chart-departments")).not.toBeInTheDocument();

    fireEvent.change(screen.getByTestId("pmo-filter-status"), { target: { value: "open" } });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(window.location.search).toBe("?status=open&sort=-due&charts=hidden");
    fireEvent.click(screen.getByTestId("pmo-charts-toggle"));
    expect(window.location.search).toBe("?status=open&sort=-due");
    expect(await screen.findByTestId("pmo-chart-departments")).toBeInTheDocument();

    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener("popstate", r, { once: true }));
    });
    expect(screen.getByTestId("pmo-charts")).toHaveAttribute("data-open", "false");
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener("popstate", r, { once: true }));
    });
    await waitFor(() => expect(rows().map((r) => r.dataset.status)).toEqual(["done"]));
    expect(screen.getByTestId("pmo-filter-status")).toHaveValue("done");
  });

  it("leaves the URL alone where it is part of another page (/preview)", async () => {
    const { pmo } = await seeded();
    window.history.replaceState(null, "", "/preview?lang=en");
    renderDashboard(pmo, false);
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.change(screen.getByTestId("pmo-filter-status"), { target: { value: "open" } });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(window.location.search).toBe("?lang=en");
  });

  it("draws each series with its own pattern, in the chart and its legend", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo);
    const chart = await screen.findByTestId("pmo-chart-departments");
    await waitFor(() => expect(chart.querySelector('[data-series="overdue"]')).not.toBeNull());
    const overdueFill = chart.querySelector('[data-series="overdue"]')!.getAttribute("fill")!;
    expect(overdueFill).toMatch(/^url\(#cp-overdue-/);
    expect(chart.querySelector(overdueFill.slice(4, -1).replace(/[^#a-zA-Z0-9_-]/g, ""))).not.toBeNull();
    expect(chart.querySelector('[data-series="open"]')!.getAttribute("fill")).toBeNull();
    // The legend's swatches are the same patterns.
    expect(within(chart).getByTestId("pmo-chart-legend").querySelector('svg[data-series="overdue"] pattern')).not.toBeNull();
    // Pattern ids are unique on the page.
    const ids = [...document.querySelectorAll("pattern")].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("view ↔ URL", () => {
  it("round-trips every part of the view and keeps parameters it doesn't own", () => {
    const view = { ...NO_FILTERS, status: "open" as const, department: "企画部", objective: "o1", objectiveTitle: "CRM", overdue: true, q: "価格", dueFrom: "2026-12-07", dueTo: "2026-12-13", sort: "-owner" as const, group: "none" as const, charts: false };
    expect(filtersFromSearch(searchOf(view))).toEqual(view);
    expect(searchOf(NO_FILTERS, "?theme=dark&status=done")).toBe("?theme=dark");
    expect(filtersFromSearch("?status=nope&sort=name&dueFrom=yesterday")).toEqual(NO_FILTERS);
  });
});
