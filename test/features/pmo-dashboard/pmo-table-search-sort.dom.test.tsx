// The PMO table's search (debounced, one request per pause), sortable headers (server-side sort,
// toggling direction, aria-sort) and the Excel download next to the CSV one.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { unzipSync, strFromU8 } from "fflate";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_OBJECTIVE, PREVIEW_CAST } from "../../../src/core/demo/demo-people";
import { PmoDashboard } from "../../../src/features/pmo-dashboard/pmo-dashboard";
import { SEARCH_DEBOUNCE_MS } from "../../../src/features/pmo-dashboard/search-box";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example";
const ICHIRO = "ichiro.suzuki@contoso.example";

async function seeded(serves?: { action: string; servesObjective: string }) {
  const organizer = createFakeApiClient(demoSeed());
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    attendees: [
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
  });
  const actions = [
    ["価格プランをつくる", MISAKI, "2099-03-01"],
    ["Share the lead list", ICHIRO, "2099-01-01"],
    ["導入事例をまとめる", MISAKI, "2099-02-01"],
  ] as const;
  for (const [action, ownerEmail, dueDate] of actions) await organizer.addCommitment(agenda.id, { ownerEmail, action, dueDate, confirmPastDue: true });
  if (serves) await organizer.addCommitment(agenda.id, { ownerEmail: ICHIRO, ...serves, dueDate: "2099-04-01", confirmPastDue: true });
  return organizer.as(demoMe(PREVIEW_CAST.pmo));
}

function renderDashboard(api: FakeApiClient) {
  return render(
    <AppShell lang="en">
      <PortsProvider ports={{ api }}>
        <PmoDashboard />
      </PortsProvider>
    </AppShell>,
  );
}

const rows = () => screen.queryAllByTestId("pmo-row");
const actions = () => rows().map((r) => r.querySelector('[data-testid="pmo-cell-action"]')?.textContent);
const listCalls = (api: FakeApiClient) => api.calls.filter((c) => c.method === "listCommitments");

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("PMO table: search, sort, Excel export", () => {
  it("searches once typing pauses, with q", async () => {
    const pmo = await seeded();
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(3));
    const before = listCalls(pmo).length;
    vi.useFakeTimers();
    const box = screen.getByRole("searchbox", { name: "Search" });
    for (const text of ["価", "価格", "価格プ"]) fireEvent.change(box, { target: { value: text } });
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50));
    expect(listCalls(pmo)).toHaveLength(before); // still typing: nothing sent yet
    act(() => vi.advanceTimersByTime(100));
    vi.useRealTimers();
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(listCalls(pmo).slice(before).map((c) => (c.args[0] as { q?: string }).q)).toEqual(["価格プ"]);
    expect(actions()).toEqual(["価格プランをつくる"]);

    fireEvent.change(box, { target: { value: "" } });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(listCalls(pmo).at(-1)?.args[0]).not.toHaveProperty("q");
  });

  it("sorts on the server by a header; a second click reverses; aria-sort follows", async () => {
    const pmo = await seeded();
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(actions()).toEqual(["Share the lead list", "導入事例をまとめる", "価格プランをつくる"]);
    const dueHeader = screen.getByTestId("pmo-sort-due");
    expect(dueHeader).toHaveAttribute("aria-sort", "ascending");

    fireEvent.click(within(dueHeader).getByRole("button"));
    await waitFor(() => expect(actions()).toEqual(["価格プランをつくる", "導入事例をまとめる", "Share the lead list"]));
    expect(listCalls(pmo).at(-1)?.args[0]).toMatchObject({ sort: "-due" });
    expect(screen.getByTestId("pmo-sort-due")).toHaveAttribute("aria-sort", "descending");

    fireEvent.click(within(screen.getByTestId("pmo-sort-owner")).getByRole("button"));
    await waitFor(() => expect(listCalls(pmo).at(-1)?.args[0]).toMatchObject({ sort: "owner" }));
    await waitFor(() => expect(rows()[0]).toHaveTextContent("田中 美咲"));
    expect(screen.getByTestId("pmo-sort-owner")).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getByTestId("pmo-sort-due")).not.toHaveAttribute("aria-sort", "descending");

    for (const key of ["department", "status", "updated"]) {
      fireEvent.click(within(screen.getByTestId(`pmo-sort-${key}`)).getByRole("button"));
      await waitFor(() => expect(listCalls(pmo).at(-1)?.args[0]).toMatchObject({ sort: key }));
    }
  });

  it("downloads the filtered commitments as an Excel workbook", async () => {
    const pmo = await seeded();
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => {
        created.push(b);
        return "blob:xlsx";
      }),
      revokeObjectURL: vi.fn(),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^commitments-\d{4}-\d{2}-\d{2}\.xlsx$/);
    });
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.change(screen.getByTestId("pmo-filter-department"), { target: { value: "営業部" } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.click(screen.getByTestId("pmo-export-xlsx"));
    expect(screen.getByTestId("pmo-export-xlsx")).toHaveTextContent("Download Excel");
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(pmo.calls.find((c) => c.method === "exportCommitmentsXlsx")?.args[0]).toEqual({ department: "営業部" });
    const files = unzipSync(new Uint8Array(await created[0]!.arrayBuffer()));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    expect(sheet).toContain("Share the lead list");
    expect(sheet).not.toContain("価格プランをつくる");
  });

  it("shows why a row matched when the match is in a field the table doesn't show", async () => {
    const pmo = await seeded({ action: "Call three customers", servesObjective: "Grows the CRM pipeline" });
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(4));
    // Nothing shown under an action while there is no search.
    expect(screen.queryAllByTestId("pmo-search-match")).toEqual([]);
    fireEvent.change(screen.getByRole("searchbox", { name: "Search" }), { target: { value: "crm pipe" } });
    await waitFor(() => expect(actions()).toEqual(["Call three customersHow it serves the objective: Grows the CRM pipeline"]));
    const match = screen.getByTestId("pmo-search-match");
    expect(match.querySelector("mark")).toHaveTextContent(/^CRM pipe$/);
    // A match in the action itself needs no explanation.
    fireEvent.change(screen.getByRole("searchbox", { name: "Search" }), { target: { value: "lead list" } });
    await waitFor(() => expect(actions()).toEqual(["Share the lead list"]));
    expect(screen.queryAllByTestId("pmo-search-match")).toEqual([]);
  });
});
