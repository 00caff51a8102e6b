import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { TeamsConfig } from "../../../src/features/teams-config/teams-config";
import { parseAgendaRef } from "../../../src/features/teams-config/parse-agenda-ref";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createFakeTeamsMeeting } from "../../../src/platform/fakes/fake-teams-meeting";

const CHAT = "19:meeting_PreviewMeeting01@thread.v2";
const BASE = "https://purpose.example";

async function setup(chatAgendas: number) {
  const api = createFakeApiClient(demoSeed());
  const ids: string[] = [];
  for (let i = 0; i < chatAgendas; i++) {
    const a = await api.createAgenda({ objectiveTitle: `${DEMO_OBJECTIVE.title} ${i + 1}`, subject: `Meeting ${i + 1}`, teamsThreadId: CHAT });
    ids.push(a.id);
  }
  const other = await api.createAgenda({ objectiveTitle: "Elsewhere" });
  const teams = createFakeTeamsMeeting({ chatId: CHAT, frame: "settings" });
  const context = await teams.initialize();
  render(
    <AppShell lang="en">
      <PortsProvider ports={{ api, teams }}>
        <TeamsConfig context={context} appBaseUrl={BASE} />
      </PortsProvider>
    </AppShell>,
  );
  return { api, teams, ids, otherId: other.id };
}

describe("Teams config page", () => {
  it("preselects the meeting's only agenda and saves the tab's content URL", async () => {
    const { teams, ids } = await setup(1);
    await screen.findByTestId("config-selected");
    // Teams is told Save is valid in an effect after the render: wait for it, under load too.
    await waitFor(() => expect(teams.isConfigValid()).toBe(true));
    const saved = await teams.triggerSave();
    expect(saved).toEqual({ entityId: ids[0], contentUrl: `${BASE}/agenda/${ids[0]}`, suggestedDisplayName: "Shared objective" });
  });

  it("lets the user pick among several agendas of the chat; Save stays disabled until then", async () => {
    const { teams, ids } = await setup(2);
    await screen.findByTestId("config-found");
    expect(teams.isConfigValid()).toBe(false);
    await expect(teams.triggerSave()).rejects.toThrow(/disabled/);
    fireEvent.click(screen.getByRole("radio", { name: `${DEMO_OBJECTIVE.title} 2 — Meeting 2` }));
    await waitFor(() => expect(teams.isConfigValid()).toBe(true));
    expect((await teams.triggerSave()).entityId).toBe(ids[1]);
  });

  it("binds a pasted live-agenda link when the chat has none", async () => {
    const { teams, otherId } = await setup(0);
    expect(await screen.findByText(/No agenda is linked to this meeting yet/)).toBeInTheDocument();
    fireEvent.change(screen.getByTestId("config-paste"), { target: { value: "not a link!" } });
    fireEvent.click(screen.getByTestId("config-paste-submit"));
    expect(await screen.findByText("That doesn't look like an agenda link or ID.")).toBeInTheDocument();
    fireEvent.change(screen.getByTestId("config-paste"), { target: { value: `${BASE}/agenda/${otherId}` } });
    fireEvent.click(screen.getByTestId("config-paste-submit"));
    await screen.findByTestId("config-selected");
    expect((await teams.triggerSave()).entityId).toBe(otherId);
  });
});

describe("parseAgendaRef", () => {
  it.each([
    ["https://x.example/agenda/agd_0001", "agd_0001"],
    ["https://x.example/agenda/agd_0001?x=1", "agd_0001"],
    ["https://x.example/tab.html?agendaId=abc-1", "abc-1"],
    ["  agd_0001 ", "agd_0001"],
    ["https://x.example/other", null],
    ["two words", null],
    ["", null],
  ])("%s → %s", (input, expected) => {
    expect(parseAgendaRef(input)).toBe(expected);
  });
});
