// The PMO's list of requests between departments: filters (asking / asked department, status,
// objective, past the needed-by date) that narrow the list, live in the URL on /pmo (a shared link
// opens the same view; Back returns to the previous one), and go with the CSV and Excel downloads.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_OBJECTIVE, PREVIEW_CAST } from "../../../src/core/demo/demo-people";
import { PmoDashboard } from "../../../src/features/pmo-dashboard/pmo-dashboard";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部

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
  const sales = organizer.as(demoMe(ICHIRO));
  const planning = organizer.as(demoMe(MISAKI));
  await sales.addRequest(agenda.id, { fromDepartment: "営業部", toDepartment: "企画部", text: "期日を過ぎたお願い", neededBy: "2020-01-31" });
  await sales.addRequest(agenda.id, { fromDepartment: "営業部", toDepartment: "企画部", text: "まだ間に合うお願い", neededBy: "2099-01-31" });
  const back = await planning.addRequest(agenda.id, { fromDepartment: "企画部", toDepartment: "営業部", text: "業界別ニーズをまとめてほしい" });
  await sales.respondToRequest(back.id, { action: "accept", owner: ICHIRO, due: "2099-01-31" });
  return organizer.as(demoMe(PREVIEW_CAST.pmo));
}

function renderPmo(api: ReturnType<typeof createFakeApiClient>) {
  render(
    <AppShell lang="ja">
      <PortsProvider ports={{ api }}>
        <PmoDashboard urlState />
      </PortsProvider>
    </AppShell>,
  );
}

const shown = () => within(screen.getByTestId("pmo-requests-list")).queryAllByTestId("pmo-requests-waiting-item").map((li) => li.textContent ?? "");

afterEach(() => window.history.replaceState(null, "", "/"));

describe("PMO: the list of requests between departments", () => {
  it("narrows by asked department and overdue, keeps them in the URL, and Back returns to the previous view", async () => {
    const pmo = await seeded();
    renderPmo(pmo);
    await waitFor(() => expect(shown()).toHaveLength(2));
    await waitFor(() => expect(within(screen.getByTestId("pmo-requests-filter-to")).getAllByRole("option").length).toBeGreaterThan(2));
    fireEvent.change(screen.getByTestId("pmo-requests-filter-to"), { target: { value: "企画部" } });
    fireEvent.click(screen.getByTestId("pmo-requests-filter-overdue"));
    await waitFor(() => expect(shown()).toHaveLength(1));
    expect(shown()[0]).toContain("期日を過ぎたお願い");
    expect(within(screen.getByTestId("pmo-requests-list")).getByTestId("pmo-requests-overdue")).toHaveTextContent("期日超過");
    const params = new URLSearchParams(window.location.search);
    expect(params.get("reqTo")).toBe("企画部");
    expect(params.get("reqOverdue")).toBe("true");
    expect(pmo.calls.filter((c) => c.method === "listRequests").at(-1)?.args[0]).toMatchObject({ to: "企画部", status: "waiting", overdue: "true" });
    window.history.back();
    await waitFor(() => expect(shown()).toHaveLength(2));
  });

  it("a shared link opens the same view: any status of one asking department", async () => {
    const pmo = await seeded();
    window.history.replaceState(null, "", "/pmo?reqFrom=%E4%BC%81%E7%94%BB%E9%83%A8&reqStatus=any");
    renderPmo(pmo);
    await waitFor(() => expect(shown()).toHaveLength(1));
    expect(shown()[0]).toContain("業界別ニーズをまとめてほしい");
    expect(screen.getByTestId("pmo-requests-filter-status")).toHaveValue("");
    fireEvent.click(screen.getByTestId("pmo-requests-filter-clear"));
    await waitFor(() => expect(shown()).toHaveLength(2));
    expect(window.location.search).toBe("");
  });

  it("downloads Excel with the list's filters", async () => {
    const pmo = await seeded();
    Object.assign(URL, { createObjectURL: vi.fn(() => "blob:xlsx"), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^requests-\d{4}-\d{2}-\d{2}\.xlsx$/);
    });
    window.history.replaceState(null, "", "/pmo?reqTo=%E4%BC%81%E7%94%BB%E9%83%A8");
    renderPmo(pmo);
    await waitFor(() => expect(shown()).toHaveLength(2));
    fireEvent.click(screen.getByTestId("pmo-requests-export-xlsx"));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(pmo.calls.filter((c) => c.method === "exportRequestsXlsx")[0]?.args[0]).toEqual({ to: "企画部", status: "waiting", lang: "ja" });
    click.mockRestore();
  });
});
