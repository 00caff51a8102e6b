// In the Teams tab, a department slot the organizer filled shows as her proposal for that
// department; someone of the department confirms it (or rewrites it), and then it is theirs. Others
// see no confirm action.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部
const PROPOSAL = "CRM デモを 3 社分つくる";

async function setup(viewer: string, lang: "ja" | "en" = "ja") {
  const organizer = createFakeApiClient(demoSeed());
  const view = await organizer.createAgendaView({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [
      { email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部", role: "organizer" },
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
    slots: [{ department: "企画部", text: PROPOSAL }],
  });
  const api = organizer.as(demoMe(viewer));
  render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api }}>
        <MeetingTab agendaId={view.agenda.id} />
      </PortsProvider>
    </AppShell>,
  );
  await screen.findByTestId("tab-objective-title");
  const item = () => within(screen.getAllByTestId("contribution-group").find((g) => g.getAttribute("data-department") === "企画部")!).getByTestId("contribution");
  return { organizer, api, agendaId: view.agenda.id, item };
}

describe("meeting tab: the organizer's proposals for a department", () => {
  it("shows it as proposed by the organizer; someone of the department confirms it and it becomes theirs", async () => {
    const { organizer, agendaId, item } = await setup(MISAKI);
    expect(within(item()).getByTestId("contribution-byline")).toHaveTextContent("提案：佐藤 花子（主催者）");
    const confirm = within(item()).getByTestId("contribution-confirm");
    expect(confirm).toHaveAccessibleName("企画部 として、佐藤 花子 さんの提案をこのまま確認する");
    fireEvent.click(confirm);
    await waitFor(() => expect(within(item()).getByTestId("contribution-byline")).toHaveTextContent("田中 美咲"));
    expect(within(item()).getByTestId("contribution-byline")).toHaveAttribute("data-proposal", "confirmed");
    expect(within(item()).queryByTestId("contribution-confirm")).toBeNull();
    const saved = (await organizer.getAgenda(agendaId)).contributions[0];
    expect(saved).toMatchObject({ text: PROPOSAL, proposal: { status: "confirmed", confirmedByEmail: MISAKI } });
  });

  it("lets the department rewrite it, which confirms it too", async () => {
    const { organizer, agendaId, item } = await setup(MISAKI, "en");
    // Edit is in the entry's "⋯" menu.
    fireEvent.click(within(item()).getByTestId("contribution-actions"));
    fireEvent.click(await screen.findByTestId("contribution-edit"));
    fireEvent.change(screen.getByTestId("contribution-edit-input"), { target: { value: "CRM デモを 5 社分つくる" } });
    fireEvent.click(screen.getByTestId("contribution-save"));
    await waitFor(async () => expect((await organizer.getAgenda(agendaId)).contributions[0]).toMatchObject({ text: "CRM デモを 5 社分つくる", proposal: { status: "confirmed" } }));
    await waitFor(() => expect(within(item()).getByTestId("contribution-byline")).toHaveTextContent("田中 美咲"));
  });

  it("offers no confirm (and no edit) to someone of another department", async () => {
    const { item } = await setup(ICHIRO, "en");
    expect(within(item()).getByTestId("contribution-byline")).toHaveTextContent("Proposed by 佐藤 花子 (organizer)");
    expect(within(item()).queryByTestId("contribution-confirm")).toBeNull();
    expect(within(item()).queryByTestId("contribution-actions")).toBeNull();
  });
});
