// The meeting most tab tests need: 佐藤 (営業部) organizes, 田中 (企画部) and 鈴木 (営業部) attend, and
// the organizer proposed one thing for 企画部. Rendered for one viewer, with a card finder.
import { render, screen, within } from "@testing-library/react";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import type { Lang } from "../../../src/core/api/primitives";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createMemoryLocalStore } from "../../../src/platform/storage/memory-local-store";

export const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
export const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部
export const PROPOSAL = "CRM デモを 3 社分つくる";

export async function renderCrossDepartmentTab(viewer: string, lang: Lang) {
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
  const mount = async () => {
    render(
      <AppShell lang={lang}>
        <PortsProvider ports={{ api }}>
          <MeetingTab agendaId={view.agenda.id} store={createMemoryLocalStore()} />
        </PortsProvider>
      </AppShell>,
    );
    await screen.findByTestId("tab-objective-title");
  };
  const card = (department: string) => within(screen.getAllByTestId("contribution-group").find((g) => g.getAttribute("data-department") === department)!);
  return { organizer, api, agendaId: view.agenda.id, mount, card };
}
