import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { localIsoDate } from "../../../src/components/dates";
import { DEMO_OBJECTIVE, PREVIEW_CAST } from "../../../src/core/demo/demo-people";
import { PmoDashboard } from "../../../src/features/pmo-dashboard/pmo-dashboard";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example";
const ICHIRO = "ichiro.suzuki@contoso.example";

async function seeded(count = 3) {
  const organizer = createFakeApiClient(demoSeed());
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    attendees: [
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
  });
  for (let i = 0; i < count; i++) {
    await organizer.addCommitment(agenda.id, {
      ownerEmail: i % 2 === 0 ? MISAKI : ICHIRO,
      action: `Action ${i + 1}`,
      dueDate: i === 0 ? "2020-01-01" : "2099-01-01",
      confirmPastDue: i === 0,
    });
  }
  const pmo = organizer.as(demoMe(PREVIEW_CAST.pmo));
  return { organizer, pmo, agendaId: agenda.id };
}

function renderDashboard(api: FakeApiClient, pageSize = 50) {
  return render(
    <AppShell lang="en">
      <PortsProvider ports={{ api }}>
        <PmoDashboard pageSize={pageSize} />
      </PortsProvider>
    </AppShell>,
  );
}

const rows = () => screen.queryAllByTestId("pmo-row");
const calls = (api: FakeApiClient, method: string) => api.calls.filter((c) => c.method === method);

afterEach(() => vi.restoreAllMocks());

