// Pressing a chart filters the table: a department's bar and a matrix cell set the department
// filter (the cell: its committing department), an objective's title the objective filter; by
// mouse and by keyboard, named in en and ja; the applied filter is shown and can be cleared, and
// the table reloads from its first page.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import type { Lang } from "../../../src/core/api/primitives";
import { DEMO_OBJECTIVE, PREVIEW_CAST } from "../../../src/core/demo/demo-people";
import { PmoDashboard } from "../../../src/features/pmo-dashboard/pmo-dashboard";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example";
const ICHIRO = "ichiro.suzuki@contoso.example";
const OTHER_OBJECTIVE = "新しい販売チャネルを立ち上げる";

/**
 * Demo objective: A (企画部 → 営業部), B (企画部), C (営業部 → 企画部).
 * Another objective: D (営業部), E (営業部).
 */
async function seeded() {
  const organizer = createFakeApiClient(demoSeed());
  const attendees = [
    { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" as const },
    { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" as const },
  ];
  const demo = await organizer.createAgenda({ objectiveId: "obj_demo", objectiveTitle: DEMO_OBJECTIVE.title, attendees });
  await organizer.addCommitment(demo.id, { ownerEmail: MISAKI, helpsDepartment: "営業部", action: "Action A", dueDate: "2099-01-01" });
  await organizer.addCommitment(demo.id, { ownerEmail: MISAKI, action: "Action B", dueDate: "2099-01-02" });
  await organizer.addCommitment(demo.id, { ownerEmail: ICHIRO, helpsDepartment: "企画部", action: "Action C", dueDate: "2099-01-03" });
  const objective = await organizer.createObjective({ title: OTHER_OBJECTIVE });
  const other = await organizer.createAgenda({ objectiveId: objective.id, objectiveTitle: OTHER_OBJECTIVE, attendees });
  await organizer.addCommitment(other.id, { ownerEmail: ICHIRO, action: "Action D", dueDate: "2099-01-04" });
  await organizer.addCommitment(other.id, { ownerEmail: ICHIRO, action: "Action E", dueDate: "2099-01-05" });
  return { pmo: organizer.as(demoMe(PREVIEW_CAST.pmo)), otherObjectiveId: objective.id };
}

function renderDashboard(api: FakeApiClient, { lang = "en", pageSize = 50 }: { lang?: Lang; pageSize?: number } = {}) {
  return render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api }}>
        <PmoDashboard pageSize={pageSize} />
      </PortsProvider>
    </AppShell>,
  );
}

const rows = () => screen.queryAllByTestId("pmo-row");
const actions = () => rows().map((r) => /Action [A-E]/.exec(r.textContent ?? "")?.[0]).sort();
const lastList = (api: FakeApiClient) => api.calls.filter((c) => c.method === "listCommitments").at(-1)?.args[0];

