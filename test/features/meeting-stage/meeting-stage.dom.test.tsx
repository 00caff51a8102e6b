import { act, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import type { Lang } from "../../../src/core/api/primitives";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { MeetingStage } from "../../../src/features/meeting-stage/meeting-stage";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部

async function setup(lang: Lang = "en") {
  const organizer = createFakeApiClient(demoSeed());
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    desiredOutcome: "Decide who drafts the enterprise proposal",
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [
      { email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部", role: "organizer" },
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
  });
  const misaki = organizer.as(demoMe(MISAKI));
  const ichiro = organizer.as(demoMe(ICHIRO));
  await misaki.addContribution(agenda.id, { department: "企画部", text: "CRMのデモを用意する" });
  const early = await ichiro.addCommitment(agenda.id, { ownerEmail: ICHIRO, action: "要件を共有する", dueDate: "2026-01-10", confirmPastDue: true, helpsDepartment: "企画部" });
  const view = render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api: misaki }}>
        <MeetingStage agendaId={agenda.id} today="2026-06-01" />
      </PortsProvider>
    </AppShell>,
  );
  await screen.findByTestId("stage-objective-title");
  return { organizer, misaki, ichiro, agendaId: agenda.id, early, view };
}

const controls = (root: HTMLElement) => root.querySelectorAll("input, textarea, select, button, [contenteditable='true']");

describe("meeting stage", () => {
  it("shows the objective largest and first, the desired outcome, contributions by department and the commitments", async () => {
    const { view } = await setup();
    // The same numbered sections as the agenda in the body; the objective's own words lead section 1.
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "1.Shared objective",
      "2.What can each of us do for it?",
      "3.Obstacles we solve together",
      "4.Follow-up commitments",
      "5.Appendix: department missions (for reference)",
    ]);
    expect(screen.getByTestId("stage-objective-title")).toHaveTextContent(DEMO_OBJECTIVE.title);
    expect(screen.getAllByRole("heading", { level: 2 })[0]!.compareDocumentPosition(screen.getByTestId("stage-objective-title")) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId("stage-outcome")).toHaveTextContent("Decide who drafts the enterprise proposal");
    const groups = screen.getAllByTestId("stage-group");
    expect(groups.map((g) => g.dataset.department)).toEqual(["企画部"]);
    expect(groups[0]).toHaveTextContent("CRMのデモを用意する");
    const table = screen.getByRole("table", { name: "Follow-up commitments" });
    const row = within(table).getByTestId("stage-commitment");
    expect(row).toHaveTextContent("要件を共有する");
    expect(row).toHaveTextContent("鈴木 一郎 (営業部)");
    expect(row).toHaveTextContent("Jan 10, 2026");
    expect(row).toHaveTextContent("Overdue");
    expect(controls(view.container)).toHaveLength(0);
  });

  it("updates live when attendees write, and still offers nothing to type or press", async () => {
    const { ichiro, agendaId, early, view } = await setup();
    await act(async () => {
      await ichiro.addContribution(agendaId, { department: "営業部", text: "大手3社の紹介をとる" });
      await ichiro.addCommitment(agendaId, { ownerEmail: ICHIRO, action: "提案の初稿を共有する", dueDate: "2099-12-01" });
      await ichiro.updateCommitment(early.id, { status: "done" });
    });
    await waitFor(() => expect(screen.getAllByTestId("stage-group").map((g) => g.dataset.department)).toEqual(["営業部", "企画部"]));
    expect(screen.getByText("大手3社の紹介をとる")).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId("stage-commitment")).toHaveLength(2));
    const first = screen.getAllByTestId("stage-commitment")[0]!;
    expect(first).toHaveAttribute("data-status", "done");
    expect(first).not.toHaveTextContent("Overdue");
    expect(controls(view.container)).toHaveLength(0);
  });

  it("speaks Japanese on a Japanese host", async () => {
    await setup("ja");
    expect(screen.getByText("共通の目的")).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "フォローアップのコミットメント" })).toBeInTheDocument();
  });
});
