// The PMO sees requests between departments: asks per direction by status, how fast each asked
// department answers, and the requests still waiting, oldest first — from the fake API.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_OBJECTIVE, PREVIEW_CAST } from "../../../src/core/demo/demo-people";
import { PmoDashboard } from "../../../src/features/pmo-dashboard/pmo-dashboard";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部
const HOUR = 3_600_000;

async function seeded() {
  let clock = Date.now() - 4 * 24 * HOUR;
  const organizer = createFakeApiClient({ ...demoSeed(), now: () => new Date(clock) });
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    attendees: [
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
  });
  const sales = organizer.as(demoMe(ICHIRO));
  const planning = organizer.as(demoMe(MISAKI));
  const first = await sales.addRequest(agenda.id, { fromDepartment: "営業部", toDepartment: "企画部", text: "技術検討を始めてほしい" });
  clock += 60_000;
  await sales.addRequest(agenda.id, { fromDepartment: "営業部", toDepartment: "企画部", text: "事例を貸してほしい" });
  clock += 6 * HOUR - 60_000;
  await planning.respondToRequest(first.id, { action: "counter", text: "まず1社で検証したい" });
  clock += 24 * HOUR;
  const back = await planning.addRequest(agenda.id, { fromDepartment: "企画部", toDepartment: "営業部", text: "業界別ニーズをまとめてほしい" });
  clock += 2 * HOUR;
  await sales.respondToRequest(back.id, { action: "accept", owner: ICHIRO, due: "2099-01-31" });
  clock = Date.now();
  return { pmo: organizer.as(demoMe(PREVIEW_CAST.pmo)), sales };
}

describe("PMO dashboard: requests between departments", () => {
  it("shows the matrix by status, the median time to a first answer, and what is still waiting", async () => {
    const { pmo } = await seeded();
    render(
      <AppShell lang="en">
        <PortsProvider ports={{ api: pmo }}>
          <PmoDashboard />
        </PortsProvider>
      </AppShell>,
    );
    const panel = await screen.findByTestId("pmo-requests");
    await waitFor(() => expect(within(panel).getAllByTestId("pmo-requests-pair")).toHaveLength(2));
    const [salesToPlanning, planningToSales] = within(panel).getAllByTestId("pmo-requests-pair");
    expect(salesToPlanning).toHaveAttribute("data-from", "営業部");
    const cell = (row: HTMLElement, status: string) => row.querySelector(`[data-status="${status}"]`)?.textContent;
    expect([cell(salesToPlanning!, "open"), cell(salesToPlanning!, "countered")]).toEqual(["1", "1"]);
    expect(cell(planningToSales!, "accepted")).toBe("1");
    const median = (department: string) =>
      within(within(panel).getAllByTestId("pmo-requests-department").find((r) => r.getAttribute("data-department") === department)!).getByTestId("pmo-requests-median").textContent;
    expect(median("企画部")).toBe("6 h");
    expect(median("営業部")).toBe("2 h");
    const waiting = within(panel).getAllByTestId("pmo-requests-waiting-item").map((li) => li.textContent);
    expect(waiting).toHaveLength(2);
    expect(waiting[0]).toContain("技術検討を始めてほしい");
    expect(waiting[0]).toContain("Open for 4 days · Waiting for 営業部");
    expect(waiting[1]).toContain("Waiting for 企画部");
  });

  it("is not shown to someone without the PMO role", async () => {
    const { sales } = await seeded();
    render(
      <AppShell lang="ja">
        <PortsProvider ports={{ api: sales }}>
          <PmoDashboard />
        </PortsProvider>
      </AppShell>,
    );
    await screen.findByTestId("pmo-only");
    expect(screen.queryByTestId("pmo-requests")).toBeNull();
  });

  it("downloads the listed requests (by default those waiting) as CSV in the page's language", async () => {
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
      expect(this.download).toMatch(/^requests-\d{4}-\d{2}-\d{2}\.csv$/);
    });
    render(
      <AppShell lang="en">
        <PortsProvider ports={{ api: pmo }}>
          <PmoDashboard />
        </PortsProvider>
      </AppShell>,
    );
    fireEvent.click(await screen.findByTestId("pmo-requests-export"));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(pmo.calls.filter((c) => c.method === "exportRequestsCsv")[0]?.args[0]).toEqual({ status: "waiting", lang: "en" });
    expect(await created[0]!.text()).toContain("技術検討を始めてほしい");
    expect(await created[0]!.text()).not.toContain("業界別ニーズをまとめてほしい");
    click.mockRestore();
  });
});