describe("PMO dashboard", () => {
  it("lists every commitment with objective, owner, department and due date", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(3));
    const first = rows().find((r) => r.textContent?.includes("Action 1"))!;
    // Rows sit under their shared objective, named once in the group's header.
    const groups = screen.getAllByTestId("pmo-group");
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveTextContent(`${DEMO_OBJECTIVE.title}3`);
    expect(first).not.toHaveTextContent(DEMO_OBJECTIVE.title);
    expect(first).toHaveTextContent("田中 美咲");
    expect(first).toHaveTextContent("企画部");
    expect(within(first).getByText("Overdue")).toBeInTheDocument();
    expect(screen.getByTestId("pmo-count")).toHaveTextContent("Showing 3");
  });

  it("changes a status inline", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(3));
    const row = rows().find((r) => r.textContent?.includes("Action 2"))!;
    const score = within(row).getByTestId("pmo-purpose-score").textContent;
    expect(score).toMatch(/\d/);
    const select = within(row).getByRole("combobox", { name: "Status of “Action 2”" });
    select.focus();
    fireEvent.change(select, { target: { value: "done" } });
    // Saving: the control stays usable and focused (a disabled one drops the focus to the page).
    expect(select).not.toBeDisabled();
    expect(select).toHaveAttribute("aria-busy", "true");
    await waitFor(() =>
      expect(rows().find((r) => r.textContent?.includes("Action 2"))).toHaveAttribute("data-status", "done"),
    );
    expect(select).toHaveFocus();
    // Announced politely in a region that floats over the page, and dismissible.
    const notice = screen.getByTestId("pmo-notice");
    expect(notice).toHaveTextContent("Status changed to “Done”.");
    expect(screen.getByTestId("pmo-row-status")).toHaveAttribute("aria-live", "polite");
    expect(screen.getByTestId("pmo-row-status")).toContainElement(notice);
    // The answer is the list's Commitment: its purpose-first score stays.
    expect(within(row).getByTestId("pmo-purpose-score").textContent).toBe(score);
    fireEvent.click(screen.getByTestId("pmo-notice-dismiss"));
    expect(screen.queryByTestId("pmo-notice")).not.toBeInTheDocument();
    const id = row.dataset.commitmentId!;
    expect(calls(pmo, "updateCommitment")[0]?.args).toEqual([id, { status: "done" }, { ifMatch: 1 }]);
  });

  it("on a 412 shows the reloaded row and says so; choosing the status again applies it on top", async () => {
    const { pmo, organizer } = await seeded();
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(3));
    const id = rows().find((r) => r.textContent?.includes("Action 2"))!.dataset.commitmentId!;
    await organizer.updateCommitment(id, { action: "Action 2 rewritten" });
    const select = () => within(rows().find((r) => r.dataset.commitmentId === id)!).getByTestId("pmo-status");
    fireEvent.change(select(), { target: { value: "done" } });
    await waitFor(() =>
      expect(screen.getByTestId("pmo-notice")).toHaveTextContent("Someone changed this commitment; reloaded — apply your change again?"),
    );
    const row = rows().find((r) => r.dataset.commitmentId === id)!;
    expect(row).toHaveTextContent("Action 2 rewritten");
    expect(row).toHaveAttribute("data-status", "open");
    fireEvent.change(select(), { target: { value: "done" } });
    await waitFor(() => expect(rows().find((r) => r.dataset.commitmentId === id)).toHaveAttribute("data-status", "done"));
    expect(calls(pmo, "updateCommitment").map((c) => c.args[2])).toEqual([{ ifMatch: 1 }, { ifMatch: 2 }]);
  });

  it("filters by status, department and overdue", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getByRole("checkbox", { name: "Overdue only" }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(calls(pmo, "listCommitments").at(-1)?.args[0]).toMatchObject({ overdue: "true" });
    fireEvent.click(screen.getByRole("checkbox", { name: "Overdue only" }));
    await waitFor(() => expect(rows()).toHaveLength(3));

    fireEvent.change(screen.getByTestId("pmo-filter-department"), { target: { value: "営業部" } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent("鈴木 一郎");

    fireEvent.change(screen.getByTestId("pmo-filter-status"), { target: { value: "done" } });
    expect(await screen.findByTestId("pmo-empty")).toHaveTextContent("No commitments match these filters.");
  });

  it("says the department filter matches the owner's or the supported department, as its rows and its chips do", async () => {
    const { pmo, organizer, agendaId } = await seeded();
    // 営業部 owns it and supports 企画部: it belongs under 企画部's filter, and the label says why.
    await organizer.addCommitment(agendaId, { ownerEmail: ICHIRO, action: "Supports planning", dueDate: "2099-02-01", helpsDepartment: "企画部" });
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(4));
    const filter = screen.getByRole("combobox", { name: "Owner or supported department" });
    fireEvent.change(filter, { target: { value: "企画部" } });
    await waitFor(() => expect(rows()).toHaveLength(3));
    const supported = rows().find((r) => r.textContent?.includes("Supports planning"))!;
    expect(within(supported).getByTestId("pmo-cell-department")).toHaveTextContent("営業部");
    expect(within(supported).getByTestId("pmo-cell-helps")).toHaveTextContent("企画部");
    expect(screen.getByText("Owner or supported department: 企画部")).toBeInTheDocument();
  });

  it("loads more by cursor", async () => {
    const { pmo } = await seeded(5);
    renderDashboard(pmo, 2);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
    expect(new Set(rows().map((r) => r.dataset.commitmentId)).size).toBe(5);
  });

  it("exports the filtered commitments as a CSV download", async () => {
    const { pmo } = await seeded();
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => {
        created.push(b);
        return "blob:csv";
      }),
      revokeObjectURL: vi.fn(),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^commitments-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(this.href).toBe("blob:csv");
    });
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getByRole("checkbox", { name: "Overdue only" }));
    fireEvent.click(screen.getByTestId("pmo-export"));
    expect(screen.getByTestId("pmo-export")).toHaveTextContent("Download CSV");
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(calls(pmo, "exportCommitmentsCsv")[0]?.args[0]).toEqual({ overdue: "true", today: localIsoDate() });
    const text = await created[0]!.text();
    expect(text).toContain("Action 1");
    expect(text).not.toContain("Action 2");
  });

  it("shows someone without the PMO role a page that explains and leads to My commitments", async () => {
    const { organizer } = await seeded();
    renderDashboard(organizer.as(demoMe(MISAKI)));
    const only = await screen.findByTestId("pmo-only");
    expect(within(only).getByRole("heading", { name: "This page is for PMOs" })).toBeInTheDocument();
    expect(only).toHaveTextContent("only people with the PMO role can open it");
    expect(within(only).getByRole("link", { name: "Open my commitments" })).toHaveAttribute("href", "/teams/tab.html?view=mine");
    // No filters, exports, strip or empty table for them.
    for (const id of ["pmo-filters", "pmo-export", "pmo-strip", "pmo-table", "pmo-charts"]) expect(screen.queryByTestId(id)).not.toBeInTheDocument();
  });
});