describe("PMO dashboard: charts filter the table", () => {
  it("a department's bar sets the department filter, shown with a way to clear it", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(5));
    const bar = await screen.findByRole("button", { name: "Show 企画部's commitments" });
    expect(bar).toHaveAttribute("data-department", "企画部");
    fireEvent.click(bar);

    // A, B own; C helps 企画部.
    await waitFor(() => expect(actions()).toEqual(["Action A", "Action B", "Action C"]));
    expect(lastList(pmo)).toMatchObject({ department: "企画部" });
    for (const row of rows()) expect(row).toHaveTextContent("企画部");
    expect(screen.getByTestId("pmo-filter-department")).toHaveValue("企画部");
    const applied = screen.getByRole("group", { name: "Applied filters" });
    expect(applied).toHaveTextContent("Owner or supported department: 企画部");

    fireEvent.click(within(applied).getByRole("button", { name: "Remove the filter Owner or supported department: 企画部" }));
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(lastList(pmo)).not.toHaveProperty("department");
    expect(screen.queryByTestId("pmo-applied-filters")).not.toBeInTheDocument();
  });

  it("works from the keyboard: Enter on a matrix cell, Space on a bar, with a visible focus ring", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(5));
    const cell = await screen.findByRole("button", { name: "企画部 helps 営業部: 1. Show 企画部's commitments" });
    expect(cell).toHaveAttribute("tabindex", "0");
    // Empty cells are no buttons: nothing to show.
    expect(screen.queryByRole("button", { name: /企画部 helps 企画部/ })).not.toBeInTheDocument();
    // Buttons inside a picture would be hidden from assistive technology: the chart is a labelled group.
    expect(screen.getByTestId("pmo-chart-matrix-svg")).toHaveAttribute("role", "group");
    expect(screen.getByTestId("pmo-chart-matrix-svg")).toHaveAccessibleName(expect.stringContaining("企画部 helps 営業部: 1"));

    act(() => cell.focus());
    expect(cell).toHaveFocus();
    expect(within(cell).getByTestId("pmo-chart-focus-ring")).toBeInTheDocument();
    fireEvent.keyDown(cell, { key: "Enter" });
    // The matrix filters by the committing department (the list API has no from → to filter).
    await waitFor(() => expect(actions()).toEqual(["Action A", "Action B", "Action C"]));
    expect(lastList(pmo)).toMatchObject({ department: "企画部" });

    const bar = screen.getByRole("button", { name: "Show 営業部's commitments" });
    act(() => bar.focus());
    expect(within(bar).getByTestId("pmo-chart-focus-ring")).toBeInTheDocument();
    expect(within(cell).queryByTestId("pmo-chart-focus-ring")).not.toBeInTheDocument();
    fireEvent.keyDown(bar, { key: "Tab" });
    expect(lastList(pmo)).toMatchObject({ department: "企画部" });
    fireEvent.keyDown(bar, { key: " " });
    await waitFor(() => expect(actions()).toEqual(["Action A", "Action C", "Action D", "Action E"]));
    expect(lastList(pmo)).toMatchObject({ department: "営業部" });
  });

  it("an objective's title sets the objective filter; clearing all filters keeps the sort", async () => {
    const { pmo, otherObjectiveId } = await seeded();
    renderDashboard(pmo);
    await waitFor(() => expect(rows()).toHaveLength(5));
    fireEvent.click(within(screen.getByTestId("pmo-sort-owner")).getByRole("button"));
    await waitFor(() => expect(lastList(pmo)).toMatchObject({ sort: "owner" }));

    fireEvent.click(await screen.findByRole("button", { name: `${OTHER_OBJECTIVE}: 0 of 2 done (0%). Show these commitments` }));
    await waitFor(() => expect(actions()).toEqual(["Action D", "Action E"]));
    expect(lastList(pmo)).toMatchObject({ objective: otherObjectiveId, sort: "owner" });
    expect(screen.getByTestId("pmo-applied-objective")).toHaveTextContent(`Shared objective: ${OTHER_OBJECTIVE}`);

    // The charts now count that objective only (no bar for 企画部): both filters at once through the
    // department select, then all cleared together.
    await waitFor(() => expect(screen.queryByRole("button", { name: "Show 企画部's commitments" })).not.toBeInTheDocument());
    fireEvent.change(screen.getByTestId("pmo-filter-department"), { target: { value: "企画部" } });
    await waitFor(() => expect(lastList(pmo)).toMatchObject({ objective: otherObjectiveId, department: "企画部" }));
    expect(await screen.findByTestId("pmo-empty")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Clear all filters" }));
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(lastList(pmo)).toEqual({ sort: "owner", limit: 50 });
  });

  it("reloads the table from its first page", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo, { pageSize: 2 });
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(lastList(pmo)).toHaveProperty("cursor");

    fireEvent.click(await screen.findByRole("button", { name: "Show 営業部's commitments" }));
    await waitFor(() => expect(lastList(pmo)).toMatchObject({ department: "営業部" }));
    expect(lastList(pmo)).not.toHaveProperty("cursor");
    await waitFor(() => expect(actions()).toEqual(["Action A", "Action C"]));
  });

  it("names the chart buttons and the applied filter in Japanese", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo, { lang: "ja" });
    expect(await screen.findByRole("button", { name: `${DEMO_OBJECTIVE.title}：3件中0件完了（0%）。このコミットメントを表示` })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "企画部→営業部 1件。企画部のコミットメントを表示" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "営業部のコミットメントを表示" }));
    const applied = await screen.findByRole("group", { name: "適用中の絞り込み" });
    expect(within(applied).getByRole("button", { name: "絞り込み「担当または支援先の部門：営業部」を解除" })).toBeInTheDocument();
    expect(within(applied).getByRole("button", { name: "絞り込みをすべて解除" })).toBeInTheDocument();
  });
});
