// The commitment form keeps the commitment rules before the server has to: it offers only other
// departments than the owner's to help, and a due date in the past is recorded only once the person
// confirms it (the request then carries confirmPastDue).
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { localIsoDate } from "../../../src/components/dates";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { addDays } from "../../../src/core/text/zoned-time";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部

async function setup() {
  const organizer = createFakeApiClient(demoSeed());
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
  });
  const misaki = organizer.as(demoMe(MISAKI));
  render(
    <AppShell lang="en">
      <PortsProvider ports={{ api: misaki }}>
        <MeetingTab agendaId={agenda.id} />
      </PortsProvider>
    </AppShell>,
  );
  await screen.findByTestId("tab-objective-title");
  // The form opens from "+ add a commitment".
  fireEvent.click(screen.getByTestId("commitment-open"));
  await screen.findByTestId("commitment-owner");
  return { misaki };
}

const options = () => within(screen.getByTestId("commitment-helps")).getAllByRole("option").map((o) => o.getAttribute("value"));
const adds = (api: FakeApiClient) => api.calls.filter((c) => c.method === "addCommitment");

describe("commitment form rules", () => {
  it("offers only departments other than the owner's to help, following the owner", async () => {
    await setup();
    fireEvent.change(screen.getByTestId("commitment-owner"), { target: { value: MISAKI } });
    expect(options()).toEqual(["", "営業部"]);
    fireEvent.change(screen.getByTestId("commitment-helps"), { target: { value: "営業部" } });
    // Another owner from 営業部: 営業部 is no longer offered, and the choice falls back to none.
    fireEvent.change(screen.getByTestId("commitment-owner"), { target: { value: ICHIRO } });
    expect(options()).toEqual(["", "企画部"]);
    expect(screen.getByTestId("commitment-helps")).toHaveValue("");
  });

  it("asks before recording a due date in the past, then sends confirmPastDue", async () => {
    const { misaki } = await setup();
    const yesterday = addDays(localIsoDate(), -1);
    fireEvent.change(screen.getByTestId("commitment-action"), { target: { value: "議事録を共有する" } });
    fireEvent.change(screen.getByTestId("commitment-due"), { target: { value: yesterday } });
    expect(await screen.findByText(/is in the past\. Record it with a date that has already passed\?/)).toBeInTheDocument();
    fireEvent.click(screen.getByTestId("commitment-submit"));
    await new Promise((r) => setTimeout(r, 0));
    expect(adds(misaki)).toHaveLength(0);

    fireEvent.click(screen.getByRole("checkbox", { name: "Record it with this past date" }));
    fireEvent.click(screen.getByTestId("commitment-submit"));
    await waitFor(() => expect(adds(misaki)).toHaveLength(1));
    expect(adds(misaki)[0]?.args[1]).toMatchObject({ dueDate: yesterday, confirmPastDue: true });
    expect(await screen.findByTestId("commitment")).toHaveTextContent("議事録を共有する");
  });

  it("sends no flag for today or later", async () => {
    const { misaki } = await setup();
    fireEvent.change(screen.getByTestId("commitment-action"), { target: { value: "要件を共有する" } });
    fireEvent.change(screen.getByTestId("commitment-due"), { target: { value: localIsoDate() } });
    expect(screen.queryByTestId("commitment-confirm-past")).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId("commitment-submit"));
    await waitFor(() => expect(adds(misaki)).toHaveLength(1));
    expect(adds(misaki)[0]?.args[1]).not.toHaveProperty("confirmPastDue");
  });
});
