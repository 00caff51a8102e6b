import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider, type Ports } from "../../../src/components/ports-context";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { ShareToStageButton } from "../../../src/features/meeting-stage/share-to-stage-button";
import { stageUrl } from "../../../src/features/meeting-stage/stage-url";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createFakeTeamsMeeting, type FakeTeamsMeeting } from "../../../src/platform/fakes/fake-teams-meeting";

const ORIGIN = "https://cp.contoso.example";

async function setup(teams: FakeTeamsMeeting | null) {
  const api = createFakeApiClient(demoSeed());
  const agenda = await api.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    desiredOutcome: "",
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [{ email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部", role: "organizer" }],
  });
  const ports: Ports = teams ? { api, teams } : { api };
  render(
    <AppShell lang="en">
      <PortsProvider ports={ports}>
        <MeetingTab agendaId={agenda.id} headerActions={<ShareToStageButton agendaId={agenda.id} origin={ORIGIN} />} />
      </PortsProvider>
    </AppShell>,
  );
  await screen.findByTestId("tab-objective-title");
  // Let the capability check settle.
  await act(async () => {});
  return { agendaId: agenda.id };
}

describe("share to stage", () => {
  it("builds the stage URL of the tab page", () => {
    expect(stageUrl("https://cp.example/", "agd_1")).toBe("https://cp.example/teams/tab.html?agendaId=agd_1&view=stage");
  });

  it("is hidden when the meeting doesn't allow sharing to the stage", async () => {
    const teams = createFakeTeamsMeeting({ stageSharing: false });
    await setup(teams);
    expect(screen.queryByTestId("share-to-stage")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Share to stage" })).not.toBeInTheDocument();
  });

  it("is hidden outside Teams (no Teams port)", async () => {
    await setup(null);
    expect(screen.queryByTestId("share-to-stage")).not.toBeInTheDocument();
  });

  it("is hidden in a frame where Teams can't share (the content tab)", async () => {
    await setup(createFakeTeamsMeeting({ frame: "content" }));
    expect(screen.queryByTestId("share-to-stage")).not.toBeInTheDocument();
  });

  it("shares the stage view of this agenda when the capability check says yes", async () => {
    const teams = createFakeTeamsMeeting({ stageSharing: true, frame: "sidePanel" });
    const { agendaId } = await setup(teams);
    const button = await screen.findByRole("button", { name: "Share to stage" });
    // In the header area: after the objective, before the contributions.
    expect(screen.getByTestId("tab-objective").compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(button.compareDocumentPosition(screen.getByTestId("tab-contributions")) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(button);
    expect(await screen.findByTestId("share-to-stage-done")).toHaveTextContent("Shared to the meeting stage.");
    expect(teams.sharedToStage()).toEqual([`${ORIGIN}/teams/tab.html?agendaId=${agendaId}&view=stage`]);
  });

  it("shows a sharing failure instead of swallowing it", async () => {
    const teams = createFakeTeamsMeeting({ stageSharing: true });
    await setup(teams);
    const button = await screen.findByRole("button", { name: "Share to stage" });
    teams.shareToStage = async () => {
      throw new Error("The meeting ended");
    };
    fireEvent.click(button);
    expect(await screen.findByText(/The meeting ended/)).toBeInTheDocument();
    expect(screen.queryByTestId("share-to-stage-done")).not.toBeInTheDocument();
  });
});
