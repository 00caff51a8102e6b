// The dashboard's charts drawn from the fake API: values in the pictures, accessible names that
// say the same in words (en and ja), hidden for non-PMOs, and following the department filter.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
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

/** 企画部 → 営業部 done, 企画部 overdue (no helped department), 営業部 → 企画部 open; all created 2026-11-18. */
async function seeded() {
  const organizer = createFakeApiClient({ ...demoSeed(), now: () => new Date("2026-11-18T03:00:00Z") });
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    attendees: [
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
  });
  const done = await organizer.addCommitment(agenda.id, { ownerEmail: MISAKI, helpsDepartment: "営業部", action: "A", dueDate: "2099-01-01" });
  await organizer.updateCommitment(done.id, { status: "done" });
  await organizer.addCommitment(agenda.id, { ownerEmail: MISAKI, action: "B", dueDate: "2020-01-01", confirmPastDue: true });
  await organizer.addCommitment(agenda.id, { ownerEmail: ICHIRO, helpsDepartment: "企画部", action: "C", dueDate: "2099-01-01" });
  const score = (await organizer.getAgenda(agenda.id)).agenda.purposeScore ?? 0;
  return { organizer, pmo: organizer.as(demoMe(PREVIEW_CAST.pmo)), score };
}

function renderDashboard(api: FakeApiClient, lang: Lang = "en") {
  return render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api }}>
        <PmoDashboard />
      </PortsProvider>
    </AppShell>,
  );
}

const picture = (testId: string) => screen.getByTestId(`${testId}-svg`);

describe("PMO dashboard charts", () => {
  it("draws every chart with the numbers and an accessible summary", async () => {
    const { pmo, score } = await seeded();
    renderDashboard(pmo);
    await waitFor(() => expect(screen.getByTestId("pmo-chart-completion-svg")).toBeInTheDocument());
    expect(screen.getByRole("heading", { name: "Charts" })).toBeInTheDocument();

    const completion = picture("pmo-chart-completion");
    expect(completion).toHaveAttribute("role", "img");
    expect(completion).toHaveAccessibleName(expect.stringContaining("week of 2026-11-16: 33% (1 of 3)"));
    expect(within(completion).getByText("33%")).toBeInTheDocument();

    const departments = picture("pmo-chart-departments");
    expect(departments).toHaveAccessibleName(expect.stringContaining("企画部: 0 open on time, 1 overdue"));
    expect(departments).toHaveAccessibleName(expect.stringContaining("営業部: 1 open on time, 0 overdue"));
    expect(screen.getAllByTestId("pmo-chart-department-row").map((r) => r.dataset.department)).toEqual(["企画部", "営業部"]);

    const matrix = picture("pmo-chart-matrix");
    expect(matrix).toHaveAccessibleName(expect.stringContaining("企画部 helps 営業部: 1, 100% done"));
    const cells = screen.getAllByTestId("pmo-chart-matrix-cell").map((c) => [c.dataset.from, c.dataset.to, c.dataset.total]);
    expect(cells).toEqual([
      ["企画部", "企画部", "0"],
      ["企画部", "営業部", "1"],
      ["営業部", "企画部", "1"],
      ["営業部", "営業部", "0"],
    ]);
    expect(within(matrix).getByText("100% done")).toBeInTheDocument();

    const purpose = picture("pmo-chart-purpose");
    expect(purpose).toHaveAccessibleName(expect.stringContaining(`week of 2026-11-16: ${score} (1 meetings)`));
    expect(screen.getByTestId("pmo-chart-purpose-point")).toHaveAttribute("data-score", String(score));

    const objective = screen.getByTestId("pmo-objective");
    expect(objective).toHaveTextContent(`${DEMO_OBJECTIVE.title}: 1 of 3 done (33%)`);
    expect(picture("pmo-objective")).toHaveAccessibleName(expect.stringContaining("企画部: 1 of 2 done; 営業部: 0 of 1 done"));
  });

  it("labels the charts in Japanese", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo, "ja");
    await waitFor(() => expect(screen.getByTestId("pmo-chart-departments-svg")).toBeInTheDocument());
    expect(screen.getByRole("heading", { name: "グラフ" })).toBeInTheDocument();
    expect(picture("pmo-chart-departments")).toHaveAccessibleName(expect.stringContaining("企画部 期限内 0件・期限切れ 1件"));
    expect(picture("pmo-chart-completion")).toHaveAccessibleName(expect.stringContaining("2026-11-16の週 33%（3件中1件）"));
    expect(within(screen.getByTestId("pmo-chart-departments")).getByText("期限切れ")).toBeInTheDocument();
  });

  it("follows the department filter", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo);
    await waitFor(() => expect(screen.getAllByTestId("pmo-chart-department-row")).toHaveLength(2));
    const select = screen.getByRole("combobox", { name: "Owner or supported department" });
    fireEvent.change(select, { target: { value: "営業部" } });
    await waitFor(() =>
      expect(pmo.calls.filter((c) => c.method === "dashboardSummary").at(-1)?.args[0]).toMatchObject({ department: "営業部" }),
    );
    // 営業部's own open one, and 企画部's done one that helps 営業部 (nothing open there).
    await waitFor(() => expect(screen.getAllByTestId("pmo-chart-department-row").map((r) => r.dataset.department)).toEqual(["営業部"]));
  });

  it("shows no charts to someone without the PMO role", async () => {
    const { organizer } = await seeded();
    renderDashboard(organizer.as(demoMe(MISAKI)));
    expect(await screen.findByTestId("pmo-only")).toBeInTheDocument();
    expect(screen.queryByTestId("pmo-charts")).not.toBeInTheDocument();
  });

  it("says so when there is nothing to draw", async () => {
    renderDashboard(createFakeApiClient({ ...demoSeed(), me: demoMe(PREVIEW_CAST.pmo) }));
    expect(await screen.findByTestId("pmo-chart-completion-empty")).toHaveTextContent("No data yet.");
  });
});
