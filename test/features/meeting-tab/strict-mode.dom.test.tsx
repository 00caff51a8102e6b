// The meeting tab as the entries mount it: inside <StrictMode>, where React (in development) runs
// every effect's setup, cleanup and setup again and calls memo factories twice. Writes must still
// go out — once each — and the offline queue must still send on reconnect.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { StrictMode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createMemoryLocalStore } from "../../../src/platform/storage/memory-local-store";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, "onLine", { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? "online" : "offline"));
}
afterEach(() => setOnline(true));

async function mountStrict() {
  const organizer = createFakeApiClient(demoSeed());
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [
      { email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部", role: "organizer" },
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
    ],
  });
  const misaki = organizer.as(demoMe(MISAKI));
  render(
    <StrictMode>
      <AppShell lang="en">
        <PortsProvider ports={{ api: misaki }}>
          <MeetingTab agendaId={agenda.id} store={createMemoryLocalStore()} />
        </PortsProvider>
      </AppShell>
    </StrictMode>,
  );
  await screen.findByTestId("tab-objective-title");
  const texts = async () => (await organizer.getAgenda(agenda.id)).contributions.map((c) => c.text);
  return { misaki, texts };
}

const calls = (api: FakeApiClient, method: string) => api.calls.filter((c) => c.method === method);
const addMine = (text: string) => {
  const mine = screen.getAllByTestId("contribution-group").find((g) => g.dataset.department === "企画部")!;
  fireEvent.click(within(mine).getByTestId("contribution-add"));
  fireEvent.change(screen.getByTestId("contribution-input"), { target: { value: text } });
  fireEvent.click(screen.getByTestId("contribution-submit"));
};

describe("meeting tab under StrictMode", () => {
  it("sends a contribution at once, exactly once, and shows it", async () => {
    const { misaki, texts } = await mountStrict();
    addMine("StrictModeでも送られる");
    await waitFor(() => expect(screen.queryByTestId("contribution-input")).not.toBeInTheDocument());
    expect(await texts()).toEqual(["StrictModeでも送られる"]);
    expect(calls(misaki, "addContribution")).toHaveLength(1);
    expect(screen.getByText("StrictModeでも送られる")).toBeInTheDocument();
    expect(screen.queryByTestId("pending-writes")).not.toBeInTheDocument();
  });

  it("sends a write made offline when the connection is back", async () => {
    const { misaki, texts } = await mountStrict();
    setOnline(false);
    addMine("オフラインで書いた");
    await waitFor(() => expect(screen.getByTestId("pending-count")).toHaveTextContent("Pending (1)"));
    expect(calls(misaki, "addContribution")).toHaveLength(0);
    await act(async () => setOnline(true));
    await waitFor(() => expect(screen.queryByTestId("pending-writes")).not.toBeInTheDocument());
    expect(await texts()).toEqual(["オフラインで書いた"]);
    expect(calls(misaki, "addContribution")).toHaveLength(1);
  });
});
